/**
 * Whether a trigger reports an event that happened: the pack's negation, hypothesis,
 * future, background and claim cues searched in a window around it (within its
 * sentence), and the dates printed near it compared with the publication date.
 */
import type { Span, TimeExpression } from '../analyze/types.js';
import type { CompiledCue, CompiledEventPack } from './compileEventPack.js';
import type { EventFlags } from './types.js';

/** A date printed this close to a trigger dates it. */
const TIME_WINDOW = 60;
/** What may stand before a date that opens its sentence: nothing, or a short preposition ("In", « En », « Le »). */
const FRONTED = /^\s*(?:\p{L}{1,4}\s+)?$/u;
/** A dated event older than this before publication is recalled, not reported. */
const BACKGROUND_DAYS = 31;

export function readFlags(
  text: string,
  sentence: Span,
  hit: Span,
  compiled: CompiledEventPack,
  times: readonly TimeExpression[],
  published: string | null,
): Omit<EventFlags, 'fatalitiesEstimated'> {
  const has = (cues: CompiledCue[]): boolean => cues.some((c) => cueNear(text, sentence, hit, c));
  const flags = {
    negated: has(compiled.cues.negation),
    hypothetical: has(compiled.cues.hypothetical),
    future: has(compiled.cues.future),
    background: has(compiled.cues.background),
    reportedClaim: has(compiled.cues.claim),
  };
  const pub = published === null ? null : Date.parse(published.slice(0, 10));
  if (pub !== null && !Number.isNaN(pub)) {
    for (const t of times) {
      if (t.value === null || t.span.start < sentence.start || t.span.end > sentence.end) continue;
      // A date that opens the sentence ("En 2004, des dizaines de mercenaires … avaient été
      // arrêtés") sets the time of all of it, however far the trigger.
      const opens = t.span.start < hit.start && FRONTED.test(text.slice(sentence.start, t.span.start));
      if (!opens && (t.span.end < hit.start - TIME_WINDOW || t.span.start > hit.end + TIME_WINDOW)) continue;
      const period = periodOf(t.value);
      if (period === null) continue;
      if (period.start > pub) flags.future = true;
      // A year or a month is background once it ended long enough before: "in early 2014", "the 2017 blast".
      else if (pub - period.end > BACKGROUND_DAYS * 86_400_000) flags.background = true;
    }
  }
  return flags;
}

function cueNear(text: string, sentence: Span, hit: Span, cue: CompiledCue): boolean {
  const test = (from: number, to: number): boolean => {
    // Widened to whole words, so that the end of "personne" is not read as "ne".
    while (from > sentence.start && /[\p{L}\p{N}]/u.test(text[from - 1]!)) from--;
    while (to < sentence.end && /[\p{L}\p{N}]/u.test(text[to]!)) to++;
    if (to <= from) return false;
    cue.re.lastIndex = 0;
    return cue.re.test(text.slice(from, to));
  };
  // The trigger itself is searched too: "ne se sont pas retirés" may be one match.
  const before = test(Math.max(sentence.start, hit.start - cue.window), hit.end);
  if (cue.side === 'before') return before;
  const after = test(hit.start, Math.min(sentence.end, hit.end + cue.window));
  return cue.side === 'after' ? after : before || after;
}

/** First and last day (as epoch ms) of a day, a month or a year value; null for other values. */
function periodOf(value: string): { start: number; end: number } | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (m === null) return null;
  const y = Number(m[1]);
  if (m[3] !== undefined) {
    const day = Date.UTC(y, Number(m[2]) - 1, Number(m[3]));
    return { start: day, end: day };
  }
  if (m[2] !== undefined) return { start: Date.UTC(y, Number(m[2]) - 1, 1), end: Date.UTC(y, Number(m[2]), 0) };
  return { start: Date.UTC(y, 0, 1), end: Date.UTC(y, 11, 31) };
}
