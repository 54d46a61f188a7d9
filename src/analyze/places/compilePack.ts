/**
 * Turns a PlacesPack (plain lists, easy to read and edit) into the sets and token
 * sequences the recogniser looks words up in, once per pack.
 */
import type { PlaceKind } from '../types.js';
import type { PlacesPack } from './placesPack.js';
import { foldWord } from './foldWord.js';
import { PACKS } from '../../core/packs/index.js';
import { escapeRegex } from '../packs/textPatterns.js';

export interface CompiledPlacesPack {
  pack: PlacesPack;
  kindCues: Map<string, PlaceKind>;
  pluralKindCues: Map<string, PlaceKind>;
  definiteArticles: Set<string>;
  /** Locative phrases as folded word sequences, longest first. */
  locativeCues: string[][];
  townLocatives: Set<string>;
  cueLinks: Set<string>;
  /** List connectors as folded word sequences, longest first. */
  listConnectors: string[][];
  hostLinks: string[][];
  ownerBefore: string[][];
  ownerAfter: string[][];
  listIntroducers: string[][];
  nameConnectors: Set<string>;
  particles: Set<string>;
  elisions: Set<string>;
  articles: Set<string>;
  clitics: Set<string>;
  speechVerbs: Set<string>;
  stopwords: Set<string>;
  personTitles: Set<string>;
  personRoles: Set<string>;
  leadingHeads: Set<string>;
  trailingHeads: Set<string>;
  cueQualifiers: Set<string>;
  partOfTownWords: Set<string>;
  leadingStreetHeads: Set<string>;
  trailingStreetHeads: Set<string>;
  townHeads: Set<string>;
  nameHeads: Set<string>;
  demonymEndings: string[];
  demonymPlurals: string[];
  givenNames: Set<string>;
  commonWords: Set<string>;
  languageCues: Set<string>;
  /** The city a name of one of its halves names ("East Berlin", « Beyrouth-Ouest »), or null. */
  cityOfHalf: (surface: string) => string | null;
}

const cache = new WeakMap<PlacesPack, CompiledPlacesPack>();

const folded = (words: readonly string[]): Set<string> => new Set(words.map(foldWord));
const phrases = (list: readonly string[]): string[][] =>
  list
    .map((p) =>
      p
        .split(/[\s']+/u)
        .filter(Boolean)
        .map(foldWord),
    )
    .sort((a, b) => b.length - a.length);

export function compilePack(pack: PlacesPack): CompiledPlacesPack {
  const hit = cache.get(pack);
  if (hit) return hit;
  const compiled: CompiledPlacesPack = {
    pack,
    kindCues: new Map(Object.entries(pack.kindCues).map(([k, v]) => [foldWord(k), v])),
    pluralKindCues: new Map(Object.entries(pack.pluralKindCues).map(([k, v]) => [foldWord(k), v])),
    definiteArticles: folded(pack.definiteArticles),
    locativeCues: phrases(pack.locativeCues),
    townLocatives: folded(pack.townLocatives),
    cueLinks: folded(pack.cueLinks),
    listConnectors: phrases(pack.listConnectors),
    hostLinks: phrases(pack.hostLinks),
    ownerBefore: phrases(pack.ownerWords.before),
    ownerAfter: phrases(pack.ownerWords.after),
    listIntroducers: phrases(pack.listIntroducers),
    nameConnectors: folded(pack.nameConnectors),
    particles: folded(pack.particles),
    elisions: folded(pack.elisions),
    articles: folded(pack.articles),
    clitics: folded(pack.clitics),
    speechVerbs: folded(pack.speechVerbs),
    // Titles, month and weekday names are never place names either: their lists live in
    // one place each (personTitles here, calendars in the extraction packs).
    stopwords: folded([...pack.stopwords, ...pack.personTitles, ...calendarNames(pack.code)]),
    personTitles: folded(pack.personTitles),
    personRoles: folded(pack.personRoles),
    leadingHeads: folded(pack.placeHeads.leading),
    trailingHeads: folded(pack.placeHeads.trailing),
    cueQualifiers: folded(pack.cueQualifiers),
    partOfTownWords: folded(pack.partOfTownWords),
    leadingStreetHeads: folded(pack.streetHeads.leading),
    trailingStreetHeads: folded(pack.streetHeads.trailing),
    townHeads: folded(pack.townHeads),
    nameHeads: folded(pack.nameHeads),
    demonymEndings: [...new Set(pack.demonymEndings.map(foldWord))],
    demonymPlurals: [...new Set(pack.demonymPlurals.map(foldWord))],
    givenNames: folded(pack.givenNames),
    commonWords: folded(pack.commonWords),
    languageCues: folded(pack.languageCues),
    cityOfHalf: cityOfHalf(pack.cityHalves),
  };
  cache.set(pack, compiled);
  return compiled;
}

function cityOfHalf({ before, after }: PlacesPack['cityHalves']): (surface: string) => string | null {
  const alt = (words: readonly string[]): string => words.map(escapeRegex).join('|');
  const forms = [
    ...(before.length > 0 ? [new RegExp(`^(?:${alt(before)})\\s+(\\p{Lu}.*)$`, 'u')] : []),
    ...(after.length > 0 ? [new RegExp(`^(\\p{Lu}.*?)-(?:${alt(after)})$`, 'u')] : []),
  ];
  return (surface) => {
    for (const re of forms) {
      const m = re.exec(surface);
      if (m) return m[1]!;
    }
    return null;
  };
}

/**
 * Full month and weekday names ("décembre", "lundi") of the pack's language, or of every
 * language for the merged pack ('und'): the longest name of each month and day, so that
 * abbreviations that are also words ("mar", "sun") stay out.
 */
function calendarNames(code: string): string[] {
  const longest = (names: Record<string, number>): string[] => {
    const best = new Map<number, string>();
    for (const [name, n] of Object.entries(names)) if ((best.get(n)?.length ?? 0) < name.length) best.set(n, name);
    return [...best.values()];
  };
  return PACKS.filter((p) => code === 'und' || p.code === code).flatMap((p) => [...longest(p.months), ...longest(p.weekdays)]);
}
