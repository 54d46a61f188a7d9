/**
 * The trigger words of one sentence: every match of the pack's trigger patterns, with
 * overlapping matches resolved (the longer wins, then the rule listed first), and
 * generic words ("attacked") dropped when a specific one stands in the same sentence.
 */
import type { Span } from '../analyze/types.js';
import type { CompiledEventPack } from './compileEventPack.js';
import type { TriggerRule } from './packs/eventPack.js';

export interface TriggerHit extends Span {
  rule: TriggerRule;
  /** Index of the rule in the pack, for deterministic ordering. */
  order: number;
}

export function findTriggers(text: string, sentence: Span, compiled: CompiledEventPack): TriggerHit[] {
  const slice = text.slice(sentence.start, sentence.end);
  const hits: TriggerHit[] = [];
  compiled.triggers.forEach(({ rule, re }, order) => {
    re.lastIndex = 0;
    for (const m of slice.matchAll(re)) {
      if (m[0].length === 0) continue;
      hits.push({ rule, order, start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
    }
  });
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order || a.start - b.start);
  const kept: TriggerHit[] = [];
  for (const h of hits) if (!kept.some((k) => k.start < h.end && h.start < k.end)) kept.push(h);
  const specific = kept.some((h) => !h.rule.generic);
  return kept.filter((h) => !specific || !h.rule.generic).sort((a, b) => a.start - b.start || a.order - b.order);
}
