/**
 * What event coding needs to know about one language, as data: the words that announce
 * each ACLED sub-type, the cues that cancel or qualify an event (negation, hypothesis,
 * future, background, reported claim), vague fatality words, and the phrases that state
 * who holds which places. A new language is a new pack, not new code.
 *
 * Patterns are regular-expression sources matched case-insensitively with the `u` flag.
 * A space in a pattern matches any run of whitespace, an apostrophe matches ' and ’, and
 * every pattern is anchored on letter boundaries (accented letters included), so
 * "retirés" never matches inside "retirésx".
 */
import type { SubEventType } from '../types.js';
import { enEvents } from './en.js';
import { frEvents } from './fr.js';

/**
 * How the actors named around a trigger relate to the event. `actor1`/`actor2` are
 * ACLED's sides; for a change of territory, `winner` and `loser` are resolved to actors
 * and to a sub-type once it is known who gained the ground.
 */
export type ActorRole = 'actor1' | 'actor2' | 'winner' | 'loser';

/**
 * `territory`: a change of hands, coded Government regains territory, Non-state actor
 * overtakes territory or Non-violent transfer of territory depending on who gains.
 * `attack`: an attack, coded Violence against civilians/Attack when its target is
 * civilian, Battles/Armed clash when both sides are armed.
 */
export type TriggerKind = SubEventType | 'territory' | 'attack';

export interface TriggerRule {
  kind: TriggerKind;
  pattern: string;
  /** Where the event's places are named relative to the trigger. */
  places: 'after' | 'before' | 'any';
  /** The role of the nearest actor named before the trigger (default actor1); 'none': not a side. */
  before?: ActorRole | 'none';
  /** The role of the nearest actor named after the trigger (default actor2); 'none': not a side ("les déplacés ayant fui … l'armée"). */
  after?: ActorRole | 'none';
  /**
   * A generic word ("attacked", "ont tué") that codes an event only when no more specific
   * trigger stands in the same sentence: "a strike killed 12" is one air strike, not also an attack.
   */
  generic?: boolean;
  /** Codes an event only when its sentence names an armed side (the pack's `armedSide`): "missing" after gunmen struck. */
  needsArmed?: boolean;
  /**
   * Codes an event only when a place is named right next to the trigger, on the side
   * `places` says: after it ("took Herat", the pack's `beforeNamedPlace` may stand
   * between), or just before it ("Herat fell"); not "took part" or "prices fell".
   */
  placeNext?: boolean;
  /**
   * What the rule's words tell in PLOVER's terms, when it differs from its sub-type's usual
   * coding: a coup is ACLED's "Other" strategic development, like a flight of civilians,
   * but in PLOVER a seizure (COERCE), not a retreat. The sub-type's implied actors (the
   * civilians who flee) do not apply to it either.
   */
  plover?: { event: string; mode: string | null };
}

/** A cue near a trigger; `window` is how many characters on `side` of it are searched (default 60, before). */
export interface CueRule {
  pattern: string;
  side?: 'before' | 'after' | 'both';
  window?: number;
}

export interface CueSection {
  /** "ne … pas", "denied that", "no": the event did not happen. */
  negation: CueRule[];
  /** Conditionals and conditions: "donnerait", "would", "if". */
  hypothetical: CueRule[];
  /** "va", "will", "devrait", "question de temps". */
  future: CueRule[];
  /** A state of affairs or an old event recalled: "depuis 2012", "since". */
  background: CueRule[];
  /** Alleged rather than stated: "aurait pris", "reportedly", "claimed". */
  claim: CueRule[];
}

export interface FatalitySection {
  /** Words meaning dead or killed ("tués", "morts", "killed"). */
  deathWords: string;
  /** Words announcing a toll before its number ("faisant", "killing", "bilan de"). */
  tollWords: string;
  /** Words that may stand between a number and the death word ("personnes", "civils", "people"). */
  victimWords: string;
  /** Words that make a number someone's age, not a toll (« un adolescent de 15 ans tué », "a 15-year-old killed"). */
  ageWords: string;
  /** Lower bounds ("au moins", "at least") and ranges' connectors are read, the number after them kept. */
  numbers: Record<string, number>;
  /** Vague quantities and the figure ACLED codes for them ("des dizaines" → 12); such figures are flagged as estimates. */
  vague: Record<string, number>;
}

export interface ControlRule {
  pattern: string;
  /** Where the held places are named relative to the phrase. */
  places: 'after' | 'before';
}

export interface EventPack {
  code: string;
  triggers: TriggerRule[];
  cues: CueSection;
  fatalities: FatalitySection;
  /** Phrases stating who holds which places ("il ne reste plus aux insurgés que", "now hold only"). */
  control: ControlRule[];
  /**
   * Words that end the stretch of text a trigger's places and actors are read in: a new
   * clause ("où", "après", "while", "after").
   */
  clauseBreaks: string;
  /**
   * The relative pronouns among clauseBreaks that open a clause about the noun right before
   * them: without a comma ("fired on workers who were leaving the station in Gdynia") the
   * clause still belongs to the event, and its place is the event's.
   */
  restrictiveRelatives: string;
  /** What may separate a trigger from its first place ("des quartiers de", "the district of"): at most this many characters. */
  placeWindow: number;
  /** Said of a protest, a sign that forces stepped in (tear gas, dispersed): a protest with intervention. */
  protestIntervention: string;
  /** Said of a protest, a sign that protesters turned violent (torched, looted): a violent demonstration. */
  protestViolence: string;
  /**
   * Said of a protest that did not turn violent, a sign that forces used deadly force on
   * it (opened fire, live rounds): ACLED's excessive force against protesters.
   */
  protestLethalForce: string;
  /**
   * Gunfire aimed at a protest ("opened fire on the marchers", « ouvert le feu sur une
   * marche »): told as an attack, it is excessive force against protesters.
   */
  firedOnProtest: string;
  /**
   * Gunfire aimed at a crowd ("opened fire on the crowd", « tiré sur la foule »): where a
   * march or a rally is told around it, the crowd is that protest's.
   */
  firedOnCrowd: string;
  /**
   * Hand weapons (machetes, clubs): a fight between groups that are no armed side, fought
   * with them, is mob violence rather than a battle.
   */
  meleeWeapons: string;
  /**
   * What an attack is aimed at, right after its verb, when that is a post of armed forces
   * ("attacked a police post", « ont attaqué la garnison russe »): a battle with the post's
   * force, police (group `police`) or army. Its side is read from which group matched.
   */
  armedTargets: string;
  /**
   * Words that make a riot communal, one community against another ("communal rioting",
   * "Uzbek-owned homes", « des groupes de chrétiens et de musulmans »): ACLED's mob violence,
   * not a demonstration turned violent. Case-sensitive, unlike the other patterns: a
   * capital tells a people's name ("Uzbek-owned") from a common word.
   */
  communalViolence: string;
  /** Said of a change of hands, a sign that no fighting took place ("without a fight"): a non-violent transfer. */
  withoutFight: string;
  /**
   * A place named as a modifier of someone rather than where something happens: the text
   * just before it ("l'ambassadeur de", "soutenus par le") or just after it ("police",
   * "-backed", "forward"). Such mentions do not locate events.
   */
  placeModifierBefore: string;
  placeModifierAfter: string;
  /**
   * A word that, between an event and a later date, makes the date a yardstick rather than
   * the event's time ("the deadliest attack since the 1998 bombing", « le pire depuis 1952 »).
   */
  comparedSince: string;
  /** What joins two sides into one ("and allied", "et leurs alliés"): the first named leads. */
  sideJoiners: string;
  /**
   * A verb of reporting just before a date ("said on Sunday", "a indiqué lundi"): that
   * date is when the news was told, not when the event happened.
   */
  reportingBeforeTime: string;
  /**
   * What opens a relative clause after a comma, its pronoun the clause's object (", which
   * Congress", « , que »): a date inside one ("a vigil against the law, which Congress
   * passed on Dec. 18") dates that clause, not the event told before it. Matched with case.
   */
  relativeOpeners: string;
  /**
   * What makes a date name a thing rather than an event's day: "Sunday's election" (after
   * the date), « le scrutin de dimanche » (before it). Such a date dates nothing coded.
   */
  dateOfNoun: { before?: string; after?: string };
  /**
   * Words right before a trigger that set it some days before the date read: "a day after"
   * (days -1), « au lendemain des » (-1). Longer gaps ("two months after") are background cues.
   */
  /**
   * Words before a trigger that set it days before the date read ("a day after"). A pattern
   * with a group named n ("(?<n>\\S+) days after") multiplies `days` by the count it reads.
   */
  dateShifts: { pattern: string; days: number }[];
  /** The gap between two places of one list ("et de", ", and"): a place listed after a modifier is one too. */
  listJoin: string;
  /** A determiner that makes a noun point back ("the", "ces"): "the kidnapping" retells an event already coded. */
  definiteBefore: string;
  /** An indefinite article ("an", « une »): "in an attack claimed by…" names, after its killing, the same event. */
  indefiniteBefore: string;
  /** The last word of a building's name that opens with its town ("Islamabad High Court"): the town locates events there. */
  facilityHeads: string;
  /** A locative preposition inside a name, before its place ("Parlement à Tbilissi", "the embassy in Niamey"). */
  locativeInName: string;
  /** Words naming an armed side ("gunmen", "rebelles"): with them a clash with police is a battle, without them a riot. */
  armedSide: string;
  /** Words pointing back at the two sides of a fight already told ("both sides", « les deux camps »): they fight again. */
  bothSides: string;
  /** Words naming civilians as victims ("civilians", "personnes déplacées"): an attack on them told apart is its own event. */
  civilianVictims: string;
  /** What may stand between a `placeNext` trigger and its place: "the town of", "the provincial capital,". */
  beforeNamedPlace: string;
  /**
   * What points back, after a change-of-hands verb, at the town its sentence has just named
   * (« À Bouaké, … les mutins ont pris le contrôle de la ville »): that town is the place.
   */
  townAnaphor: string;
  /**
   * Words after a comma that list where the event struck ("…missiles on air defences,
   * notably around Tripoli and Misrata"): the towns that follow are the event's own.
   */
  placesIntro: string;
  /**
   * What joins a place to the landmark that situates it ("Huwara, near Nablus", « Banjska, près
   * de Zvečan »): the landmark does not locate the event.
   */
  nearPlace: string;
  /**
   * Words telling that a protest stayed calm ("marched peacefully", « dans le calme », a vigil):
   * told in its own sentence, it is a protest of its own beside the day's riot or crackdown there.
   */
  calmProtest: string;
  /**
   * Words telling that the side attacked fired back or repulsed the attack ("returned
   * fire", "fought off the attackers", « ont riposté », « l'ont repoussée »): the attack was a battle.
   */
  returnedFire: string;
  /**
   * People named by their plunder ("looters", « des pillards », « des bandes »): what they
   * loot or sack is looting, not a riot, whoever else is in the street.
   */
  looters: string;
  /** Arrests made in raids or at home ("raided a building", « lors de perquisitions »): not the day's protest. */
  arrestRaids: string;
  /** Words naming a killing by its direct means, gunfire or blades ("shot dead", "tué par balles"): such an attack told apart is not the day's bombing. */
  directMeans: string;
  /**
   * Words in the name of an armed group the lexicon does not know that say which side it
   * is, the first that matches winning: a liberation front or a resistance army fights the
   * state ("Moro Islamic Liberation Front", « Front patriotique rwandais »), armed forces or
   * a guard are the state's (« Forces armées zaïroises », "Frontier Corps"). So « Forces
   * armées révolutionnaires de Colombie » are rebels, but a "Revolutionary Guard Corps",
   * listed before them, is the state's.
   */
  groupNameSides: ReadonlyArray<{ pattern: string; side: 'rebels' | 'army' }>;
}

const PACKS: readonly EventPack[] = [frEvents, enEvents];

/** Every event pack: a group's name may be written in another language than the article's. */
export function allEventPacks(): readonly EventPack[] {
  return PACKS;
}

/** The event pack for an ISO 639-1 code, or undefined when the language has none. */
export function eventPackFor(code: string | null | undefined): EventPack | undefined {
  return PACKS.find((p) => p.code === code);
}
