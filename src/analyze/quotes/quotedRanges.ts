import type { Span } from '../types.js';

const markPatterns = new WeakMap<object, RegExp>();

/** Any quotation mark of the pack, to skip the many paragraphs that have none. */
function markPattern(marks: readonly (readonly [string, string])[]): RegExp {
  let re = markPatterns.get(marks);
  if (!re) {
    const chars = [...new Set(marks.flat())].map((c) => c.replace(/[\]\\^-]/g, '\\$&')).join('');
    re = new RegExp(`[${chars}]`);
    markPatterns.set(marks, re);
  }
  return re;
}

/**
 * Quoted stretches of `text[from, to)` (one paragraph or line), as spans from the
 * opening mark to just after the closing mark, outermost only. Distinct pairs (« », “ ”)
 * nest; a mark used for both ends (") pairs in order, and is ignored in a paragraph where
 * it is unbalanced, since pairing would then be a guess. Unclosed openings are dropped.
 */
export function quotedRanges(text: string, from: number, to: number, marks: readonly (readonly [string, string])[]): Span[] {
  const out: Span[] = [];
  if (!markPattern(marks).test(text.slice(from, to))) return out;
  const same = new Set<string>();
  const openers = new Map<string, string>();
  const closers = new Set<string>();
  for (const [o, c] of marks) {
    if (o === c) same.add(o);
    else {
      openers.set(o, c);
      closers.add(c);
    }
  }
  const usable = new Set<string>();
  if (same.size) {
    const counts = new Map<string, number>();
    for (let i = from; i < to; i++) {
      const ch = text[i]!;
      if (same.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    }
    for (const [ch, n] of counts) if (n % 2 === 0) usable.add(ch);
  }
  // The outermost open mark and how deep we are inside it.
  let openAt = -1;
  let openMark = '';
  let depth = 0;
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (openAt < 0) {
      if (openers.has(ch) || usable.has(ch)) {
        openAt = i;
        openMark = ch;
        depth = 1;
      }
      continue;
    }
    if (usable.has(openMark)) {
      if (ch === openMark) {
        out.push({ start: openAt, end: i + 1 });
        openAt = -1;
      }
      continue;
    }
    if (ch === openMark) depth++;
    else if (ch === openers.get(openMark)) {
      depth--;
      if (depth === 0) {
        out.push({ start: openAt, end: i + 1 });
        openAt = -1;
      }
    }
  }
  return out;
}
