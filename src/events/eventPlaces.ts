/**
 * Which resolved places a trigger is about: the first place on the rule's side of it
 * within the pack's window and the same clause, then the places listed after that one
 * ("de Boustane al-Qasr, l'un des plus fortifiés, ainsi que de Ferdous et de Kallassé").
 * Nationality adjectives that qualify an actor ("armée syrienne") are not places of events.
 */
import type { Entity, Place, Span } from '../analyze/types.js';
import type { CompiledEventPack } from './compileEventPack.js';
import { isCoarse } from './isCoarse.js';
import type { TriggerRule } from './packs/eventPack.js';

/** Places an event can be located at, in text order. */
export function locatablePlaces(places: readonly Place[], entities: readonly Entity[]): Place[] {
  const mentions = entities.flatMap((e) => (e.kind === 'place' ? [] : e.mentions));
  return places
    .filter(
      (p) =>
        p.resolved &&
        p.lat !== null &&
        p.lon !== null &&
        /\p{Lu}/u.test(p.mention.text) &&
        !mentions.some((m) => m.start < p.mention.end && p.mention.start < m.end),
    )
    .sort((a, b) => a.mention.start - b.mention.start);
}

export function placesForTrigger(
  text: string,
  sentence: Span,
  hit: Span,
  side: TriggerRule['places'],
  places: readonly Place[],
  compiled: CompiledEventPack,
  /** Other triggers of the sentence: a place past one of them is that trigger's. */
  others: readonly Span[],
): Place[] {
  const inSentence = places.filter((p) => p.mention.start >= sentence.start && p.mention.end <= sentence.end);
  const window = compiled.pack.placeWindow;
  const joined = (from: number, to: number): boolean =>
    to - from <= window && !breaks(text.slice(from, to), compiled) && !others.some((o) => o.start >= from && o.end <= to);
  const after = (): Place[] => {
    const out: Place[] = [];
    let edge = hit.end;
    for (const p of inSentence) {
      if (p.mention.start < edge) continue;
      if (!joined(edge, p.mention.start)) break;
      out.push(p);
      edge = p.mention.end;
    }
    return out;
  };
  const before = (): Place[] => {
    const out: Place[] = [];
    let edge = hit.start;
    for (const p of [...inSentence].reverse()) {
      if (p.mention.end > edge) continue;
      if (!joined(p.mention.end, edge)) break;
      out.unshift(p);
      edge = p.mention.start;
    }
    return out;
  };
  if (side === 'after') return after();
  if (side === 'before') return before();
  const found = after();
  if (found.length > 0) return found;
  const near = before();
  if (near.length > 0) return near;
  // "A al-Machad, des témoins ont affirmé que les déplacés…": the sentence's nearest place before the trigger.
  const preceding = inSentence.filter((p) => p.mention.end <= hit.start);
  return preceding.length > 0 ? [preceding[preceding.length - 1]!] : [];
}

/**
 * Where an event whose sentence names no place happened: the last place named before it
 * in the same paragraph, else the place the article names most often.
 */
export function contextPlace(text: string, at: number, places: readonly Place[]): Place | null {
  const paragraphStart = text.lastIndexOf('\n\n', at);
  const earlier = places.filter((p) => p.mention.end <= at && p.mention.start > paragraphStart);
  // The paragraph's last town or district, else its last country ("Au Soudan, …").
  const finer = earlier.filter((p) => !isCoarse(p));
  if (finer.length > 0) return finer[finer.length - 1]!;
  if (earlier.length > 0) return earlier[earlier.length - 1]!;
  const counts = new Map<string, { place: Place; n: number }>();
  for (const p of places) {
    // A country or a continent named often is the story's setting, not where things happened.
    if (isCoarse(p)) continue;
    const key = placeKey(p);
    const c = counts.get(key) ?? { place: p, n: 0 };
    c.n++;
    counts.set(key, c);
  }
  let best: { place: Place; n: number } | null = null;
  for (const c of counts.values()) if (best === null || c.n > best.n) best = c;
  return best?.place ?? null;
}

/** Identity of a resolved place across its mentions. */
export function placeKey(p: Place): string {
  return p.geonameId !== null ? `g${p.geonameId}` : `${p.name}@${p.lat?.toFixed(4)},${p.lon?.toFixed(4)}`;
}

function breaks(gap: string, compiled: CompiledEventPack): boolean {
  compiled.clauseBreaks.lastIndex = 0;
  return compiled.clauseBreaks.test(gap) || /[.!?]/.test(gap);
}
