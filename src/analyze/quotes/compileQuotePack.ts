import type { TextPack } from '../packs/textPack.js';
import { WORD_END, alternation, cachedFor, fillPlaceholders, fold, patternSource } from '../packs/textPatterns.js';

export type QuotePack = Pick<TextPack, 'quotes' | 'titles' | 'stopwords'>;

export interface CompiledQuotePack {
  /** All cues in one global pattern (scan with wordMatches); group i + 1 is cue i. */
  cues: RegExp;
  /** Whether cue i is a source cue ("selon", "according to"): its speaker follows. */
  sourceCue: boolean[];
  /** Sticky: the complementizer opening a reported clause, after at most a few words. */
  complementizer: RegExp;
  /** Pronoun words, global (scan with wordMatches). */
  pronounWords: RegExp;
  pronouns: Map<string, { gender: 'm' | 'f' | null; plural: boolean }>;
  oblique: Set<string>;
  addresseeVerbs: Set<string>;
  addresseeMarkers: Set<string>;
  bareClauseVerbs: Set<string>;
  /** Folded determiners and elisions: skipped between a cue and its speaker. */
  articles: Set<string>;
  /** Folded function words: allowed between a subject and its verb ("has", "also"). */
  functionWords: Set<string>;
  honorifics: Map<string, 'm' | 'f' | null>;
  /** Folded first words of role phrases ("ministre", "porte-parole"): may stand between a cue and its speaker. */
  roleHeads: Set<string>;
}

export function compileQuotePack(pack: QuotePack): CompiledQuotePack {
  return cachedFor(pack.quotes, 'quotes', () => build(pack));
}

function build(pack: QuotePack): CompiledQuotePack {
  const q = pack.quotes;
  const words = Object.fromEntries(Object.entries(q.words).map(([k, v]) => [k, alternation(v)]));
  // One capture group per cue, so the match says which cue it was; named groups go, since
  // names may not repeat in one pattern: the pronoun of an inversion is found in the match.
  const parts = q.cues.map((c) => `(${fillPlaceholders(patternSource(c.pattern), words).replace(/\(\?<[a-zA-Z]+>/g, '(?:')})`);
  // Words allowed between a speech verb and "que"/"that": an addressee, a day ("lundi", "on Monday").
  const gapWord = "[\\p{L}\\p{M}\\p{N}'’-]+";
  return {
    cues: new RegExp(`(?:${parts.join('|')})${WORD_END}`, 'giu'),
    sourceCue: q.cues.map((c) => c.source === true),
    complementizer: new RegExp(
      `(?:\\s+${gapWord}){0,4}?\\s*,?\\s*(?<comp>${alternation(q.complementizers)})(?:${WORD_END}|(?<=['’]))`,
      'iuy',
    ),
    pronounWords: new RegExp(`(?:${alternation(Object.keys(q.pronouns))})${WORD_END}`, 'giu'),
    pronouns: new Map(Object.entries(q.pronouns).map(([k, v]) => [fold(k), v])),
    oblique: new Set(q.obliqueMarkers.map((w) => fold(w).replace(/'$/, ''))),
    addresseeVerbs: new Set(q.addresseeVerbs.map(fold)),
    addresseeMarkers: new Set(q.addresseeMarkers.map(fold)),
    bareClauseVerbs: new Set(q.bareClauseVerbs.map(fold)),
    articles: new Set([...pack.titles.determiners, ...pack.titles.elisions].map((w) => fold(w).replace(/'$/, ''))),
    functionWords: new Set([...pack.titles.functionWords, ...pack.stopwords].map(fold)),
    honorifics: new Map(Object.entries(pack.titles.honorifics)),
    roleHeads: new Set(pack.titles.roles.map((r) => fold(r).split(/\s+/)[0]!)),
  };
}
