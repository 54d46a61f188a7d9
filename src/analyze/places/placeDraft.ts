/**
 * A place mention between recognition and resolution: where it is, what the gazetteer
 * offers for it, and what the words around it say.
 */
import type { NameMatch } from '../gazetteer/types.js';
import type { PlaceKind } from '../types.js';

/** What a cue word says of the name it announces. */
export interface PlaceCue {
  kind: PlaceKind;
  /** 'is': the name is of that kind ("le quartier de X"); 'contains': it contains one ("un quartier de X"). */
  role: 'is' | 'contains';
  /** Taken from the previous item of a list rather than from a word before the name. */
  inherited: boolean;
}

export interface PlaceDraft {
  start: number;
  end: number;
  text: string;
  /** Gazetteer candidates, one per entry, best match score first; empty when none matched. */
  matches: NameMatch[];
  /** Matches found for a shorter name inside the mention ("Walker" of "Walker County Sheriff's Office"). */
  inner: boolean;
  cue: PlaceCue | null;
  /** Preceded by a locative word ("à", "in", "north of"). */
  locative: boolean;
  /** Preceded by a locative word that takes towns, not countries (« à Koweït »): see PlacesPack.townLocatives. */
  townLocative: boolean;
  /** An item of a list of names ("Croft, Yorkshire", "Ferdous et Kallassé"). */
  listed: boolean;
  /** A national adjective ("Syrian", "syrienne"). */
  demonym: boolean;
  /** A country named as the owner of an institution ("the U.S. embassy", « l'ambassade de France »): it says who, not where. */
  owner: boolean;
  /**
   * Found by a place noun rather than the gazetteer ("Frenchmen Street", "rue de Rivoli"):
   * the gazetteer does not know it, and it is located by the place in focus.
   */
  byHead: boolean;
  /**
   * Grounds to doubt that the name is a place at all, 0 (none) .. 1: a capitalised common
   * word, a name inside a person's name. Lowers recognition confidence only.
   */
  doubt: number;
  /** The text the offsets point into (the body, or the title). */
  source: string;
  /** Given by the caller as a place mention (resolvePlaces), not recognised. */
  given: boolean;
  /** In the title rather than the body: counts for the focus, is not reported. */
  inTitle: boolean;
  /**
   * How the next mention says where this one lies, or null: after a comma or a bracket
   * that opens no list ('mark': "Oulton Park, Cheshire", "Durban (South Africa)"), or
   * after a host word ('word': "the Palais des Nations in Geneva", « l'hôpital Al-Chifa à
   * Gaza »). A building or an unknown name is located there rather than at the focus.
   */
  hostedBy: 'mark' | 'word' | null;
  /** Index of the mention's first and last token (in its own token list). */
  firstToken: number;
  lastToken: number;
}
