/**
 * Place recognition and resolution over an article body: finds the names that are
 * places, chooses a gazetteer entry for each in the context of the whole article
 * (title included), and reports them in text order with exact offsets.
 */
import type { Gazetteer } from '../gazetteer/types.js';
import type { Entity, Place, Span } from '../types.js';
import { compilePack } from './compilePack.js';
import { lookupCache } from './lookupCache.js';
import type { PlacesPack } from './placesPack.js';
import { placesPackFor } from './placesPackFor.js';
import { recognizePlaces } from './recognizePlaces.js';
import { isPlace } from './placeEvidence.js';
import { resolveDrafts } from './resolveDrafts.js';
import { toPlace } from './toPlace.js';
import { tokenize } from './tokenize.js';

export interface PlaceContext {
  /** ISO 639-1 code of the text, or null when unknown (every pack's cues are used then). */
  language: string | null;
  /** The article's title: its places set the focus but are not reported (offsets are into the body). */
  title?: string | null;
  /** Sentence spans, accepted for a uniform analysis context; sentence starts are read from the text itself. */
  sentences?: Span[];
  /** People found by the entity layer: a name inside one is not a place. Nor is an organisation's or an armed group's name. */
  entities?: Entity[];
}

export function findPlaces(text: string, gazetteer: Gazetteer, context: PlaceContext, pack?: PlacesPack): Place[] {
  const p = compilePack(pack ?? placesPackFor(context.language));
  const lookup = lookupCache(gazetteer, context.language, p.cityOfHalf);
  const body = recognizePlaces(text, tokenize(text, p), lookup, p, { entities: context.entities });
  const title = context.title ? recognizePlaces(context.title, tokenize(context.title, p), lookup, p, { inTitle: true }) : [];
  const groups = groupNames(context.entities ?? []);
  const { resolutions, focus } = resolveDrafts([...title, ...body].filter((d) => !groups.has(d.text)));
  // One sense per article: a name taken as a place once is a place wherever it recurs
  // ("le quartier de al-Machad" … "A al-Machad, des témoins…").
  const accepted = new Set(resolutions.filter((r) => r.ranked.length > 0 && isPlace(r)).map((r) => r.draft.text.toLowerCase()));
  return resolutions
    .filter((r) => !r.draft.inTitle && (isPlace(r) || (r.ranked.length > 0 && accepted.has(r.draft.text.toLowerCase()))))
    .map((r) => toPlace(r, gazetteer, focus, { guess: false, fallbackToFocus: r.draft.byHead, townBefore: true }));
}

/**
 * The names under which the entity layer found an organisation or an armed group. Such
 * a name is not a place anywhere in the article, title included, even where the entity
 * layer did not read it ("Hamas-ruled"): "Hamas" is also an alternate name of Hamm, in
 * Germany. A place inside a longer name ("the Aleppo Media Center") is another text.
 */
function groupNames(entities: readonly Entity[]): Set<string> {
  return new Set(
    entities.filter((e) => e.kind === 'organization' || e.kind === 'armed_group').flatMap((e) => e.mentions.map((m) => m.text)),
  );
}
