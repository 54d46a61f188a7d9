import type { Block } from '../../core/article.js';
import { boilerplateReason } from '../boilerplate.js';
import { isDatelineLine } from '../dates/index.js';
import { BYLINE_RE } from '../bylines.js';

/** What the plain-text pipeline recovers from a crawler's text dump. */
export interface TextExtraction {
  title: string | null;
  lede: string | null;
  dateline: string | null;
  bylines: string[];
  blocks: Block[];
  removed: Array<{ reason: string; text: string }>;
}

/** A line, or several lines of a hard-wrapped paragraph, with its layout context. */
interface Unit {
  text: string;
  /** A blank line separates this unit from the previous one (or it is the first). */
  afterBlank: boolean;
  /** A blank line follows (or it is the last). */
  beforeBlank: boolean;
}

const NBSP_ONLY = /^[\s\u00a0\u200b\ufeff]*$/;
const SENTENCE_END = /[.!?…»"”)]$/;
/** Characters: photo captions under a dateline run to a line or so; ledes run longer. */
const MAX_CAPTION = 160;
const QUOTES = /^["“«»”'‘’\s]+|["“«»”'‘’\s]+$/g;

/**
 * Recovers the structure a crawler flattened away. Dumps follow a loose house
 * style — title, standfirst, dateline, photo caption, body with short subheads —
 * and each rule below reads one of those conventions from layout alone (line
 * length, sentence punctuation, blank lines), so it carries to unseen sources.
 */
export function extractText(input: string, repeated: ReadonlySet<string> | null): TextExtraction {
  const removed: TextExtraction['removed'] = [];
  const units = toUnits(input, repeated, removed);
  const kept: Unit[] = [];
  for (const u of units) {
    const reason = boilerplateReason(u.text);
    if (reason) removed.push({ reason, text: u.text });
    else kept.push(u);
  }

  let i = 0;
  let title: string | null = null;
  const first = kept[0];
  if (
    (first && first.text.length <= 220 && !/[.!?]$/.test(first.text.replace(QUOTES, ''))) ||
    (first && first.text.length <= 160 && kept.length > 2)
  ) {
    title = first!.text;
    i = 1;
  }
  // The dateline usually sits in the first few units; everything between the
  // title and it is the standfirst.
  let datelineAt = -1;
  for (let j = i; j < Math.min(kept.length, i + 6); j++) {
    if (isDatelineLine(kept[j]!.text)) {
      datelineAt = j;
      break;
    }
  }
  let lede: string | null = null;
  let dateline: string | null = null;
  const bylines: string[] = [];
  const blocks: Block[] = [];
  if (datelineAt >= 0) {
    const between = kept.slice(i, datelineAt);
    const prose = between.filter((u) => !BYLINE_RE.test(u.text));
    for (const u of between) if (BYLINE_RE.test(u.text)) bylines.push(u.text);
    if (prose.length > 0) lede = prose.map((u) => u.text).join(' ');
    dateline = kept[datelineAt]!.text;
    i = datelineAt + 1;
    // A single short sentence glued under the dateline (no blank line) is the
    // caption of the photo the crawler dropped. Captions are a line or so; a longer
    // unit there is the lede paragraph glued to the dateline, and is body.
    const next = kept[i];
    if (next && !next.afterBlank && next.text.length <= MAX_CAPTION && sentences(next.text) <= 2) {
      blocks.push({ kind: 'caption', text: next.text });
      i++;
    }
  }
  let seenBody = false;
  for (; i < kept.length; i++) {
    const u = kept[i]!;
    if (!seenBody && u.text.length < 100 && BYLINE_RE.test(u.text)) {
      bylines.push(u.text);
      continue;
    }
    if (!seenBody && dateline === null && isDatelineLine(u.text)) {
      dateline = u.text;
      continue;
    }
    const next = kept[i + 1];
    if (seenBody && next && isHeading(u, next)) {
      blocks.push({ kind: 'heading', text: u.text.replace(QUOTES, ''), level: 2 });
      continue;
    }
    blocks.push({ kind: 'paragraph', text: u.text });
    seenBody = true;
  }
  return { title, lede, dateline, bylines, blocks, removed };
}

/** A subhead: short, no sentence punctuation of its own, between paragraphs. */
function isHeading(u: Unit, next: Unit): boolean {
  const bare = u.text.replace(QUOTES, '');
  if (bare.length === 0 || bare.length > 90 || words(bare) > 12) return false;
  if (/[.,;:!?…]$/.test(bare)) return false;
  return u.afterBlank && u.beforeBlank && next.text.length > bare.length;
}

function words(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

function sentences(s: string): number {
  return (s.match(/[.!?…](?:\s|$)/g) ?? []).length || 1;
}

/**
 * Splits a dump into units. Blank lines (including lines of only NBSP) separate
 * paragraphs. Hard-wrapped text (most lines broken near one width) is re-joined;
 * otherwise every line is its own unit, because dumps glue a dateline and a
 * caption onto consecutive lines.
 */
function toUnits(input: string, repeated: ReadonlySet<string> | null, removed: TextExtraction['removed']): Unit[] {
  const lines = input.replace(/\r\n?/g, '\n').split('\n');
  const paras: string[][] = [];
  let cur: string[] = [];
  for (const raw of lines) {
    // Lines the batch saw in several documents of this source are dropped before
    // paragraphs are assembled, so a hard-wrapped paragraph cannot hide them.
    if (repeated && repeated.size > 0 && repeated.has(raw.replace(/\s+/g, ' ').trim())) {
      removed.push({ reason: 'repeated', text: raw.trim() });
      continue;
    }
    if (NBSP_ONLY.test(raw)) {
      if (cur.length > 0) paras.push(cur);
      cur = [];
    } else cur.push(raw.replace(/[\s\u00a0]+/g, ' ').trim());
  }
  if (cur.length > 0) paras.push(cur);
  const wrapped = isHardWrapped(paras);
  const units: Unit[] = [];
  for (const p of paras) {
    const parts = wrapped ? [p.join(' ')] : p;
    parts.forEach((text, k) => units.push({ text, afterBlank: k === 0, beforeBlank: k === parts.length - 1 }));
  }
  return units;
}

function isHardWrapped(paras: string[][]): boolean {
  const multi = paras.filter((p) => p.length >= 3);
  if (multi.length === 0) return false;
  let near = 0;
  let total = 0;
  for (const p of multi) {
    for (const l of p.slice(0, -1)) {
      total++;
      if (l.length >= 55 && l.length <= 100) near++;
    }
  }
  return total > 0 && near / total > 0.8 && !multi.some((p) => p.some((l) => l.length > 110));
}

export { SENTENCE_END };
