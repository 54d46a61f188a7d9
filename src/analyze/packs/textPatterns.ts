/**
 * Helpers turning pack word lists into regular expressions, shared by the text stages.
 * Packs hold plain phrases ("a-t-il affirmé", "l'an dernier"); printed text varies in
 * apostrophes, spacing and case, so every phrase is compiled the same way here.
 */
import { memoized } from '../../core/memoized.js';

/** Lookarounds standing for a Unicode word boundary (`\b` only knows ASCII letters). */
export const WORD_START = '(?<![\\p{L}\\p{M}\\p{N}])';
/** A hyphen followed by a letter continues the word: "d'après" is not in "d'après-midi". */
export const WORD_END = '(?![\\p{L}\\p{M}\\p{N}]|[-‑]\\p{L})';

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * Matches of a global pattern that start a word. Patterns scanned over a whole body leave
 * out a leading WORD_START: a look-behind tried at every position costs several times the
 * match itself, while checking the one character before each match is free.
 */
export function* wordMatches(text: string, re: RegExp): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    if (m.index === 0 || !WORD_CHAR.test(text[m.index - 1]!)) yield m;
    else re.lastIndex = m.index + 1;
  }
}

/** Apostrophes as printed: typewriter, typographic and the modifier letter some sites use. */
export const APOSTROPHES = "'’ʼ";

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/**
 * A phrase as a pattern: any apostrophe matches any apostrophe, any run of spaces
 * matches any run of white space (including no-break spaces), hyphens match hyphens and
 * non-breaking hyphens.
 */
export function phraseSource(phrase: string): string {
  let out = '';
  for (const part of phrase.trim().split(/(\s+|['’ʼ]|-)/u)) {
    if (!part) continue;
    if (/^\s+$/u.test(part)) out += '\\s+';
    else if (/^['’ʼ]$/u.test(part)) out += `[${APOSTROPHES}]\\s?`;
    else if (part === '-') out += '[-‑]';
    else out += escapeRegex(part);
  }
  return out;
}

/** Alternation of phrases, longest first so that the longest form wins at a position. */
export function alternation(phrases: Iterable<string>): string {
  const uniq = [...new Set([...phrases].filter((p) => p.trim() !== ''))];
  uniq.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return uniq.length ? uniq.map(phraseSource).join('|') : '(?!)';
}

/**
 * Replaces `{name}` placeholders by `(?:alternation)` of the named list (or by the given
 * source when `asGroup` names it). Unknown names are left alone, so regex quantifiers
 * like `{2,3}` survive.
 */
export function fillPlaceholders(source: string, lists: Record<string, string>): string {
  return source.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => {
    const alt = lists[name];
    return alt === undefined ? whole : alt;
  });
}

/**
 * A pack pattern (a regular-expression source written for readability) made tolerant of
 * printed text: a typewriter apostrophe matches any apostrophe, a space any run of white
 * space (no-break spaces included).
 */
export function patternSource(source: string): string {
  return source.replace(/'/g, `[${APOSTROPHES}]`).replace(/ +/g, '\\s+');
}

/** Lower-case, accents removed, apostrophes unified: for comparing names and words. Enough memo for the vocabulary of many articles. */
export const fold: (s: string) => string = memoized(
  // Plain ASCII needs no decomposition, and most words are plain ASCII.
  (s) => (/^[\x00-\x7f]*$/.test(s) ? s : s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’ʼ]/g, "'")).toLowerCase(),
  50_000,
);

const caches = new WeakMap<object, Map<string, unknown>>();

/**
 * Compiles once per pack section: `key` names what is built from `section`. Sections are
 * plain objects shared by reference, so this cache survives packs being rebuilt around them.
 */
export function cachedFor<T>(section: object, key: string, build: () => T): T {
  let m = caches.get(section);
  if (!m) {
    m = new Map();
    caches.set(section, m);
  }
  if (m.has(key)) return m.get(key) as T;
  const v = build();
  m.set(key, v);
  return v;
}

/** True when the first character is an upper-case letter. */
export function isCapitalized(word: string): boolean {
  return UPPER_FIRST.test(word);
}

const UPPER_FIRST = /^[\p{Lu}\p{Lt}]/u;

/** Keys that are not a shorter spelling of another key with the same value ("décembre", not "déc"). */
export function fullForms(names: Record<string, number>): string[] {
  const entries = Object.entries(names);
  return entries.filter(([k, v]) => !entries.some(([k2, v2]) => v2 === v && k2.length > k.length && k2.startsWith(k))).map(([k]) => k);
}
