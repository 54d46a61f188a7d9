/**
 * Resolution of given place mentions: the spans come from elsewhere (an annotator, a
 * benchmark's gold toponyms, another recogniser) and each gets one Place, in the order
 * given. It runs the same resolution as findPlaces, with the same context (cue words,
 * lists, title, focus), so that resolution can be measured apart from recognition.
 */
import type { Gazetteer, NameMatch } from '../gazetteer/types.js';
import type { Place, Span } from '../types.js';
import type { CompiledPlacesPack } from './compilePack.js';
import { compilePack } from './compilePack.js';
import type { PlaceContext } from './findPlaces.js';
import { isDemonym, lookupCache, type Lookup } from './lookupCache.js';
import type { PlaceDraft } from './placeDraft.js';
import type { PlacesPack } from './placesPack.js';
import { placesPackFor } from './placesPackFor.js';
import { attachCues } from './readCues.js';
import { recognizePlaces } from './recognizePlaces.js';
import { resolveDrafts } from './resolveDrafts.js';
import { toPlace } from './toPlace.js';
import { tokenize, type Token } from './tokenize.js';
import { sameWord } from './foldWord.js';

export interface ResolvePlacesOptions {
  /**
   * Resolve every mention that has a candidate to its best one, however weak, and
   * locate the others at the place in focus. Default false: weak mentions are left
   * unresolved. Benchmarks that score every mention set it.
   */
  guess?: boolean;
  pack?: PlacesPack;
}

/** Inside a span the gazetteer does not know, a shorter name must match this well to stand for it. */
const INNER_MIN_SCORE = 0.9;
const MAX_INNER_TOKENS = 6;

export function resolvePlaces(
  text: string,
  spans: readonly Span[],
  gazetteer: Gazetteer,
  context: PlaceContext,
  options: ResolvePlacesOptions = {},
): Place[] {
  const p = compilePack(options.pack ?? placesPackFor(context.language));
  const lookup = lookupCache(gazetteer, context.language, p.cityOfHalf);
  const tokens = tokenize(text, p);
  // Drafts must be in text order for cues and lists; the output follows the given order.
  const order = spans.map((_, n) => n).sort((a, b) => (spans[a]?.start ?? 0) - (spans[b]?.start ?? 0));
  const drafts: PlaceDraft[] = order.map((n) => draftFor(text, spans[n]!, tokens, lookup, p));
  attachCues(drafts, tokens, p);
  const title = context.title ? recognizePlaces(context.title, tokenize(context.title, p), lookup, p, { inTitle: true }) : [];
  const { resolutions, focus } = resolveDrafts([...title, ...drafts]);
  const body = resolutions.slice(title.length);
  const guess = options.guess === true;
  const out = new Array<Place>(spans.length);
  order.forEach((n, k) => {
    out[n] = toPlace(body[k]!, gazetteer, focus, { guess, fallbackToFocus: guess });
  });
  return out;
}

function draftFor(text: string, span: Span, tokens: readonly Token[], lookup: Lookup, pack: CompiledPlacesPack): PlaceDraft {
  const start = Math.max(0, Math.min(span.start, text.length));
  const end = Math.max(start, Math.min(span.end, text.length));
  const surface = text.slice(start, end);
  const [first, last] = tokenRange(tokens, start, end);
  let matches = surface.trim() ? lookup(surface) : [];
  let inner = false;
  if (matches.length === 0) {
    matches = innerMatches(text, tokens, first, last, lookup, pack);
    inner = matches.length > 0;
  }
  return {
    start,
    end,
    text: surface,
    matches,
    inner,
    cue: null,
    locative: false,
    townLocative: false,
    listed: false,
    demonym: matches.some((m) => isDemonym(m) && sameWord(m.matchedName, surface)),
    byHead: matches.length === 0,
    doubt: 0,
    source: text,
    given: true,
    inTitle: false,
    firstToken: first,
    lastToken: last,
    hostedBy: null,
    owner: false,
  };
}

/** First and last token inside [start, end) (the nearest ones when none lies inside). */
function tokenRange(tokens: readonly Token[], start: number, end: number): [number, number] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.end ?? 0) <= start) lo = mid + 1;
    else hi = mid;
  }
  const first = Math.min(lo, Math.max(0, tokens.length - 1));
  let last = first;
  while (last + 1 < tokens.length && (tokens[last + 1]?.start ?? Infinity) < end) last++;
  return [first, last];
}

/**
 * The longest capitalised name inside the span that the gazetteer knows ("Walker" in
 * "Walker County Sheriff's Office", "Durban" in "Durban court"), or nothing.
 */
function innerMatches(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  lookup: Lookup,
  pack: CompiledPlacesPack,
): NameMatch[] {
  // A street's name says nothing of where it runs: "Royal Street" is not in Royal City.
  const head = (k: number): string => tokens[k]?.key ?? '';
  if (pack.leadingStreetHeads.has(head(first)) || (last > first && pack.trailingStreetHeads.has(head(last)))) return [];
  const caps: number[] = [];
  for (let k = first; k <= last; k++) {
    const t = tokens[k];
    // A kind word ("Street", "Church") names no place by itself: "Press Street" is not "Street".
    if (t?.word && t.cap && !pack.trailingHeads.has(t.key)) caps.push(k);
  }
  // A common word starts or joins a longer name ("New" in "New Orleans Railways"), never stands alone.
  const common = (k: number): boolean => pack.stopwords.has(tokens[k]!.key);
  for (let len = Math.min(MAX_INNER_TOKENS, caps.length); len >= 1; len--) {
    for (let i = 0; i + len <= caps.length; i++) {
      const a = caps[i]!;
      const b = caps[i + len - 1]!;
      // Only contiguous words: a name does not skip over others.
      if (b - a !== len - 1) continue;
      if (len === 1 && common(a)) continue;
      const found = lookup(text.slice(tokens[a]!.start, tokens[b]!.end)).filter((m) => m.score >= INNER_MIN_SCORE && m.how !== 'partial');
      if (found.length > 0) return found;
    }
  }
  return [];
}
