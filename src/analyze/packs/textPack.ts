/**
 * The word lists the text-analysis stages (sentences, times, entities, quotes) need for
 * one language. Like the extraction packs, these are data only: a new language is a new
 * folder of section files, not new code. Where a field is a pattern it is a
 * regular-expression source matched case-insensitively with the `u` flag; `{name}`
 * placeholders in it are replaced by the alternation of the named word list.
 *
 * A TextPack is structural: any object carrying these fields (for instance a wider
 * analysis pack that also holds place data) can be passed to the stages. Compiled
 * regular expressions are cached per section object, so sharing sections between packs
 * shares the compiled forms too.
 */
import type { LanguagePack } from '../../core/packs/pack.js';
import { en as enCore } from '../../core/packs/en.js';
import { fr as frCore } from '../../core/packs/fr.js';
import { enAbbreviations } from './en/abbreviations.js';
import { enActors } from './en/actors.js';
import { enQuotes } from './en/quotes.js';
import { enTimes } from './en/times.js';
import { enTitles } from './en/titles.js';
import { frAbbreviations } from './fr/abbreviations.js';
import { frActors } from './fr/actors.js';
import { frQuotes } from './fr/quotes.js';
import { frTimes } from './fr/times.js';
import { frTitles } from './fr/titles.js';

/** What the sentence splitter needs to know about dotted words. */
export interface AbbreviationSection {
  /**
   * Words printed with a final dot that announce a name or a number and so never end a
   * sentence ("M", "Mme", "Dr", "Mr", "Gen", "n°"), as printed, without the dot.
   * Matched case-sensitively.
   */
  prefixes: string[];
  /**
   * Other abbreviations with a final dot ("etc", "env", "U.S", "p.m"), without the final
   * dot, case-insensitive. They end a sentence only when the next word is a capitalised
   * function word ("The", "Le"). Month abbreviations come from the extraction pack and
   * need not be repeated.
   */
  common: string[];
}

/** How people are named and introduced. */
export interface TitleSection {
  /**
   * Courtesy titles written before a name, as printed (case-sensitive, with the dot when
   * there is one), and the gender they imply when they imply one.
   */
  honorifics: Record<string, 'm' | 'f' | null>;
  /**
   * Function titles and role nouns, lower-case, multi-word allowed ("premier ministre").
   * Before a name they make it a person ("le président Bachar al-Assad"); after a name and
   * a comma they open its role ("Rami Abdel Rahmane, directeur de l'OSDH").
   */
  roles: string[];
  /** Lower-case words that may stand inside a name ("al", "ben", "de", "van"), alone or hyphenated ("al-Assad"). */
  nameParticles: string[];
  /** Articles that may open an apposition ("le", "un", "the", "a"), lower-case, with elided forms ("l'"). */
  determiners: string[];
  /** Elided articles and prepositions glued to the next word by an apostrophe ("l", "d", "qu"), lower-case, without the apostrophe. */
  elisions: string[];
  /**
   * Words that may be capitalised only because they open a sentence (articles,
   * prepositions, pronouns, conjunctions, frequent adverbs), lower-case. Never the start of a name.
   */
  functionWords: string[];
  /**
   * Patterns right before a name that make it a person ("régime de", "rapporte"), and right
   * after it ("regime", "administration"). Lower-case phrases, not patterns.
   */
  personContexts: { before: string[]; after: string[] };
  /** Phrases right before a name that make it a place, never a person ("quartier de", "ville d'"). */
  placeContexts: string[];
  /** Pattern of an age apposition following a name (", 34 ans,"), anchored right after the name. */
  agePattern: string;
}

/** Speech and attribution. */
export interface QuoteSection {
  /** Quotation mark pairs, opening then closing. When both are the same character, marks pair in order within a paragraph. */
  marks: [string, string][];
  /** Named word lists used as `{name}` placeholders in `cues` and `indirect`. */
  words: Record<string, string[]>;
  /**
   * Speech cues (regular-expression sources with placeholders). A named group `pron`
   * captures a subject pronoun inside the cue ("a-t-il affirmé"); `source` marks cues
   * whose speaker follows ("selon", "according to").
   */
  cues: { pattern: string; source?: boolean }[];
  /** Words after a speech verb that open a reported clause ("que", "qu'", "that"). */
  complementizers: string[];
  /** Speech verbs whose following name is the addressee, not the speaker ("told"). */
  addresseeVerbs: string[];
  /** Prepositions introducing an addressee after a verb ("à", "to"). */
  addresseeMarkers: string[];
  /** Subject and stressed pronouns that can stand for a speaker, lower-case. */
  pronouns: Record<string, { gender: 'm' | 'f' | null; plural: boolean }>;
  /**
   * Prepositions after which a name is a complement, not a subject ("de", "of"): such
   * mentions are passed over when resolving a pronoun to the last person mentioned.
   */
  obliqueMarkers: string[];
  /** Verbs after which a clause is reported even without a complementizer ("said"), lower-case. */
  bareClauseVerbs: string[];
}

/** An actor lexicon entry: every way the text names one kind of actor. */
export interface ActorEntry {
  /** Canonical key shared across languages ("rebels", "army", "is", "witnesses"). */
  key: string;
  kind: 'armed_group' | 'group' | 'organization';
  /** Display name when the text offers nothing longer. */
  name: string;
  /**
   * Surface forms, lower-case unless the form must be matched as printed: a form with an
   * upper-case letter ("EI", "IS", "ONU") is matched case-sensitively.
   */
  terms: string[];
  /**
   * Generic words that name this actor only when a nationality qualifies them ("forces
   * russes", "Iraqi forces"); same case rule as `terms`.
   */
  qualifiedTerms?: string[];
}

/** Institutions, armed groups and groups. */
export interface ActorSection {
  actors: ActorEntry[];
  /**
   * Nationality adjectives qualifying an actor term ("syrienne", "Russian"): a pattern for
   * one word, and where it stands relative to the term. Mentions with different
   * nationalities are different actors ("armée russe" / "armée ukrainienne").
   */
  demonym: { pattern: string; position: 'before' | 'after' };
  /** Words that make a capitalised run an organisation ("Observatoire", "Committee"), lower-case. */
  organizationWords: string[];
  /** Lower-case words allowed inside an organisation's name ("de", "des", "of", "for"). */
  nameConnectors: string[];
  /** Upper-case words that are never organisations (country codes, "TV", "AM"). */
  notOrganizations: string[];
  /** Organisation words that make the name an armed group ("brigade", "army"), lower-case. */
  armedGroupWords: string[];
}

export type PartOfDay = 'morning' | 'afternoon' | 'evening' | 'night';

/** How a matched time pattern becomes a value. */
export type TimeResolve =
  /**
   * Calendar dates from the {day} {month} {year} groups; precision follows what is present.
   * `yearOffset` sets the year from the anchor's when none is printed ("in April last year": -1).
   */
  | { type: 'date'; yearOffset?: number }
  /** A {weekday}: 'recent' = on or before the anchor, 'last' = strictly before, 'next' = strictly after. */
  | { type: 'weekday'; relation: 'recent' | 'last' | 'next' }
  /** An offset from the anchor in a unit; multiplied by the {n} group when present. */
  | { type: 'relative'; unit: 'day' | 'week' | 'month' | 'year'; offset: number; part?: PartOfDay }
  /**
   * A part of the day: of the day named earlier in the sentence, else of the anchor day;
   * `deictic` parts ("ce matin", "tonight") always belong to the anchor day.
   */
  | { type: 'part'; part?: PartOfDay; deictic?: boolean };

export interface TimeRule {
  /**
   * Pattern with placeholders {weekday}, {month}, {monthNumber}, {day}, {year}, {n} and
   * {part}, each at most once; they become named groups. Weekdays match full names only,
   * and month abbreviations only with their dot or before a number.
   */
  pattern: string;
  resolve: TimeResolve;
}

/** Relative and absolute time expressions. */
export interface TimeSection {
  rules: TimeRule[];
  /** Part-of-day words for the {part} placeholder, lower-case. */
  parts: Record<string, PartOfDay>;
  /**
   * Number words for the {n} placeholder ("deux", "three"), lower-case. Digits always work.
   * 0 marks a vague quantity ("quelques"): the expression is found but its value is null.
   */
  numbers: Record<string, number>;
  /** True when month and weekday names are written with a capital (English): lower-case forms are then not dates. */
  capitalizedNames: boolean;
}

/** Everything the text stages read. */
export interface TextPack extends Pick<LanguagePack, 'code' | 'months' | 'weekdays' | 'ordinalSuffixes' | 'stopwords'> {
  abbreviations: AbbreviationSection;
  titles: TitleSection;
  quotes: QuoteSection;
  actors: ActorSection;
  times: TimeSection;
}

const fr: TextPack = {
  code: frCore.code,
  months: frCore.months,
  weekdays: frCore.weekdays,
  ordinalSuffixes: frCore.ordinalSuffixes,
  stopwords: frCore.stopwords,
  abbreviations: frAbbreviations,
  titles: frTitles,
  quotes: frQuotes,
  actors: frActors,
  times: frTimes,
};

const en: TextPack = {
  code: enCore.code,
  months: enCore.months,
  weekdays: enCore.weekdays,
  ordinalSuffixes: enCore.ordinalSuffixes,
  stopwords: enCore.stopwords,
  abbreviations: enAbbreviations,
  titles: enTitles,
  quotes: enQuotes,
  actors: enActors,
  times: enTimes,
};

/** Every shipped text pack. */
export const TEXT_PACKS: readonly TextPack[] = [fr, en];

/** The text pack for an ISO 639-1 code, or undefined when the language has none. */
export function textPackFor(code: string | null | undefined): TextPack | undefined {
  return TEXT_PACKS.find((p) => p.code === code);
}
