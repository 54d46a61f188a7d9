/**
 * Turns an EventPack's pattern sources into regular expressions, once per pack object.
 * Pattern conventions (see eventPack.ts): a space outside a character class matches any
 * whitespace run, an apostrophe matches ' and ’, and every pattern is anchored on letter
 * and digit boundaries, which `\b` cannot do for accented letters.
 */
import { primeRegExps } from '../core/primeRegExps.js';
import type { DateRules } from './eventDate.js';
import type { ControlRule, CueRule, EventPack, TriggerRule } from './packs/eventPack.js';
import { withoutLookarounds } from './withoutLookarounds.js';

export interface CompiledCue {
  re: RegExp;
  side: 'before' | 'after' | 'both';
  window: number;
}

export interface CompiledEventPack {
  pack: EventPack;
  /** `gate`: the pattern without its lookarounds or word guards, scanned over the whole text first (see findTriggers). */
  triggers: { rule: TriggerRule; re: RegExp; gate: RegExp }[];
  cues: Record<keyof EventPack['cues'], CompiledCue[]>;
  /** Fatality figures: `n` is the figure ("12", "douze", "des dizaines de"), `m` the upper end of a range. */
  fatalities: RegExp[];
  numbers: Map<string, number>;
  vague: Map<string, number>;
  control: { rule: ControlRule; re: RegExp }[];
  clauseBreaks: RegExp;
  /** A clause break that is a relative pronoun (see EventPack.restrictiveRelatives). */
  restrictiveRelative: RegExp;
  protestIntervention: RegExp;
  protestViolence: RegExp;
  protestLethalForce: RegExp;
  firedOnProtest: RegExp;
  firedOnCrowd: RegExp;
  meleeWeapons: RegExp;
  armedTargets: RegExp;
  communalViolence: RegExp;
  withoutFight: RegExp;
  placeModifierBefore: RegExp;
  comparedSince: RegExp;
  placeModifierAfter: RegExp;
  sideJoiners: RegExp;
  /** How a date is read around a trigger: verbs of reporting, relative clauses, days naming things, shifts. */
  dateRules: Required<DateRules>;
  /** The whole gap between two places of one list. */
  listJoin: RegExp;
  definiteBefore: RegExp;
  indefiniteBefore: RegExp;
  armedSide: RegExp;
  bothSides: RegExp;
  civilianVictims: RegExp;
  beforeNamedPlace: RegExp;
  townAnaphor: RegExp;
  placesIntro: RegExp;
  nearPlace: RegExp;
  directMeans: RegExp;
  calmProtest: RegExp;
  returnedFire: RegExp;
  looters: RegExp;
  arrestRaids: RegExp;
  facilityHead: RegExp;
  locativeInName: RegExp;
}

const DEFAULT_WINDOW = 60;
const cache = new WeakMap<EventPack, CompiledEventPack>();

export function compileEventPack(pack: EventPack): CompiledEventPack {
  let compiled = cache.get(pack);
  if (compiled === undefined) {
    compiled = primeRegExps(compile(pack));
    cache.set(pack, compiled);
  }
  return compiled;
}

function compile(pack: EventPack): CompiledEventPack {
  const cue = (c: CueRule): CompiledCue => ({
    re: bounded(c.pattern, 'giu'),
    side: c.side ?? 'before',
    window: c.window ?? DEFAULT_WINDOW,
  });
  const cues = {
    negation: pack.cues.negation.map(cue),
    hypothetical: pack.cues.hypothetical.map(cue),
    future: pack.cues.future.map(cue),
    background: pack.cues.background.map(cue),
    claim: pack.cues.claim.map(cue),
  };
  const f = pack.fatalities;
  const lower = (m: Record<string, number>): Map<string, number> => new Map(Object.entries(m).map(([k, v]) => [k.toLowerCase(), v]));
  const numbers = lower(f.numbers);
  const words = [...Object.keys(f.numbers), ...Object.keys(f.vague)].sort((a, b) => b.length - a.length).map(escapeWords);
  // Digits with thousands separators, or a number word, or a vague quantity.
  const num = (name: string): string => `(?<${name}>\\d{1,3}(?:[,.\u202f\u00a0]\\d{3})+|\\d+|${words.join('|')})`;
  const bound =
    '(?:(?:au moins|au minimum|plus de|près de|environ|quelque|at least|more than|nearly|almost|about|around|some|over|up to) )?';
  const range = `(?: (?:à|to|and|et|-|–) ${num('m')})?`;
  const fatalities = [
    // "au moins 12 personnes ont été tuées", "at least 12 killed", "12 morts"
    `${bound}${num('n')}${range}(?![ -]?${f.ageWords}(?![\\p{L}]))(?: [\\p{L}'’-]+){0,3}? ${f.deathWords}`,
    // "faisant 12 morts", "killing at least 12", "death toll rose to 12"
    `${f.tollWords}(?: [\\p{L}'’-]+){0,2}? ${bound}${num('n')}${range}`,
  ].map((p) => bounded(p, 'giu'));
  return {
    pack,
    triggers: pack.triggers.map((rule) => ({
      rule,
      re: bounded(rule.pattern, 'giu'),
      gate: new RegExp(spaced(withoutLookarounds(rule.pattern)), 'giu'),
    })),
    cues,
    fatalities,
    numbers,
    vague: lower(f.vague),
    control: pack.control.map((rule) => ({ rule, re: bounded(rule.pattern, 'giu') })),
    clauseBreaks: new RegExp(spaced(pack.clauseBreaks), 'giu'),
    restrictiveRelative: new RegExp(`^\\s*(?:${spaced(pack.restrictiveRelatives)})\\s*$`, 'iu'),
    protestIntervention: new RegExp(pack.protestIntervention, 'iu'),
    protestViolence: new RegExp(pack.protestViolence, 'iu'),
    protestLethalForce: bounded(pack.protestLethalForce, 'iu'),
    firedOnProtest: bounded(pack.firedOnProtest, 'iu'),
    firedOnCrowd: bounded(pack.firedOnCrowd, 'iu'),
    meleeWeapons: bounded(pack.meleeWeapons, 'iu'),
    communalViolence: new RegExp(pack.communalViolence, 'u'),
    armedTargets: new RegExp(`^\\s*(?:${pack.armedTargets})(?![\\p{L}\\p{N}])`, 'iu'),
    withoutFight: new RegExp(pack.withoutFight, 'iu'),
    placeModifierBefore: new RegExp(`(?:${pack.placeModifierBefore})$`, 'iu'),
    comparedSince: new RegExp(`^[^.;:]*\\b(?:${pack.comparedSince})\\b`, 'iu'),
    placeModifierAfter: new RegExp(`^(?:${pack.placeModifierAfter})`, 'iu'),
    sideJoiners: new RegExp(`^\\s*(?:${pack.sideJoiners})\\s*$`, 'iu'),
    definiteBefore: endingWith(pack.definiteBefore, '\\s*'),
    indefiniteBefore: endingWith(pack.indefiniteBefore, '\\s+'),
    armedSide: bounded(pack.armedSide, 'iu'),
    bothSides: bounded(pack.bothSides, 'iu'),
    civilianVictims: bounded(pack.civilianVictims, 'iu'),
    beforeNamedPlace: new RegExp(`^\\s*(?:${pack.beforeNamedPlace})?\\s*$`, 'iu'),
    townAnaphor: new RegExp(`^\\s*(?:${pack.townAnaphor})(?![\\p{L}\\p{N}])`, 'iu'),
    placesIntro: new RegExp(`^\\s*(?:${pack.placesIntro})(?![\\p{L}\\p{N}])`, 'iu'),
    nearPlace: new RegExp(`^\\s*,?\\s*(?:${pack.nearPlace})\\s*$`, 'iu'),
    directMeans: bounded(pack.directMeans, 'iu'),
    calmProtest: bounded(pack.calmProtest, 'iu'),
    returnedFire: bounded(pack.returnedFire, 'iu'),
    looters: bounded(pack.looters, 'iu'),
    arrestRaids: bounded(pack.arrestRaids, 'iu'),
    locativeInName: endingWith(pack.locativeInName, '\\s+'),
    facilityHead: endingWith(pack.facilityHeads, ''),
    listJoin: new RegExp(`^\\s*(?:${spaced(pack.listJoin)})\\s*$`, 'iu'),
    dateRules: {
      reportingBefore: endingWith(pack.reportingBeforeTime, '\\s*'),
      // Case matters: a capital after the pronoun opens the clause's subject ("which Congress").
      relativeClause: new RegExp(`,\\s*(?:${spaced(pack.relativeOpeners)})`, 'u'),
      dateOfNoun: {
        before: pack.dateOfNoun.before === undefined ? null : endingWith(pack.dateOfNoun.before, '\\s+'),
        after: pack.dateOfNoun.after === undefined ? null : new RegExp(`^(?:${pack.dateOfNoun.after})(?![\\p{L}\\p{N}])`, 'iu'),
      },
      // "a day after hundreds of people died in clashes": a few words of one clause (no comma) between.
      shifts: pack.dateShifts.map((s) => ({ re: endingWith(s.pattern, "(?:\\s+|(?<=['’]))(?:[^\\s,;]+\\s+){0,6}"), days: s.days })),
      // "12 days after", « deux semaines après »: the count a shift reads, in the words tolls are counted in.
      numbers,
    },
  };
}

/** A pack pattern that ends the text tested (then `tail`, e.g. optional spaces), starting on a word boundary. */
function endingWith(pattern: string, tail: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${spaced(pattern)})${tail}$`, 'iu');
}

/** A pack pattern anchored on letter/digit boundaries, with its spaces and apostrophes widened. */
export function bounded(pattern: string, flags: string): RegExp {
  // A match must not cut a word; one that ends on a space or an apostrophe ("près d'",
  // "remis ") cuts none, whatever follows. (The start keeps a plain guard: an alternation
  // there costs V8 its fast scan for the first character: the coder ran at 0.6 times its speed.)
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${spaced(pattern)})(?:(?![\\p{L}\\p{N}])|(?<=[^\\p{L}\\p{N}]))`, flags);
}

/** Spaces outside character classes → \s+, apostrophes → either apostrophe. */
function spaced(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\') {
      out += ch + (pattern[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (ch === ']') inClass = false;
      out += ch === "'" ? "'’" : ch;
    } else if (ch === '[') {
      inClass = true;
      out += ch;
    } else if (ch === ' ' && pattern[i + 1] === '?') {
      // "air ?strikes?": an optional space.
      out += '\\s*';
      i++;
    } else if (ch === ' ') out += '\\s+';
    else if (ch === "'") out += "['’]";
    else out += ch;
  }
  return out;
}

function escapeWords(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
