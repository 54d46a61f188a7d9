/**
 * Turns a PlacesPack (plain lists, easy to read and edit) into the sets and token
 * sequences the recogniser looks words up in, once per pack.
 */
import type { PlaceKind } from '../types.js';
import type { PlacesPack } from './placesPack.js';
import { foldWord } from './foldWord.js';

export interface CompiledPlacesPack {
  pack: PlacesPack;
  kindCues: Map<string, PlaceKind>;
  pluralKindCues: Map<string, PlaceKind>;
  definiteArticles: Set<string>;
  /** Locative phrases as folded word sequences, longest first. */
  locativeCues: string[][];
  cueLinks: Set<string>;
  /** List connectors as folded word sequences, longest first. */
  listConnectors: string[][];
  nameConnectors: Set<string>;
  particles: Set<string>;
  elisions: Set<string>;
  articles: Set<string>;
  clitics: Set<string>;
  speechVerbs: Set<string>;
  stopwords: Set<string>;
  personTitles: Set<string>;
  leadingHeads: Set<string>;
  trailingHeads: Set<string>;
  nameHeads: Set<string>;
  demonymEndings: string[];
  demonymPlurals: string[];
  givenNames: Set<string>;
  commonWords: Set<string>;
  languageCues: Set<string>;
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
    cueLinks: folded(pack.cueLinks),
    listConnectors: phrases(pack.listConnectors),
    nameConnectors: folded(pack.nameConnectors),
    particles: folded(pack.particles),
    elisions: folded(pack.elisions),
    articles: folded(pack.articles),
    clitics: folded(pack.clitics),
    speechVerbs: folded(pack.speechVerbs),
    // Titles are never place names either: one list serves both purposes.
    stopwords: folded([...pack.stopwords, ...pack.personTitles]),
    personTitles: folded(pack.personTitles),
    leadingHeads: folded(pack.placeHeads.leading),
    trailingHeads: folded(pack.placeHeads.trailing),
    nameHeads: folded(pack.nameHeads),
    demonymEndings: [...new Set(pack.demonymEndings.map(foldWord))],
    demonymPlurals: [...new Set(pack.demonymPlurals.map(foldWord))],
    givenNames: folded(pack.givenNames),
    commonWords: folded(pack.commonWords),
    languageCues: folded(pack.languageCues),
  };
  cache.set(pack, compiled);
  return compiled;
}
