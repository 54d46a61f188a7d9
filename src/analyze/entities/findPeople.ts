import { fold } from '../packs/textPatterns.js';
import type { Span } from '../types.js';
import { type Run, capitalRuns, isInitial } from './capitalRuns.js';
import type { CompiledEntityPack } from './compileEntityPack.js';
import type { Draft, EntityDrafts } from './entityDrafts.js';
import { complementOpens, honorific, phraseAfter, phraseBefore, roleAfter, roleBefore, roleEndingAt } from './nameContext.js';
import type { Token } from './tokenize.js';

export interface PeopleOptions {
  /** True when a surface form is a known place: such a name is a person only with a title or a role. */
  isPlace?: (surface: string) => boolean;
}

/** A name as it was read from a run. */
interface NameRead {
  /** Mention span: the name, with its courtesy title when there is one. */
  start: number;
  end: number;
  /** Token range of the name itself. */
  first: number;
  last: number;
  name: string;
  words: string[];
  gender: 'm' | 'f' | null;
  /** Strong evidence (a title, a role, an age): the name is a person whatever else. */
  strong: boolean;
  /** Weaker evidence (a speech cue, "régime de X"). */
  weak: boolean;
  role: string | null;
}

/** Words in a name with its titles: "Iraqi Prime Minister Haider al-Abadi" has five. */
const MAX_RUN = 10;

/**
 * People: runs of name words with evidence of being a person: a courtesy title ("M.",
 * "Mr"), a function title or role before them ("le président", "Kremlin spokesman") or in
 * apposition after them (", directeur de l'OSDH"), an age, a speech cue ("selon X",
 * "X said"), or a context that only takes people ("régime de X"). Short forms ("M. Abdel
 * Rahmane", "Assad") join the person whose name ends with them. A name printed twice in
 * a row ("Rami Rami Abdel Rahmane") is read once.
 */
export function findPeople(
  text: string,
  tokens: Token[],
  sentences: Span[],
  cp: CompiledEntityPack,
  drafts: EntityDrafts,
  options: PeopleOptions,
): void {
  const runs = capitalRuns(text, tokens, cp, drafts, cp.particles);
  const held: NameRead[] = [];
  for (const run of runs) {
    const r = readName(text, tokens, sentences, run, cp, options);
    if (!r) continue;
    const known = matchPerson(drafts, r.words);
    if (known) attach(drafts, known, r);
    else if (r.strong || r.weak) {
      const d = drafts.create({ kind: 'person', name: r.name, nameWords: r.words, role: r.role, gender: r.gender });
      attach(drafts, d, r);
    } else held.push(r);
  }
  // Bare names seen before their person was introduced, or never introduced again.
  for (const r of held) {
    const known = matchPerson(drafts, r.words);
    if (known) attach(drafts, known, r);
  }
}

function attach(drafts: EntityDrafts, d: Draft, r: NameRead): void {
  if (!drafts.mention(d, r.start, r.end)) return;
  if (r.words.length > d.nameWords.length && endsWith(r.words, d.nameWords)) {
    d.aliases.add(d.name);
    d.name = r.name;
    d.nameWords = r.words;
  } else if (r.name !== d.name) d.aliases.add(r.name);
  d.role ??= r.role;
  d.gender ??= r.gender;
}

function endsWith(long: string[], short: string[]): boolean {
  if (short.length === 0 || short.length > long.length) return false;
  const off = long.length - short.length;
  return short.every((w, i) => long[off + i] === w);
}

/** The most recently mentioned person this name can refer to. */
function matchPerson(drafts: EntityDrafts, words: string[]): Draft | null {
  let best: Draft | null = null;
  for (const d of drafts.all) {
    if (d.kind !== 'person') continue;
    const ok =
      endsWith(d.nameWords, words) ||
      endsWith(words, d.nameWords) ||
      // A first name alone, for people the copy calls by it ("Olena").
      (words.length === 1 && d.nameWords.length > 1 && d.nameWords[0] === words[0]);
    if (ok && (!best || d.last > best.last)) best = d;
  }
  return best;
}

function readName(
  text: string,
  tokens: Token[],
  sentences: Span[],
  run: Run,
  cp: CompiledEntityPack,
  options: PeopleOptions,
): NameRead | null {
  let first = run.first;
  const last = run.last;
  // A capital that only opens the sentence: "Selon", "According".
  while (first <= last && tokens[first]!.sentenceStart && cp.functionWords.has(fold(tokens[first]!.text))) first++;
  // Longer runs are headlines or lists of names, not one person's name.
  if (first > last || last - first >= MAX_RUN) return null;
  // "The We Company", "Le Monde": a name opening with an article is a title or an organisation.
  if (cp.functionWords.has(fold(tokens[first]!.text)) && !cp.honorifics.has(tokens[first]!.text)) return null;
  let start = tokens[first]!.start;
  let gender: 'm' | 'f' | null = null;
  let strong = false;
  let role: string | null = null;
  const hon = honorific(text, tokens[first]!, cp);
  if (hon) {
    gender = hon.gender;
    strong = true;
    first++;
  }
  // A function title inside the run: "President Joe Biden", "Foreign Minister Sergei Lavrov".
  for (let r = last - 1; r >= first; r--) {
    const w = roleEndingAt(text, tokens, r, first, cp);
    if (w > 0) {
      role = text.slice(tokens[first]!.start, tokens[r]!.end);
      strong = true;
      first = r + 1;
      if (!hon) start = tokens[first]!.start;
      break;
    }
  }
  if (first > last) return null;
  const nameTokens = tokens.slice(first, last + 1);
  const printed: string[] = [];
  for (const t of nameTokens) {
    const w = isInitial(text, t) ? `${t.text}.` : t.text;
    if (printed[printed.length - 1] !== w) printed.push(w);
  }
  let words = wordsOf(printed, cp);
  if (words.length === 0) return null;
  const end = tokens[last]!.end;
  const nameStartTok = hon ? first - 1 : first;
  const sentence = sentences[tokens[first]!.sentence];
  const sentenceStart = sentence ? sentence.start : 0;
  const sentenceEnd = sentence ? sentence.end : text.length;

  if (!role) role = roleBefore(text, tokens, nameStartTok, cp);
  // "le ministre de la Défense Oleksiï Reznikov": the run opens with the role's complement.
  if (!role && !hon && last - first >= 2 && complementOpens(text, tokens, first, cp)) {
    role = roleBefore(text, tokens, first + 1, cp);
    if (role) {
      first++;
      start = tokens[first]!.start;
      printed.shift();
      words = wordsOf(printed, cp);
      if (words.length === 0) return null;
    }
  }
  if (role) strong = true;
  const after = roleAfter(text, end, sentenceEnd, cp);
  if (after) {
    role ??= after;
    strong = true;
  }
  cp.age.lastIndex = end;
  if (cp.age.test(text)) strong = true;

  const place = phraseBefore(text, tokens, nameStartTok, cp.placeBefore);
  // "régime de Bachar al-Assad", but "régime de Damas" names a capital.
  let weak =
    (words.length >= 2 && phraseBefore(text, tokens, nameStartTok, cp.personBefore)) ||
    (phraseAfter(text, tokens, last, cp.personAfter) && !cp.demonymWord.test(printed.join(' ')));
  // A speech cue, unless the name completes another phrase ("the High Commissioner for Human Rights said").
  if (!weak && words.length >= 2 && !complementOpens(text, tokens, nameStartTok, cp)) {
    cp.cueAfter.lastIndex = end;
    weak = cp.cueAfter.test(text) || cp.cueBefore.test(text.slice(Math.max(sentenceStart, start - 60), start));
  }
  const name = printed.join(' ');
  if (!strong && (place || options.isPlace?.(name))) return null;
  // A nationality is not a name ("leading Asian markets"), though "Mr. Abadi" looks like one.
  if (!hon && words.length === 1 && cp.demonymWord.test(name)) return null;
  return { start, end, first, last, name, words, gender, strong, weak, role };
}

/** Folded name words for matching: particles dropped, "al-Assad" read as "assad", initials dropped. */
function wordsOf(printed: string[], cp: CompiledEntityPack): string[] {
  const out: string[] = [];
  for (const p of printed) {
    if (p.endsWith('.')) continue;
    const f = fold(p);
    if (cp.particles.has(f)) continue;
    const parts = f.split(/[-‑]/);
    const core = parts.length > 1 && cp.particles.has(parts[0]!) ? parts.slice(1).join('-') : f;
    out.push(core);
  }
  return out;
}
