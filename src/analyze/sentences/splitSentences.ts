import type { TextPack } from '../packs/textPack.js';
import { cachedFor, isCapitalized } from '../packs/textPatterns.js';
import { quotedRanges } from '../quotes/quotedRanges.js';
import type { Span } from '../types.js';

export type SentencePack = Pick<TextPack, 'abbreviations' | 'months' | 'stopwords' | 'titles' | 'quotes'>;

interface SentenceLexicon {
  prefixes: Set<string>;
  /** Lower-case abbreviations that end a sentence only before a capitalised function word. */
  common: Set<string>;
  /** Lower-case words that, capitalised, show a new sentence has begun. */
  starters: Set<string>;
}

function lexicon(pack: SentencePack): SentenceLexicon {
  return cachedFor(pack.abbreviations, 'sentences', () => {
    const common = new Set(pack.abbreviations.common.map((w) => w.toLowerCase()));
    // A month key is an abbreviation when a longer key for the same month starts with it
    // ("déc" / "décembre", "sept" / "september"): those are written with a dot.
    const keys = Object.entries(pack.months);
    for (const [k, v] of keys) {
      if (keys.some(([k2, v2]) => v2 === v && k2.length > k.length && k2.startsWith(k))) common.add(k);
    }
    const starters = new Set([...pack.stopwords, ...pack.titles.functionWords].map((w) => w.toLowerCase()));
    return { prefixes: new Set(pack.abbreviations.prefixes), common, starters };
  });
}

const TERMINATOR = /[.!?…]+/g;
const SPACE = /[\s\u00a0\u202f]/u;
/** A word ending right before a dot: letters, possibly with inner dots ("U.S", "J.-C"). */
const WORD_BEFORE_DOT = /[\p{L}\p{M}][\p{L}\p{M}.-]*$/u;
const NEXT_WORD = /^[\p{L}\p{M}]+/u;
const OPENERS = /^[«“"'‘([—–-]/u;

/**
 * Sentences of `text` as trimmed spans, in order, covering every non-blank stretch. A
 * line break always ends a sentence (the body's blocks are lines). Inside a line a
 * sentence ends at . ! ? or … followed by space and a capital, a digit or an opening
 * quote, except after a title ("M.", "Dr."), an initial ("J. Smith"), an abbreviation
 * followed by an ordinary word ("U.S. forces", "déc. 2016"), inside a quotation, or for an
 * elision mark "(...)".
 */
export function splitSentences(text: string, pack: SentencePack): Span[] {
  const lex = lexicon(pack);
  const out: Span[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    splitLine(text, lineStart, lineEnd, pack, lex, out);
    lineStart = lineEnd + 1;
  }
  return out;
}

function splitLine(text: string, from: number, to: number, pack: SentencePack, lex: SentenceLexicon, out: Span[]): void {
  const quotes = quotedRanges(text, from, to, pack.quotes.marks);
  let start = from;
  TERMINATOR.lastIndex = from;
  for (let m = TERMINATOR.exec(text); m && m.index < to; m = TERMINATOR.exec(text)) {
    const punctStart = m.index;
    let end = Math.min(punctStart + m[0].length, to);
    // A closing quote or bracket belongs to the sentence it closes, even after a thin space ("fin. »").
    end = absorbClosers(text, end, to, quotes);
    if (end >= to) break;
    if (!SPACE.test(text[end]!)) continue;
    let next = end;
    while (next < to && SPACE.test(text[next]!)) next++;
    if (next >= to) break;
    if (!isBoundary(text, punctStart, m[0], end, next, lex, quotes)) continue;
    pushTrimmed(text, start, end, out);
    start = next;
  }
  pushTrimmed(text, start, to, out);
}

function absorbClosers(text: string, end: number, to: number, quotes: Span[]): number {
  for (;;) {
    let j = end;
    while (j < to && (text[j] === '\u00a0' || text[j] === '\u202f' || text[j] === ' ')) j++;
    if (j >= to) return end;
    const ch = text[j]!;
    if (ch === ')' || ch === ']' || quotes.some((q) => q.end === j + 1)) {
      end = j + 1;
      continue;
    }
    return end;
  }
}

function isBoundary(
  text: string,
  punctStart: number,
  punct: string,
  end: number,
  next: number,
  lex: SentenceLexicon,
  quotes: Span[],
): boolean {
  // Inside a quotation that goes on after this point: the quote is one sentence of the narrative.
  if (quotes.some((q) => q.start < punctStart && q.end > end)) return false;
  // "(...)" and "[…]": an elision inside a quotation, not an ending.
  if ((text[punctStart - 1] === '(' || text[punctStart - 1] === '[') && (text[end - 1] === ')' || text[end - 1] === ']')) return false;
  const nextChar = text[next]!;
  const nextWord = NEXT_WORD.exec(text.slice(next, next + 40))?.[0] ?? '';
  const startsSentence = (nextWord !== '' && isCapitalized(nextWord)) || /\p{N}/u.test(nextChar) || OPENERS.test(nextChar);
  if (!startsSentence) return false;
  if (punct !== '.') return true;
  const before = WORD_BEFORE_DOT.exec(text.slice(Math.max(0, punctStart - 24), punctStart))?.[0];
  if (!before) return true;
  if (lex.prefixes.has(before)) return false;
  // An initial: one capital letter ("J. Smith", "George W. Bush").
  if (before.length === 1 && isCapitalized(before)) return false;
  const lower = before.toLowerCase();
  if (before.includes('.') || lex.common.has(lower)) return lex.starters.has(nextWord.toLowerCase());
  return true;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}
