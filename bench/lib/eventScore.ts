/**
 * Scoring for the events benchmark (bench/events.ts): coded event records against a
 * gold reading, document by document. Pure: no file, no clock, no engine.
 *
 * - A record matches a gold event when the sub-type is equal, the place matches and the
 *   dates are at most one day apart (a null date, on either side, never matches).
 * - Place match: the record's location lies within 2 km of the gold point when the gold
 *   has coordinates, or its name equals one of the gold's names after folding
 *   (`foldPlaceName`: lowercase, accents stripped, "al-"/"el-" articles dropped, hyphens,
 *   apostrophes and spaces removed).
 * - Matching is one-to-one and greedy within a document: of all the candidate pairs, the
 *   closest in date is taken first, then the closest in km, then the earliest record.
 * - Per sub-type and per event type: TP/FP/FN, precision, recall, F1. The event-type rows
 *   come from their own matching, with event types compared instead of sub-types.
 * - Sub-type accuracy: records paired one-to-one with gold events on place and date alone
 *   (pairs that also agree on the sub-type are taken first, so that an arbitrary pairing
 *   cannot lower the figure); the share of pairs whose sub-types are equal. Event-type
 *   accuracy likewise with event types.
 * - Fatality accuracy: among the matched events, the share whose `fatalities` equals the
 *   gold's (null equals null); also reported with 0 and null taken as equal.
 * - Traps: a gold `not_event` is hit when a record's evidence overlaps its span in the text.
 */
import { haversineKm } from '../../src/analyze/places/haversineKm.js';

/** How far (km) a record's location may lie from the gold point. */
export const PLACE_KM = 2;
/** How many days apart a record's date and the gold's may be. */
export const DATE_DAYS = 1;

/** What is scored of a record: `EventRecord` fits it, and so does the keyword peer's output. */
export interface ScoredEvent {
  subEventType: string;
  eventType: string;
  date: string | null;
  location: { name: string; lat: number; lon: number };
  fatalities: number | null;
  evidence: ReadonlyArray<{ start: number; end: number; text?: string }>;
}

export interface GoldEvent {
  subEventType: string;
  eventType: string;
  date: string | null;
  /** ACLED-style name ("Aleppo - Sukkari"). */
  place: string;
  /** Other names the place is known by, matched like `place`. */
  aliases?: readonly string[];
  lat: number | null;
  lon: number | null;
  fatalities: number | null;
  /** The gold's evidence substring, for error listings. */
  evidence?: string;
}

export interface NotEvent {
  /** A substring of the text; "..." or "…" may stand for an elided stretch. */
  text: string;
  why?: string;
}

/** One document: its gold reading, what a system coded, and the text evidence offsets point into. */
export interface ScoredDocument {
  id: string;
  text: string;
  gold: readonly GoldEvent[];
  notEvents: readonly NotEvent[];
  records: readonly ScoredEvent[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  /** Gold events (tp + fn). */
  support: number;
  /** NaN when nothing was predicted. */
  precision: number;
  /** NaN when there is no gold event. */
  recall: number;
  /** NaN when precision or recall is NaN; 0 when both are 0. */
  f1: number;
}

export interface Ratio {
  hits: number;
  total: number;
  /** hits / total, NaN when total is 0. */
  value: number;
}

export interface EventError {
  document: string;
  kind: 'fp' | 'fn';
  subEventType: string;
  place: string;
  date: string | null;
  evidence: string;
  /** The nearest gold event (for a false positive) or record (for a false negative) that missed on one condition. */
  hint: string | null;
}

export interface EventScore {
  documents: number;
  bySubType: Map<string, Counts>;
  byEventType: Map<string, Counts>;
  micro: Counts;
  eventTypeMicro: Counts;
  subTypeAccuracy: Ratio;
  eventTypeAccuracy: Ratio;
  fatalityAccuracy: Ratio;
  /** The same with 0 and unknown (null) taken as equal: ACLED writes 0 where no death is reported, Vigie null. */
  fatalityAccuracyZeroUnknown: Ratio;
  /** Not-events hit, out of those located in the text. */
  traps: Ratio;
  /** Not-events whose text could not be found in the document's text (not counted in `traps`). */
  trapsUnlocated: number;
  errors: EventError[];
}

/** Folds a place name for comparison: "Aleppo - al-Mashhad", "aleppo mashhad" and "Aleppo-Mashhad" all give "aleppomashhad". */
export function foldPlaceName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/(^|[\s\-'’ʼ‘`])(?:al|el)[-\s'’ʼ]+/g, '$1')
    .replace(/[\s\-'’ʼ‘`‐‑–—]/g, '');
}

/** Days from 1970-01-01 for a YYYY-MM-DD date (any time part is ignored); null for anything else. */
export function dayNumber(date: string | null): number | null {
  if (date === null) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(t) ? Math.round(t / 86_400_000) : null;
}

/** Days between two dates, or null when either is null or not a full date. */
export function dayDistance(a: string | null, b: string | null): number | null {
  const x = dayNumber(a);
  const y = dayNumber(b);
  return x === null || y === null ? null : Math.abs(x - y);
}

/** Whether a record's location is the gold place, and how far from the gold point it lies (0 when the gold has none). */
export function placeMatch(record: ScoredEvent, gold: GoldEvent): { ok: boolean; km: number } {
  const km =
    gold.lat !== null && gold.lon !== null ? haversineKm(record.location.lat, record.location.lon, gold.lat, gold.lon) : Number.NaN;
  if (km <= PLACE_KM) return { ok: true, km };
  const name = foldPlaceName(record.location.name);
  const named = [gold.place, ...(gold.aliases ?? [])].some((n) => foldPlaceName(n) === name);
  return { ok: named, km: Number.isNaN(km) ? 0 : km };
}

export type MatchKey = 'subEventType' | 'eventType';

export interface Pair {
  record: number;
  gold: number;
  days: number;
  km: number;
}

/**
 * One-to-one greedy matching of one document's records to its gold events on place and
 * date, and on `key` when given. Without a key, pairs that agree on `prefer` go first.
 */
export function matchEvents(
  records: readonly ScoredEvent[],
  gold: readonly GoldEvent[],
  key: MatchKey | null,
  prefer: MatchKey | null = null,
): Pair[] {
  const candidates: Array<Pair & { agree: number }> = [];
  records.forEach((r, i) => {
    gold.forEach((g, j) => {
      if (key !== null && r[key] !== g[key]) return;
      const days = dayDistance(r.date, g.date);
      if (days === null || days > DATE_DAYS) return;
      const place = placeMatch(r, g);
      if (!place.ok) return;
      candidates.push({ record: i, gold: j, days, km: place.km, agree: prefer !== null && r[prefer] === g[prefer] ? 0 : 1 });
    });
  });
  candidates.sort((a, b) => a.agree - b.agree || a.days - b.days || a.km - b.km || a.record - b.record || a.gold - b.gold);
  const usedRecords = new Set<number>();
  const usedGold = new Set<number>();
  const pairs: Pair[] = [];
  for (const c of candidates) {
    if (usedRecords.has(c.record) || usedGold.has(c.gold)) continue;
    usedRecords.add(c.record);
    usedGold.add(c.gold);
    pairs.push({ record: c.record, gold: c.gold, days: c.days, km: c.km });
  }
  return pairs;
}

export function counts(tp: number, fp: number, fn: number): Counts {
  const precision = tp + fp > 0 ? tp / (tp + fp) : Number.NaN;
  const recall = tp + fn > 0 ? tp / (tp + fn) : Number.NaN;
  const f1 =
    Number.isNaN(precision) || Number.isNaN(recall)
      ? Number.NaN
      : precision + recall > 0
        ? (2 * precision * recall) / (precision + recall)
        : 0;
  return { tp, fp, fn, support: tp + fn, precision, recall, f1 };
}

function ratio(hits: number, total: number): Ratio {
  return { hits, total, value: total > 0 ? hits / total : Number.NaN };
}

/** Where a not-event's text lies in the document: exact, else with any run of whitespace matching any other; "..." elides. */
export function locateSpan(text: string, needle: string): { start: number; end: number } | null {
  const parts = needle
    .split(/\s*(?:\.\.\.|…)\s*/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (parts.length === 0) return null;
  let from = 0;
  let start = -1;
  let end = -1;
  for (const part of parts) {
    const found = findLoose(text, part, from);
    if (found === null) return null;
    if (start < 0) start = found.start;
    end = found.end;
    from = found.end;
  }
  return { start, end };
}

function findLoose(text: string, part: string, from: number): { start: number; end: number } | null {
  const exact = text.indexOf(part, from);
  if (exact >= 0) return { start: exact, end: exact + part.length };
  const pattern = part
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]"))
    .join('\\s+');
  const re = new RegExp(pattern, 'gu');
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function tally(map: Map<string, { tp: number; fp: number; fn: number }>, key: string, field: 'tp' | 'fp' | 'fn'): void {
  let c = map.get(key);
  if (!c) map.set(key, (c = { tp: 0, fp: 0, fn: 0 }));
  c[field]++;
}

function finish(map: Map<string, { tp: number; fp: number; fn: number }>): Map<string, Counts> {
  const out = new Map<string, Counts>();
  for (const k of [...map.keys()].sort()) {
    const c = map.get(k)!;
    out.set(k, counts(c.tp, c.fp, c.fn));
  }
  return out;
}

function evidenceText(doc: ScoredDocument, r: ScoredEvent): string {
  const e = r.evidence[0];
  if (!e) return '';
  return (e.text ?? doc.text.slice(e.start, e.end)).replace(/\s+/g, ' ').trim();
}

/** The nearest miss, in words, for an error listing, with its rank (lower is nearer). */
function hintFor(r: ScoredEvent, g: GoldEvent, side: 'fp' | 'fn'): { rank: number; hint: string } | null {
  const samePlace = placeMatch(r, g).ok;
  const days = dayDistance(r.date, g.date);
  const sameDate = days !== null && days <= DATE_DAYS;
  const sameType = r.subEventType === g.subEventType;
  const other = side === 'fp' ? 'gold' : 'coded';
  const [place, date, type] = side === 'fp' ? [g.place, g.date, g.subEventType] : [r.location.name, r.date, r.subEventType];
  if (sameType && sameDate && !samePlace) return { rank: 0, hint: `${other} place ${place}` };
  if (sameType && samePlace && !sameDate) return { rank: 1, hint: `${other} date ${date ?? 'none'}` };
  if (samePlace && sameDate && !sameType) return { rank: 2, hint: `${other} here: ${type}` };
  return null;
}

function nearest(hints: ReadonlyArray<{ rank: number; hint: string } | null>): string | null {
  let best: { rank: number; hint: string } | null = null;
  for (const h of hints) if (h !== null && (best === null || h.rank < best.rank)) best = h;
  return best?.hint ?? null;
}

/** Scores documents; every figure is a micro-average over them. */
export function scoreEvents(docs: readonly ScoredDocument[]): EventScore {
  const bySub = new Map<string, { tp: number; fp: number; fn: number }>();
  const byType = new Map<string, { tp: number; fp: number; fn: number }>();
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let ttp = 0;
  let tfp = 0;
  let tfn = 0;
  let subAgree = 0;
  let typeAgree = 0;
  let subPairs = 0;
  let typePairs = 0;
  let fatalRight = 0;
  let fatalLoose = 0;
  let trapHits = 0;
  let trapTotal = 0;
  let trapsUnlocated = 0;
  const errors: EventError[] = [];

  for (const doc of docs) {
    const { records, gold } = doc;
    // Sub-type level.
    const pairs = matchEvents(records, gold, 'subEventType');
    const matchedRecords = new Set(pairs.map((p) => p.record));
    const matchedGold = new Set(pairs.map((p) => p.gold));
    for (const p of pairs) {
      tp++;
      tally(bySub, gold[p.gold]!.subEventType, 'tp');
      const [f, gf] = [records[p.record]!.fatalities, gold[p.gold]!.fatalities];
      if (f === gf) fatalRight++;
      if ((f ?? 0) === (gf ?? 0)) fatalLoose++;
    }
    records.forEach((r, i) => {
      if (matchedRecords.has(i)) return;
      fp++;
      tally(bySub, r.subEventType, 'fp');
      const near = nearest(gold.map((g) => hintFor(r, g, 'fp')));
      errors.push({
        document: doc.id,
        kind: 'fp',
        subEventType: r.subEventType,
        place: r.location.name,
        date: r.date,
        evidence: evidenceText(doc, r),
        hint: near,
      });
    });
    gold.forEach((g, j) => {
      if (matchedGold.has(j)) return;
      fn++;
      tally(bySub, g.subEventType, 'fn');
      const near = nearest(records.map((r) => hintFor(r, g, 'fn')));
      errors.push({
        document: doc.id,
        kind: 'fn',
        subEventType: g.subEventType,
        place: g.place,
        date: g.date,
        evidence: (g.evidence ?? '').replace(/\s+/g, ' ').trim(),
        hint: near,
      });
    });

    // Event-type level.
    const typed = matchEvents(records, gold, 'eventType');
    const typedRecords = new Set(typed.map((p) => p.record));
    const typedGold = new Set(typed.map((p) => p.gold));
    for (const p of typed) {
      ttp++;
      tally(byType, gold[p.gold]!.eventType, 'tp');
    }
    records.forEach((r, i) => {
      if (typedRecords.has(i)) return;
      tfp++;
      tally(byType, r.eventType, 'fp');
    });
    gold.forEach((g, j) => {
      if (typedGold.has(j)) return;
      tfn++;
      tally(byType, g.eventType, 'fn');
    });

    // Accuracies on place-and-date pairs.
    for (const p of matchEvents(records, gold, null, 'subEventType')) {
      subPairs++;
      if (records[p.record]!.subEventType === gold[p.gold]!.subEventType) subAgree++;
    }
    for (const p of matchEvents(records, gold, null, 'eventType')) {
      typePairs++;
      if (records[p.record]!.eventType === gold[p.gold]!.eventType) typeAgree++;
    }

    // Traps.
    for (const ne of doc.notEvents) {
      const span = locateSpan(doc.text, ne.text);
      if (span === null) {
        trapsUnlocated++;
        continue;
      }
      trapTotal++;
      if (records.some((r) => r.evidence.some((e) => overlaps(e, span)))) trapHits++;
    }
  }

  return {
    documents: docs.length,
    bySubType: finish(bySub),
    byEventType: finish(byType),
    micro: counts(tp, fp, fn),
    eventTypeMicro: counts(ttp, tfp, tfn),
    subTypeAccuracy: ratio(subAgree, subPairs),
    eventTypeAccuracy: ratio(typeAgree, typePairs),
    fatalityAccuracy: ratio(fatalRight, tp),
    fatalityAccuracyZeroUnknown: ratio(fatalLoose, tp),
    traps: ratio(trapHits, trapTotal),
    trapsUnlocated,
    errors,
  };
}
