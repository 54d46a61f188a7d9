/**
 * Splits text into word and punctuation tokens with exact offsets, in the shape place
 * recognition needs: elided articles split off ("d'Alep" → "d'" + "Alep"), possessives
 * and contractions split off ("Britain's" → "Britain" + "'s"), hyphenated compounds trimmed to their
 * name ("Turkish-led" → "Turkish" + "-led", "pro-Assad" → "pro-" + "Assad") while
 * names written with hyphens stay whole ("al-Machad", "Aix-en-Provence", "Deir ez-Zor").
 */
import type { CompiledPlacesPack } from './compilePack.js';
import { foldWord } from './foldWord.js';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Folded form (lower-case, no accents) for comparisons with pack words. */
  key: string;
  /** False for punctuation marks and split-off clitics. */
  word: boolean;
  /** Starts with a capital letter, or with a particle glued to a capitalised name ("al-Machad"). */
  cap: boolean;
  /** A particle glued to a capitalised name ("al-Machad", "El-Remmaneh"). */
  particleLed: boolean;
  /** Two letters or more, all upper-case ("LONDON", "UAE", "U.S."). */
  allCaps: boolean;
  /** First token of a sentence or line: its capital says nothing. */
  sentenceStart: boolean;
  /** The gap before the token holds only spaces on one line, or nothing (false at a line break). */
  spaceBefore: boolean;
  /** Nothing at all between the previous token and this one ("St" and "." in "St."). */
  glued: boolean;
}

// Dotted abbreviations first ("U.S."), then words with inner hyphens and apostrophes,
// then any single other visible character.
const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-‐'’][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const TWO_LETTERS = /\p{L}[\s\S]*\p{L}/u;
const SENTENCE_END = new Set(['.', '!', '?', '…', ':', ';']);
const OPENERS = new Set(['"', '“', '«', '‘', "'", '(', '[', '—', '–', '-', '•', '*']);

export function tokenize(text: string, pack: CompiledPlacesPack): Token[] {
  const out: Token[] = [];
  let lastEnd = 0;
  let sentenceStart = true;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const gap = text.slice(lastEnd, start);
    const lineBreak = gap.includes('\n') || gap.includes('\r');
    if (lineBreak) sentenceStart = true;
    const spaceBefore = !lineBreak;
    lastEnd = start + raw.length;
    const isWord = /[\p{L}\p{N}]/u.test(raw);
    if (!isWord) {
      out.push({
        start,
        end: lastEnd,
        text: raw,
        key: raw,
        word: false,
        cap: false,
        particleLed: false,
        allCaps: false,
        sentenceStart: false,
        spaceBefore,
        glued: gap === '',
      });
      if (SENTENCE_END.has(raw)) sentenceStart = true;
      else if (!OPENERS.has(raw)) sentenceStart = false;
      continue;
    }
    const pieces = splitWord(raw, pack);
    let first = true;
    for (const p of pieces) {
      const s = start + p.offset;
      const e = s + p.text.length;
      out.push(makeToken(text, s, e, p.word, pack, sentenceStart, first ? spaceBefore : true, first ? gap === '' : true));
      first = false;
      if (p.word) sentenceStart = false;
    }
    // A dotted abbreviation may end a sentence too ("… in the U.S. The …"): only a
    // following capital could tell, and it is read as a sentence start either way.
    if (raw.endsWith('.')) sentenceStart = true;
  }
  return out;
}

interface Piece {
  offset: number;
  text: string;
  word: boolean;
}

/** Splits elisions, clitics and the non-name parts of hyphenated compounds off a word. */
function splitWord(raw: string, pack: CompiledPlacesPack): Piece[] {
  const pieces: Piece[] = [];
  let offset = 0;
  let rest = raw;
  // Elisions: "d'Alep", "l'Observatoire", "qu'Alep".
  for (;;) {
    const m = /^([\p{L}]+)['’]/u.exec(rest);
    if (!m || !pack.elisions.has(foldWord(m[1] ?? '')) || m[0].length >= rest.length) break;
    pieces.push({ offset, text: m[0], word: true });
    offset += m[0].length;
    rest = rest.slice(m[0].length);
  }
  // Possessives and contractions: "Britain's", "Moscow’s", "I'll".
  let tail: Piece | null = null;
  const pm = /['’]([\p{L}]+)$/u.exec(rest);
  if (pm && pack.clitics.has(foldWord(pm[1] ?? '')) && pm.index > 0) {
    tail = { offset: offset + pm.index, text: pm[0], word: false };
    rest = rest.slice(0, pm.index);
  }
  // Hyphenated compounds: keep the capitalised core, with inner particles and connectors.
  const segments = rest.split(/[-‐]/u);
  const firstCap = segments.findIndex((seg) => UPPER_START.test(seg));
  if (segments.length > 1 && firstCap !== -1) {
    let first = firstCap;
    let last = first;
    for (let i = first; i < segments.length; i++) if (UPPER_START.test(segments[i] ?? '')) last = i;
    // A leading particle belongs to the name ("al-Machad"); other lower-case lead words do not ("pro-Assad").
    while (first > 0 && pack.particles.has(foldWord(segments[first - 1] ?? ''))) first--;
    // Offsets of each segment in `rest` (every separator is one character).
    const at: number[] = [];
    let pos = 0;
    for (const seg of segments) {
      at.push(pos);
      pos += seg.length + 1;
    }
    const coreStart = at[first] ?? 0;
    const coreEnd = (at[last] ?? 0) + (segments[last]?.length ?? 0);
    if (coreStart > 0) pieces.push({ offset, text: rest.slice(0, coreStart), word: true });
    // Two capitalised names joined by a hyphen ("Syrian-Turkish", "Nagorno-Karabakh") are
    // split, the hyphen kept as a mark: runs join them again, so that the whole is tried
    // as one name before its parts.
    let from = first;
    for (let i = first + 1; i <= last + 1; i++) {
      if (i <= last && !(UPPER_START.test(segments[i] ?? '') && UPPER_START.test(segments[i - 1] ?? ''))) continue;
      const a = at[from] ?? 0;
      const b = (at[i - 1] ?? 0) + (segments[i - 1]?.length ?? 0);
      pieces.push({ offset: offset + a, text: rest.slice(a, b), word: true });
      if (i <= last) pieces.push({ offset: offset + b, text: rest.slice(b, b + 1), word: false });
      from = i;
    }
    if (coreEnd < rest.length) pieces.push({ offset: offset + coreEnd, text: rest.slice(coreEnd), word: true });
  } else {
    pieces.push({ offset, text: rest, word: true });
  }
  if (tail) pieces.push(tail);
  return pieces.filter((p) => p.text.length > 0);
}

function makeToken(
  text: string,
  start: number,
  end: number,
  word: boolean,
  pack: CompiledPlacesPack,
  sentenceStart: boolean,
  spaceBefore: boolean,
  glued: boolean,
): Token {
  const t = text.slice(start, end);
  let cap = false;
  let particleLed = false;
  let allCaps = false;
  if (word) {
    // "al-Machad", "ez-Zor": a particle glued to a capitalised name.
    const m = /^([\p{L}]+)[-‐](\p{Lu})/u.exec(t);
    particleLed = m !== null && pack.particles.has(foldWord(m[1] ?? ''));
    cap = particleLed || UPPER_START.test(t);
    // Tested on capitalised words only, without listing their letters.
    allCaps = cap && !HAS_LOWER.test(t) && TWO_LETTERS.test(t);
  }
  return {
    start,
    end,
    text: t,
    key: foldWord(t).replace(/'$/u, ''),
    word,
    cap,
    particleLed,
    allCaps,
    sentenceStart: word && sentenceStart,
    spaceBefore,
    glued,
  };
}
