/**
 * The word lists place recognition needs for one language. Packs are data: every rule
 * table lives in `src/analyze/packs/<code>/places.ts`, and supporting a language means
 * writing one more pack. Every word is lower-case; multi-word phrases are written with
 * single spaces and are matched token by token.
 */
import type { PlaceKind } from '../types.js';

export interface PlacesPack {
  /** ISO 639-1 code. */
  code: string;
  /**
   * Singular nouns announcing a place of a given kind ("quartier", "district", "province").
   * The place follows the noun, directly ("le quartier Ferdous"), after a comma or colon
   * ("le quartier, Ferdous"), or through a link word; with a link word only a definite
   * noun names the place ("le quartier de Ferdous", "the district of X"), while an
   * indefinite one places it in the next name ("un quartier de Damas": Damas contains it).
   * In English the noun may also follow the name ("Idlib province").
   */
  kindCues: Record<string, PlaceKind>;
  /**
   * Plural forms. With a link word they say nothing ("les quartiers d'Alep" are Aleppo's
   * districts, "the cities of Homs and Hama" are cities); after a comma or colon they
   * announce a list ("deux quartiers, Soukkari et al-Machad").
   */
  pluralKindCues: Record<string, PlaceKind>;
  /** Definite determiners, contracted forms included ("le", "du", "the"). */
  definiteArticles: string[];
  /**
   * Adjectives that may stand between a definite article and a kind noun without
   * changing what the noun names: "the eastern city of Sialkot" is Sialkot, the city.
   */
  cueQualifiers: string[];
  /**
   * Capitalised words that open the name of a part of a town ("le Petit Bayonne", "Old
   * Delhi"): such a name is no person's, and its last word stays a place elsewhere.
   */
  partOfTownWords: string[];
  /**
   * Words and phrases after which a capitalised name is likely a place ("à", "près de",
   * "in", "north of"). They make recognition accept weaker names; they say nothing of the kind.
   */
  locativeCues: string[];
  /**
   * Locative words that take towns and not countries: French « à Mexico », « à Koweït »,
   * « à Djibouti » name the capital, as the countries take « au », « en », « aux ». After
   * one, a capital named after its country is the capital. English has none ("in Kuwait").
   */
  townLocatives: string[];
  /**
   * Words between a name and the next one that place the first inside the second: "the
   * Palais des Nations in Geneva", « l'hôpital Al-Chifa à Gaza ». A comma or a bracket does
   * the same ("Oulton Park, Cheshire") and needs no entry.
   */
  hostLinks: string[];
  /**
   * Words that make a country the owner of an institution, not where it stands: "the U.S.
   * embassy" (after the name), « l'ambassade de France » (before it). Such a mention says
   * who, like a national adjective, and barely moves the article's focus.
   */
  ownerWords: { before: string[]; after: string[] };
  /**
   * Words by which a plural kind noun announces examples, like a comma or a colon: "states
   * such as California or Washington", « des villes comme Alep et Homs ».
   */
  listIntroducers: string[];
  /** Link words that may stand between a cue and the name it announces ("de", "d'", "of", "the"). */
  cueLinks: string[];
  /**
   * Words chaining the items of a list ("et", "ainsi que", "and", "as well as"): a name
   * listed after a cued name inherits the cue ("le quartier de X ainsi que de Y et de Z").
   */
  listConnectors: string[];
  /** Lower-case words allowed inside a multi-word name ("Rio de Janeiro", "Bosnia and Herzegovina"). */
  nameConnectors: string[];
  /**
   * Arabic (and similar) article particles that may open a name in lower case and are
   * glued to the name by a hyphen ("al-Machad", "ez-Zor") or stand alone inside it ("Ras al Khaimah").
   */
  particles: string[];
  /** Elided articles and prepositions glued to the next word by an apostrophe ("d'", "l'"). Without the apostrophe. */
  elisions: string[];
  /** Articles never kept at the start of a mention ("the Netherlands" → "Netherlands"). */
  articles: string[];
  /** Endings glued after an apostrophe and split off a name: possessives and contractions ("Britain's", "I'll"). */
  clitics: string[];
  /**
   * Verbs of saying right after a name ("Bryant said", "Holland recalled"): the name is a
   * person's, unless it is a country or a first-level region speaking for its government.
   */
  speechVerbs: string[];
  /**
   * Capitalised words that never start a place name on their own: months, weekdays,
   * sentence-initial function words, titles and the heads of organisation names.
   * They may still appear inside a longer gazetteer name ("The Hague", "Sheikh Said").
   */
  stopwords: string[];
  /** Titles and honorifics before a person's name ("M.", "Mr", "président"): a name after one is a person. */
  personTitles: string[];
  /**
   * Lower-case roles written right before a name ("commander Said Hassan", « le militant
   * Adama Traoré »): a name after one is a person's, as after a title. Unlike titles they
   * are never abbreviated, so one that ends a sentence ("the Iraqi leader. The British
   * army…") names no one after it.
   */
  personRoles: string[];
  /**
   * Nouns that make an unknown capitalised name a place by themselves, and where they
   * stand: trailing heads in English ("Frenchmen Street", "Mississippi River"), leading
   * heads in French ("rue de Rivoli", "place Tahrir").
   */
  placeHeads: { leading: string[]; trailing: string[] };
  /**
   * The heads of street names, a subset of placeHeads: a street is named after a person,
   * a saint or a faraway town ("Royal Street", « rue de Paris »), so a place name inside it
   * says nothing about where it runs; the city around it does.
   */
  streetHeads: { leading: string[]; trailing: string[] };
  /**
   * The heads of a facility named after the town it serves, a subset of placeHeads
   * (« l'aéroport de Maribor », "the port of Mokpo", "Entebbe airport"): when the name next to
   * one, in lower case, is a known town, the town is the place, as ACLED locates a facility at its town.
   * Other heads name something the gazetteer does not know (« la place de Mai »).
   */
  townHeads: string[];
  /**
   * Words naming one half of a divided city, written before its name ("East Berlin", "West
   * Beirut") or after it with a hyphen (« Beyrouth-Ouest », « Berlin-Est »): the half is
   * located at the city when the gazetteer knows no sizeable town by the whole name.
   */
  cityHalves: { before: string[]; after: string[] };
  /**
   * Capitalised kind nouns that belong to the name right before them even when more
   * capitalised words follow: "Montgomery County Democrats" names "Montgomery County".
   */
  nameHeads: string[];
  /**
   * How national adjectives are written: French writes them in lower case ("l'armée
   * syrienne") and capitalises the noun for the people ("les Syriens"); English
   * capitalises both. Only adjectives are taken as place mentions.
   */
  demonymCase: 'lower' | 'capitalised';
  /** Endings of lower-case national adjectives, to avoid looking up every lower-case word. */
  demonymEndings: string[];
  /**
   * Plural endings of demonyms. Where adjectives are written in lower case (French) they
   * are stripped before lookup ("syriens" → "syrien"); where they are capitalised
   * (English), a plural names the people ("the Syrians"), never the place.
   */
  demonymPlurals: string[];
  /**
   * Common given names. A place of that name ("Victoria", "Paul", "Julia") is doubted
   * unless well known or announced by a cue, and a given name followed by a capitalised
   * word opens a person's name ("Paul Brewbaker").
   */
  givenNames: string[];
  /**
   * Common words that are also names of places ("Union", "Enterprise", "Mobile"): the
   * capitalised word is more often a title or an organisation's name, so the place needs
   * more evidence (a cue, its region named too).
   */
  commonWords: string[];
  /**
   * Words after which a national adjective is a language ("speaks French", "in Arabic"):
   * not a place.
   */
  languageCues: string[];
}
