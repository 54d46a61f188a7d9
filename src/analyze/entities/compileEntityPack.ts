import type { ActorEntry, TextPack } from '../packs/textPack.js';
import { WORD_END, WORD_START, alternation, cachedFor, fillPlaceholders, fold, fullForms, patternSource } from '../packs/textPatterns.js';

export type EntityPack = Pick<TextPack, 'titles' | 'actors' | 'quotes' | 'months' | 'weekdays' | 'stopwords'>;

/** The pack's entity lexicons as sets and regular expressions, built once per pack. */
export interface CompiledEntityPack {
  /** Honorifics as printed ("M.", "Mme") → implied gender. */
  honorifics: Map<string, 'm' | 'f' | null>;
  /** Folded role phrases ("directeur", "premier ministre"). */
  roles: Set<string>;
  /** Longest role phrase, in words. */
  roleWords: number;
  /** Sticky: ", [determiner] role" right after a name. */
  roleAfter: RegExp;
  particles: Set<string>;
  /** A hyphenated particle form ("al-Assad"): a name word though it starts lower-case. */
  particleWord: RegExp;
  elisions: Set<string>;
  determiners: Set<string>;
  /** Folded function words, stopwords included. */
  functionWords: Set<string>;
  /** Folded phrases before / after a name that make it a person's. */
  personBefore: Set<string>;
  personAfter: Set<string>;
  /** Folded phrases before a name that make it a place. */
  placeBefore: Set<string>;
  /** Sticky age apposition. */
  age: RegExp;
  /** Folded month and weekday names: never a person. */
  calendar: Set<string>;
  /** A speech cue ending right before a name ("selon", "rapporte", "said"), optional determiner. */
  cueBefore: RegExp;
  /** Sticky: a speech verb right after a name ("a affirmé", "said"). */
  cueAfter: RegExp;
  /** Actor terms matched case-insensitively, and those matched as printed (scan with wordMatches). */
  actorsLoose: RegExp;
  actorsExact: RegExp;
  /** Qualified terms (need a nationality), loose and exact. */
  qualifiedLoose: RegExp;
  qualifiedExact: RegExp;
  /** Normalised term → entry: folded for loose terms, as printed for exact ones. */
  looseTerms: Map<string, ActorEntry>;
  exactTerms: Map<string, ActorEntry>;
  /** Sticky demonym after a term, or one ending right before it. */
  demonymAfter: RegExp | null;
  demonymBefore: RegExp | null;
  /** A whole word that is a demonym. */
  demonymWord: RegExp;
  orgWords: Set<string>;
  armedWords: Set<string>;
  connectors: Set<string>;
  notOrgs: Set<string>;
}

/** Collapses white space and apostrophes so phrases compare as printed text varies. */
export function normalizePhrase(s: string): string {
  return fold(s)
    .replace(/\s+/g, ' ')
    .replace(/'\s+/g, "'")
    .replace(/[\s']+$/, '')
    .trim();
}

function isExact(term: string): boolean {
  return /\p{Lu}/u.test(term);
}

export function compileEntityPack(pack: EntityPack): CompiledEntityPack {
  // Built from several sections: cached under the titles, per actors section.
  const byActors = cachedFor(pack.titles, 'entities', () => new WeakMap<object, CompiledEntityPack>());
  let c = byActors.get(pack.actors);
  if (!c) {
    c = build(pack);
    byActors.set(pack.actors, c);
  }
  return c;
}

function build(pack: EntityPack): CompiledEntityPack {
  const t = pack.titles;
  const a = pack.actors;
  const q = pack.quotes;
  const roles = new Set(t.roles.map(normalizePhrase));
  const roleWords = Math.max(1, ...[...roles].map((r) => r.split(/[\s']+/).length));
  const det = alternation(t.determiners);
  const looseTerms = new Map<string, ActorEntry>();
  const exactTerms = new Map<string, ActorEntry>();
  const loose: string[] = [];
  const exact: string[] = [];
  const qLoose: string[] = [];
  const qExact: string[] = [];
  for (const e of a.actors) {
    for (const term of e.terms) {
      if (isExact(term)) {
        exact.push(term);
        exactTerms.set(term.replace(/\s+/g, ' ').replace(/[’ʼ]/g, "'"), e);
      } else {
        loose.push(term);
        looseTerms.set(normalizePhrase(term), e);
      }
    }
    for (const term of e.qualifiedTerms ?? []) {
      if (isExact(term)) {
        qExact.push(term);
        exactTerms.set(term.replace(/\s+/g, ' ').replace(/[’ʼ]/g, "'"), e);
      } else {
        qLoose.push(term);
        looseTerms.set(normalizePhrase(term), e);
      }
    }
  }
  const words = Object.fromEntries(Object.entries(q.words).map(([k, v]) => [k, alternation(v)]));
  // Cue patterns joined into one: their named groups must go, as names may not repeat.
  const cues = q.cues.map((c) => fillPlaceholders(patternSource(c.pattern), words).replace(/\(\?<[a-zA-Z]+>/g, '(?:')).join('|');
  const dem = a.demonym.pattern;
  const calendar = new Set([...fullForms(pack.months), ...fullForms(pack.weekdays)].map(fold));
  return {
    honorifics: new Map(Object.entries(t.honorifics)),
    roles,
    roleWords,
    roleAfter: new RegExp(`\\s*,\\s*(?:(?:${det})\\s+)?(?<role>${alternation(t.roles)})${WORD_END}`, 'iuy'),
    particles: new Set(t.nameParticles.map(fold)),
    particleWord: new RegExp(`^(?:${alternation(t.nameParticles)})[-‑]\\p{Lu}`, 'u'),
    elisions: new Set(t.elisions.map(fold)),
    determiners: new Set(t.determiners.map(normalizePhrase)),
    functionWords: new Set([...t.functionWords, ...pack.stopwords].map(fold)),
    personBefore: new Set(t.personContexts.before.map(normalizePhrase)),
    personAfter: new Set(t.personContexts.after.map(normalizePhrase)),
    placeBefore: new Set(t.placeContexts.map(normalizePhrase)),
    age: new RegExp(t.agePattern.replace(/^\^/, ''), 'iuy'),
    calendar,
    cueBefore: new RegExp(`${WORD_START}(?:${cues})\\s+(?:(?:${det})\\s*)?$`, 'iu'),
    cueAfter: new RegExp(`\\s+(?:${cues})${WORD_END}`, 'iuy'),
    actorsLoose: new RegExp(`(?:${alternation(loose)})${WORD_END}`, 'giu'),
    actorsExact: new RegExp(`(?:${alternation(exact)})${WORD_END}`, 'gu'),
    qualifiedLoose: new RegExp(`(?:${alternation(qLoose)})${WORD_END}`, 'giu'),
    qualifiedExact: new RegExp(`(?:${alternation(qExact)})${WORD_END}`, 'gu'),
    looseTerms,
    exactTerms,
    demonymAfter: a.demonym.position === 'after' ? new RegExp(`\\s+(?<dem>${dem})${WORD_END}`, 'uy') : null,
    demonymBefore: a.demonym.position === 'before' ? new RegExp(`${WORD_START}(?<dem>${dem})\\s+$`, 'u') : null,
    demonymWord: new RegExp(`^(?:${dem})$`, 'u'),
    orgWords: new Set(a.organizationWords.map(fold)),
    armedWords: new Set(a.armedGroupWords.map(fold)),
    connectors: new Set(a.nameConnectors.map(normalizePhrase)),
    notOrgs: new Set(a.notOrganizations),
  };
}
