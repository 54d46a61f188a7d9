import { enPlaces } from '../packs/en/places.js';
import { frPlaces } from '../packs/fr/places.js';
import type { PlacesPack } from './placesPack.js';

/** Every shipped places pack. Adding a language: write `packs/xx/places.ts` and list it here. */
export const PLACES_PACKS: readonly PlacesPack[] = [frPlaces, enPlaces];

let merged: PlacesPack | undefined;

/**
 * The pack for a language. For an unknown or undetected language, the union of every
 * pack: a cue or stop word of any shipped language is still a good hint, and English
 * conventions (capitalised adjectives) are the safer default for demonyms.
 */
export function placesPackFor(language: string | null | undefined): PlacesPack {
  const exact = PLACES_PACKS.find((p) => p.code === language);
  if (exact) return exact;
  merged ??= mergePacks(PLACES_PACKS);
  return merged;
}

function mergePacks(packs: readonly PlacesPack[]): PlacesPack {
  const union = (pick: (p: PlacesPack) => readonly string[]): string[] => [...new Set(packs.flatMap(pick))];
  return {
    code: 'und',
    kindCues: Object.assign({}, ...packs.map((p) => p.kindCues)) as PlacesPack['kindCues'],
    pluralKindCues: Object.assign({}, ...packs.map((p) => p.pluralKindCues)) as PlacesPack['pluralKindCues'],
    definiteArticles: union((p) => p.definiteArticles),
    cueQualifiers: union((p) => p.cueQualifiers),
    partOfTownWords: union((p) => p.partOfTownWords),
    locativeCues: union((p) => p.locativeCues),
    townLocatives: union((p) => p.townLocatives),
    cueLinks: union((p) => p.cueLinks),
    hostLinks: union((p) => p.hostLinks),
    ownerWords: { before: union((p) => p.ownerWords.before), after: union((p) => p.ownerWords.after) },
    listIntroducers: union((p) => p.listIntroducers),
    listConnectors: union((p) => p.listConnectors),
    nameConnectors: union((p) => p.nameConnectors),
    particles: union((p) => p.particles),
    elisions: union((p) => p.elisions),
    articles: union((p) => p.articles),
    clitics: union((p) => p.clitics),
    speechVerbs: union((p) => p.speechVerbs),
    stopwords: union((p) => p.stopwords),
    personTitles: union((p) => p.personTitles),
    personRoles: union((p) => p.personRoles),
    placeHeads: { leading: union((p) => p.placeHeads.leading), trailing: union((p) => p.placeHeads.trailing) },
    streetHeads: { leading: union((p) => p.streetHeads.leading), trailing: union((p) => p.streetHeads.trailing) },
    townHeads: union((p) => p.townHeads),
    cityHalves: { before: union((p) => p.cityHalves.before), after: union((p) => p.cityHalves.after) },
    nameHeads: union((p) => p.nameHeads),
    demonymCase: 'capitalised',
    demonymEndings: [],
    demonymPlurals: [],
    givenNames: union((p) => p.givenNames),
    commonWords: union((p) => p.commonWords),
    languageCues: union((p) => p.languageCues),
  };
}
