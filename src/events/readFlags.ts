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
  const around = windowsAround(text, sentence, hit);
  const has = (cues: CompiledCue[]): boolean => cues.some((c) => cueNear(around, c));
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
      // "the deadliest attack since the 1998 bombing": a yardstick, not the attack's time.
      if (t.span.start >= hit.end && compiled.comparedSince.test(text.slice(hit.end, t.span.start))) continue;
      const period = periodOf(t.value);
      if (period === null) continue;
      if (period.start > pub) flags.future = true;
      // A year or a month is background once it ended long enough before: "in early 2014", "the 2017 blast".
      else if (pub - period.end > BACKGROUND_DAYS * 86_400_000) flags.background = true;
    }
  }
  return flags;
}

/** The text a cue is searched in, for a side and a window (null where there is none): read once for all the cues that share it. */
type Windows = (side: 'before' | 'after', window: number) => string | null;

function windowsAround(text: string, sentence: Span, hit: Span): Windows {
  const read = new Map<number, string | null>();
  const widened = (from: number, to: number): string | null => {
    // Widened to whole words, so that the end of "personne" is not read as "ne".
    while (from > sentence.start && WORD_CHAR.test(text[from - 1]!)) from--;
    while (to < sentence.end && WORD_CHAR.test(text[to]!)) to++;
    return to <= from ? null : text.slice(from, to);
  };
  return (side, window) => {
    // One key per side and window: before as is, after as its complement.
    const key = side === 'before' ? window : -1 - window;
    let slice = read.get(key);
    if (slice === undefined) {
      // The trigger itself is searched too: "ne se sont pas retirés" may be one match.
      slice =
        side === 'before'
          ? widened(Math.max(sentence.start, hit.start - window), hit.end)
          : widened(hit.start, Math.min(sentence.end, hit.end + window));
      read.set(key, slice);
    }
    return slice;
  };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function cueNear(around: Windows, cue: CompiledCue): boolean {
  const test = (side: 'before' | 'after'): boolean => {
    const slice = around(side, cue.window);
    if (slice === null) return false;
    cue.re.lastIndex = 0;
    return cue.re.test(slice);
  };
  if (cue.side === 'before') return test('before');
  if (cue.side === 'after') return test('after');
  return test('before') || test('after');
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
