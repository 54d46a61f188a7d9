/**
 * Search snippets, computed in JavaScript on the original (accented) text so that they
 * read as the article does, and identical on both engines. Words are compared folded
 * (see ./foldText.ts) against the query's lexemes as PostgreSQL stemmed them: a word
 * matches a stem it starts with ("retirés" → "retires" starts with "retir"), which
 * approximates the stemmer closely enough to mark what the search found.
 */
import { SNIPPET_MARKS } from './types.js';
import { foldText } from '../core/foldText.js';

export interface SnippetTerm {
  /** Folded lexeme as PostgreSQL produced it (a stem for french/english). */
  lexeme: string;
  /** Whether words merely starting with the lexeme match (stemmed configurations). */
  prefix: boolean;
}

export const SNIPPET_WORDS = 30;

/** How much longer than its stem a word may be and still count as a form of it. */
const MAX_SUFFIX = 5;

const WORD_RE = /[\p{L}\p{N}]+/gu;

/**
 * The best passage of `text`, about `words` words long, with every matching word wrapped
 * in « ». Passages are scored by distinct terms found, then by matches; ties go to the
 * earliest. Without any match, the opening words.
 */
export function makeSnippet(text: string, terms: readonly SnippetTerm[], words = SNIPPET_WORDS): string {
  const tokens: Array<{ start: number; end: number; hit: number }> = [];
  for (const m of text.matchAll(WORD_RE)) {
    tokens.push({ start: m.index, end: m.index + m[0].length, hit: matchTerm(foldText(m[0]), terms) });
  }
  if (tokens.length === 0) return '';

  // Candidate windows start a little before each match, so that it reads in context.
  let best = 0;
  let anchor = 0;
  let bestScore = -1;
  const hits = tokens.map((t, i) => (t.hit >= 0 ? i : -1)).filter((i) => i >= 0);
  for (const h of hits) {
    const from = Math.max(0, Math.min(h - 3, tokens.length - words));
    const inWindow = tokens.slice(from, from + words).filter((t) => t.hit >= 0);
    const score = new Set(inWindow.map((t) => t.hit)).size * 1000 + inWindow.length;
    if (score > bestScore) {
      bestScore = score;
      best = from;
      anchor = h;
    }
  }
  const sentenceStart = (i: number): boolean => i === 0 || /[.!?…]/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start));
  // Open the passage at a sentence start: between the window start and its first match,
  // else a few words earlier.
  let first = best;
  const back = [...range(anchor, best + 1), ...range(best, Math.max(0, best - 8))];
  for (const i of back) {
    if (sentenceStart(i)) {
      first = i;
      break;
    }
  }
  let last = Math.min(tokens.length, first + words) - 1;
  // Close it at a sentence end when one is near, without dropping a match.
  const lastHit = Math.max(first, ...hits.filter((h) => h <= last));
  for (let i = last; i > Math.max(lastHit, last - 8) && i < tokens.length - 1; i--) {
    if (sentenceStart(i + 1)) {
      last = i;
      break;
    }
  }

  let out = '';
  let pos = tokens[first]!.start;
  for (let i = first; i <= last; i++) {
    const t = tokens[i]!;
    out += text.slice(pos, t.start);
    const word = text.slice(t.start, t.end);
    out += t.hit >= 0 ? `${SNIPPET_MARKS.start}${word}${SNIPPET_MARKS.end}` : word;
    pos = t.end;
  }
  // Keep the closing punctuation of a sentence that ends the passage.
  const tail = /^[.!?…]+["»”’)]?/u.exec(text.slice(pos))?.[0] ?? '';
  out += tail;
  out = out.replace(/\s+/g, ' ').trim();
  const before = first > 0 ? '… ' : '';
  const after = last < tokens.length - 1 ? ' …' : '';
  return before + out + after;
}

/** from, from-1, …, to (inclusive), descending. */
function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i >= to; i--) out.push(i);
  return out;
}

function matchTerm(folded: string, terms: readonly SnippetTerm[]): number {
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    if (folded === t.lexeme) return i;
    if (t.prefix && folded.length <= t.lexeme.length + MAX_SUFFIX && folded.startsWith(stemRoot(t.lexeme))) return i;
  }
  return -1;
}

/** Snowball turns a final y into i ("study" → "studi"); compare on what precedes it. */
function stemRoot(lexeme: string): string {
  return lexeme.length > 3 && lexeme.endsWith('i') ? lexeme.slice(0, -1) : lexeme;
}

/**
 * The positive lexemes of a tsquery's text form (`'retir' & !'foo' & 'bar' <-> 'baz'`):
 * negated ones are left out, as nothing should be marked for them.
 */
export function tsqueryLexemes(tsquery: string): string[] {
  const out: string[] = [];
  for (const m of tsquery.matchAll(/(!?)\s*'((?:[^']|'')*)'/g)) {
    if (m[1] === '!') continue;
    const lexeme = m[2]!.replace(/''/g, "'");
    if (!out.includes(lexeme)) out.push(lexeme);
  }
  return out;
}
