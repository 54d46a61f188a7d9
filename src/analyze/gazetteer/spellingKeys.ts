/**
 * The generic half of spelling matching: how a name becomes the keys it is indexed
 * under. The language-specific half (which articles, which rewrites) is data, in the
 * packs' spelling.ts files.
 *
 * Four keys, from strict to loose:
 * - loose: case, accents, punctuation, hyphens and apostrophes aside ("Deir ez-Zor" =
 *   "deir ez zor"); an exact match is a loose match whose case-and-accent fold is equal too;
 * - variant: Arabic articles dropped, then each pack's whole-word equivalents and letter
 *   rewrites, in pack order, then doubled letters made single ("Kallassé" = "Kallaseh" =
 *   "kalas");
 * - skeleton: the variant with its vowels (and y) dropped and its words joined, the
 *   digraphs kh, sh, gh, th, dh, zh kept as one symbol each so that "kh" never becomes
 *   "k" ("Ferdous" = "Fardos" = "frds"; "Sukkari" "skr" ≠ "Sakhour" "sKr"), and q taken
 *   for k; null when too short to mean anything;
 * - partial: the variant keys of the trailing words of a multi-word name ("Al-Ansari
 *   Mashhad" → "mashad"), so that a shortened form still finds it.
 */
import { foldText } from '../../core/foldText.js';
import { enSpelling } from '../packs/en/spelling.js';
import { frSpelling } from '../packs/fr/spelling.js';
import type { SpellingRules } from './spellingRules.js';

/**
 * Bump when the algorithm below changes the keys it makes (not when pack data changes:
 * cache keys include the rules themselves), so that compiled indexes are rebuilt.
 */
export const SPELLING_ALGORITHM_VERSION = 1;

/** Every shipped pack's rules, in the order their rewrites run. */
export const DEFAULT_SPELLING_RULES: readonly SpellingRules[] = [frSpelling, enSpelling];

export interface NameKeys {
  loose: string;
  variant: string;
  skeleton: string | null;
  /** Variant keys of the trailing word runs; empty for a one-word name. */
  partials: string[];
}

export interface SpellingKeys {
  /** The rules the keys were built from, for cache keys. */
  readonly rules: readonly SpellingRules[];
  keys(name: string): NameKeys;
  /** `keys` from a name's loose key, for callers that memoise on it. */
  keysFromLoose(looseKey: string): NameKeys;
  loose(name: string): string;
  /** Case- and accent-insensitive form: what 'exact' compares. */
  exactForm(name: string): string;
  /** Short forms of an administrative region's name ("Gouvernorat d'Alep" → "Alep"), or []. */
  adminShortForms(name: string): string[];
  /** Plural forms of a demonym ("Syrien" → "Syriens"), per pack, without duplicates. */
  demonymPlurals(word: string): string[];
}

/** Apostrophes, ayn and hamza signs: letters either side belong to one word ("Ba'aiedin"). */
const APOSTROPHES = /['’ʼʿʾ`´‘]/g;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const SPACES = /\s+/g;
const DOUBLED = /(\p{L})\1+/gu;
const VOWELS = /[aeiouy]/g;
/** Digraphs that are one Arabic (or Slavic) letter; upper-case symbols cannot clash with folded text. */
const DIGRAPHS: ReadonlyArray<[RegExp, string]> = [
  [/kh/g, 'K'],
  [/sh/g, 'S'],
  [/gh/g, 'G'],
  [/th/g, 'T'],
  [/dh/g, 'D'],
  [/zh/g, 'Z'],
];
/** Shorter skeletons ("sd", "hm") match too many unrelated names to be worth anything. */
const MIN_SKELETON = 3;
/** Shorter trailing words ("bab", "tal") would make partial matches noise. */
const MIN_PARTIAL = 4;

export function createSpellingKeys(rules: readonly SpellingRules[] = DEFAULT_SPELLING_RULES): SpellingKeys {
  const articles = new Set(rules.flatMap((r) => r.articles));
  const words = new Map<string, string>();
  for (const r of rules) for (const [from, to] of Object.entries(r.words)) if (!words.has(from)) words.set(from, to);
  const rewrites = rules.flatMap((r) => r.rewrites.map(([p, to]) => [new RegExp(p, 'gu'), to] as const));
  const prefixes = rules.flatMap((r) => r.adminAffixes.prefixes);
  const suffixes = rules.flatMap((r) => r.adminAffixes.suffixes);

  const loose = (name: string): string => foldText(name).replace(APOSTROPHES, '').replace(NOT_WORD, ' ').trim();

  const variantWords = (looseKey: string): string[] => {
    if (looseKey === '') return [];
    const raw = looseKey.split(' ');
    const out: string[] = [];
    for (let i = 0; i < raw.length; i++) {
      let w = raw[i]!;
      if (i < raw.length - 1 && articles.has(w)) continue;
      w = words.get(w) ?? w;
      for (const [re, to] of rewrites) w = w.replace(re, to);
      w = w.replace(DOUBLED, '$1');
      if (w !== '') out.push(w);
    }
    return out;
  };

  const skeleton = (vw: readonly string[]): string | null => {
    let s = '';
    for (let w of vw) {
      for (const [re, sym] of DIGRAPHS) w = w.replace(re, sym);
      s += w.replace(/q/g, 'k').replace(VOWELS, '');
    }
    s = s.replace(/(.)\1+/gu, '$1');
    return s.length >= MIN_SKELETON ? s : null;
  };

  const keysFromLoose = (l: string): NameKeys => {
    const vw = variantWords(l);
    const partials: string[] = [];
    for (let i = 1; i < vw.length; i++) {
      const p = vw.slice(i).join(' ');
      if (p.length >= MIN_PARTIAL) partials.push(p);
    }
    return { loose: l, variant: vw.join(' '), skeleton: skeleton(vw), partials };
  };

  return {
    rules,
    loose,
    exactForm: (name) => foldText(name).replace(SPACES, ' ').trim(),
    keys: (name) => keysFromLoose(loose(name)),
    keysFromLoose,
    adminShortForms(name) {
      const f = foldText(name).replace(APOSTROPHES, "'").replace(SPACES, ' ').trim();
      const out: string[] = [];
      for (const p of prefixes) if (f.startsWith(p) && f.length > p.length + 1) out.push(cutFolded(name, f, p.length, f.length));
      for (const s of suffixes) if (f.endsWith(s) && f.length > s.length + 1) out.push(cutFolded(name, f, 0, f.length - s.length));
      return [...new Set(out)];
    },
    demonymPlurals(word) {
      const out = new Set<string>();
      const f = foldText(word);
      for (const r of rules) {
        const { suffix, unlessEndsWith } = r.demonymPlural;
        if (suffix !== '' && !unlessEndsWith.some((e) => f.endsWith(e))) out.add(word + suffix);
      }
      return [...out];
    },
  };
}

/**
 * Cuts the original name where its folded form was cut, so that short forms keep their
 * accents and case ("Gouvernorat de Lattaquié" → "Lattaquié"). Folding may change the
 * length (ligatures, decomposed accents), so the cut is made on the original only when
 * lengths agree, else on the folded form.
 */
function cutFolded(original: string, folded: string, start: number, end: number): string {
  const o = original.normalize('NFC').replace(SPACES, ' ').trim();
  return (o.length === folded.length ? o.slice(start, end) : folded.slice(start, end)).trim();
}

let defaultKeys: SpellingKeys | undefined;

/** The keys built from every shipped pack, created once. */
export function defaultSpellingKeys(): SpellingKeys {
  return (defaultKeys ??= createSpellingKeys());
}
