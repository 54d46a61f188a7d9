/**
 * The trigger words of each sentence: every match of the pack's trigger patterns, with
 * overlapping matches resolved (the longer wins, then the rule listed first), and
 * generic words ("attacked") dropped when a specific one stands in the same sentence.
 * A specific word stands only if it meets its rule's conditions (`stands`): "take" with no
 * place after it ("to take the country to independence") leaves the sentence's "opened
 * fire on" standing.
 */
import type { Span } from '../analyze/types.js';
import type { CompiledEventPack } from './compileEventPack.js';
import type { TriggerRule } from './packs/eventPack.js';

export interface TriggerHit extends Span {
  rule: TriggerRule;
  /** Index of the rule in the pack, for deterministic ordering. */
  order: number;
}

/** The hits of each sentence, in the order of `sentences`. */
export function findTriggers(
  text: string,
  sentences: readonly Span[],
  compiled: CompiledEventPack,
  stands: (hit: TriggerHit, sentence: Span) => boolean = () => true,
): TriggerHit[][] {
  const hits: TriggerHit[][] = sentences.map(() => []);
  const slices: (string | undefined)[] = [];
  compiled.triggers.forEach(({ rule, re, gate }, order) => {
    // A pattern is matched within each sentence, but only in the sentences its gate
    // touches: one fast scan of the article instead of a slow one per sentence.
    for (const i of sentencesTouched(text, sentences, gate)) {
      const sentence = sentences[i]!;
      const slice = (slices[i] ??= text.slice(sentence.start, sentence.end));
      for (let m = firstMatch(re, slice); m !== null; m = nextMatch(re, slice, m)) {
        if (m[0].length === 0) continue;
        hits[i]!.push({ rule, order, start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
      }
    }
  });
  return hits.map((h, i) => resolveOverlaps(h, (hit) => stands(hit, sentences[i]!)));
}

function resolveOverlaps(hits: TriggerHit[], stands: (hit: TriggerHit) => boolean): TriggerHit[] {
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order || a.start - b.start);
  const apart: TriggerHit[] = [];
  for (const h of hits) if (!apart.some((k) => k.start < h.end && h.start < k.end)) apart.push(h);
  const kept = apart.filter(stands);
  const specific = kept.some((h) => !h.rule.generic);
  // "Jets and helicopter gunships fired rockets at…", « des hélicoptères ont tiré des
  // roquettes » : rockets fired by aircraft are the air strike's, not shelling.
  const air = kept.filter((h) => h.rule.kind === 'Air/drone strike');
  const airborne = (h: TriggerHit): boolean =>
    h.rule.kind === 'Shelling/artillery/missile attack' && air.some((a) => a.end <= h.start && h.start - a.end <= AIRBORNE_GAP);
  return kept.filter((h) => (!specific || !h.rule.generic) && !airborne(h)).sort((a, b) => a.start - b.start || a.order - b.order);
}

/** How far after the aircraft a rocket or a missile may be named and still be theirs (characters). */
const AIRBORNE_GAP = 40;

/**
 * Indexes of the sentences that a match of `gate` (global, without lookarounds) overlaps.
 * A match of the full pattern within a sentence is a match of the gate at the same
 * place, so the gate's scan of the whole text either finds one there or runs through
 * that place with an earlier match: either way the sentence is touched.
 */
function sentencesTouched(text: string, sentences: readonly Span[], gate: RegExp): number[] {
  const touched: number[] = [];
  let s = 0;
  for (let m = firstMatch(gate, text); m !== null; m = nextMatch(gate, text, m)) {
    const start = m.index;
    const end = Math.max(start + 1, start + m[0].length);
    while (s < sentences.length && sentences[s]!.end <= start) s++;
    for (let k = s; k < sentences.length && sentences[k]!.start < end; k++) {
      if (touched[touched.length - 1] !== k) touched.push(k);
    }
    if (s >= sentences.length) break;
  }
  return touched;
}

/*
 * The matches of a global pattern, as matchAll gives them, without the copy of the pattern
 * that matchAll makes at each call (a hundred-odd calls per article): firstMatch, then
 * nextMatch until null. The pattern's lastIndex is used and left as the scan leaves it.
 */
function firstMatch(re: RegExp, text: string): RegExpExecArray | null {
  re.lastIndex = 0;
  return re.exec(text);
}

function nextMatch(re: RegExp, text: string, previous: RegExpExecArray): RegExpExecArray | null {
  // Past an empty match, on by one character (two code units for a surrogate pair in a unicode pattern).
  if (previous[0].length === 0)
    re.lastIndex = previous.index + ((re.unicode || re.flags.includes('v')) && isPairAt(text, previous.index) ? 2 : 1);
  return re.exec(text);
}

function isPairAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
}
