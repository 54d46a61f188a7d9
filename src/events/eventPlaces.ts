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

/**
 * How far after a change-of-hands verb a word pointing back at the story's town ("the
 * town", "the last streets of the Old City") is looked for.
 */
export const TOWN_ANAPHOR_REACH = 60;

/**
 * Places an event can be located at, in text order. A place inside an organisation's name
 * ("Hong Kong police" aside, "the Democratic Party of Kurdistan") locates nothing, unless the
 * name is a building's that opens with its town ("the Islamabad High Court"): `facilityHead`
 * matches the pack's words for such buildings.
 */
export function locatablePlaces(
  places: readonly Place[],
  entities: readonly Entity[],
  facilityHead?: RegExp,
  /** A locative preposition ending a name before its place ("Parlement à Tbilissi"): the place is where the named thing stands. */
  locativeInName?: RegExp,
): Place[] {
  const mentions = entities.flatMap((e) => (e.kind === 'place' ? [] : e.mentions));
  // A word taken for an acronym inside a longer place name ("PHNOM PENH —") is part of the place.
  const within = (m: { start: number; end: number }, p: Place): boolean =>
    m.start >= p.mention.start && m.end <= p.mention.end && m.end - m.start < p.mention.end - p.mention.start;
  const building = (m: { start: number; text: string }, p: Place): boolean =>
    (facilityHead !== undefined && m.start === p.mention.start && facilityHead.test(m.text)) ||
    (locativeInName !== undefined && p.mention.start > m.start && locativeInName.test(m.text.slice(0, p.mention.start - m.start)));
  return places
    .filter(
      (p) =>
        p.resolved &&
        p.lat !== null &&
        p.lon !== null &&
        /\p{Lu}/u.test(p.mention.text) &&
        !mentions.some((m) => m.start < p.mention.end && p.mention.start < m.end && !building(m, p) && !within(m, p)),
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
  // A town inside the trigger's own words ("Crowds in Tehran stormed") is where it happened.
  const inside = inSentence.filter((p) => p.mention.start >= hit.start && p.mention.end <= hit.end && !isCoarse(p));
  if (inside.length > 0) return inside;
  const window = compiled.pack.placeWindow;
  const joined = (from: number, to: number): boolean =>
    to - from <= window && !breaks(text.slice(from, to), compiled) && !others.some((o) => o.start >= from && o.end <= to);
  /** The places joined one to the next from `from` on: "at Tripoli and Misrata". */
  const after = (from = hit.end): Place[] => {
    const out: Place[] = [];
    let edge = from;
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
  if (side === 'after') {
    const found = after();
    if (found.length > 0 || !compiled.townAnaphor.test(text.slice(hit.end, hit.end + TOWN_ANAPHOR_REACH))) return found;
    // « À Bouaké, deuxième ville du pays, les mutins ont pris le contrôle de la ville »: the
    // town is the one the sentence named before the verb.
    const named = inSentence.filter((p) => p.mention.end <= hit.start && !isCoarse(p));
    return named.length > 0 ? [named[named.length - 1]!] : [];
  }
  if (side === 'before') return before();
  const found = after();
  if (found.length > 0) return found;
  const near = before();
  if (near.length > 0) return near;
  // "A al-Machad, des témoins ont affirmé que les déplacés…": the sentence's nearest place before the trigger.
  const preceding = inSentence.filter((p) => p.mention.end <= hit.start);
  if (preceding.length > 0) return [preceding[preceding.length - 1]!];
  // "Clashes between Druze fighters and armed Bedouin tribesmen broke out in the city of
  // Suwayda": a long subject puts the place past the window, but it is still the sentence's,
  // unless another trigger stands between and claims it, or a comma or a clause break hands
  // it to another clause ("fled the city, many heading towards Takhar").
  const following = inSentence.find((p) => p.mention.start >= hit.end);
  if (following === undefined) return [];
  const between = text.slice(hit.end, following.mention.start);
  const claimed = others.some((o) => o.start >= hit.end && o.end <= following.mention.start);
  if (claimed || breaks(between, compiled)) return [];
  if (!between.includes(',')) return [following];
  // "…on air defence sites, notably around Tripoli and Misrata": a comma opening a list of
  // where it struck hands the towns on, each an event of its own.
  if (!compiled.placesIntro.test(between.slice(between.lastIndexOf(',') + 1))) return [];
  return [following, ...after(following.mention.end)];
}

/**
 * What may follow a dateline's place before its dash: "(Syrie)", "(Reuters)", ", 12 déc.",
 * and the other towns of a shared dateline ("NEW DELHI/ISLAMABAD, Feb 26 (Reuters) -").
 * The dash is a long one, or a hyphen set between spaces as agencies type it ("TOKYO, March 2 (AP) - ").
 */
const DATELINE_TAIL =
  /^(?:\s*\/\s*\p{Lu}[\p{Lu}\p{M}.'’ -]{0,30}?(?=[\s,(/]))*(?:\s*\([^)\n]{1,40}\))?(?:,[^\n—–]{1,40})?(?:\s*[—–]|\s+-)\s/u;

/**
 * Places that open a paragraph before a dash, as wire copy files its dispatches
 * ("LAHORE — …", "BAMAKO (Reuters) — …", "Paris, 12 déc. (AFP) – …"): where the reporter
 * writes from, not where things happened. The event is "in the eastern city of Sialkot"
 * further on, or in the story's other places; the dateline stands only when nothing else does.
 */
export function datelinePlaces(text: string, places: readonly Place[]): Set<Place> {
  const out = new Set<Place>();
  for (const p of places) {
    const start = p.mention.start;
    if (start !== 0 && text[start - 1] !== '\n') continue;
    const tail = DATELINE_TAIL.exec(text.slice(p.mention.end, p.mention.end + 80));
    if (tail === null) continue;
    // Capitals ("LAHORE"), or an agency or date between name and dash: not a sentence's subject.
    if (p.mention.text !== p.mention.text.toUpperCase() && !/[(,]/.test(tail[0])) continue;
    out.add(p);
    // The region or country that situates it ("ROTHERHAM, England —", "ERBIL (Irak) —") is the dateline's too.
    const tailEnd = p.mention.end + tail[0].length;
    for (const q of places) if (q.mention.start >= p.mention.end && q.mention.end <= tailEnd) out.add(q);
  }
  return out;
}

/**
 * Mentions in the title, the lede and the first paragraph of the body (a wire story's
 * first three paragraphs) count this many times: they name the story's place.
 */
const LEDE_WEIGHT = 2;
const LEDE_PARAGRAPHS = 3;

/** What the article says of where its story is set, beyond the candidate places. */
export interface StorySetting {
  /** The dateline's places: they never locate an event by its paragraph, but count among the article's places. */
  dateline: readonly Place[];
  /** Every place the text names, countries included: the lede's tell whether the dateline is abroad. */
  named: readonly Place[];
  /** The article's title: a place it names is the story's ("… l'attaque jihadiste de Grand-Bassam"). */
  title: string | null;
}

/**
 * Where an event whose sentence names no place happened: the last place named before it
 * in the same paragraph, else the place the article names most often (the lede's and
 * those the title names too weighing more, the first named winning ties). Streets and
 * buildings are not candidates: their town is.
 */
export function contextPlace(
  text: string,
  at: number,
  candidates: readonly Place[],
  { dateline: setting, named, title }: StorySetting = { dateline: [], named: candidates, title: null },
): Place | null {
  const places = candidates.filter((p) => p.kind !== 'other');
  const paragraphStart = text.lastIndexOf('\n\n', at);
  const earlier = places.filter((p) => p.mention.end <= at && p.mention.start > paragraphStart);
  // The paragraph's last town or district, else its last region, else its last country
  // ("Au Soudan, …"): "Nanterre (Hauts-de-Seine)" is Nanterre.
  const towns = earlier.filter((p) => p.kind === 'city' || p.kind === 'district');
  if (towns.length > 0) return towns[towns.length - 1]!;
  const finer = earlier.filter((p) => !isCoarse(p));
  if (finer.length > 0) return finer[finer.length - 1]!;
  // A country named in the paragraph is where things happened only if the story has towns
  // there: "Les États-Unis … ont appelé à la retenue" in a story from Tajikistan places nothing.
  const homeCountries = new Set(places.filter((p) => p.kind === 'city' || p.kind === 'district').map((p) => p.country));
  const athome = earlier.filter((p) => p.kind !== 'country' || homeCountries.size === 0 || homeCountries.has(p.country));
  if (athome.length > 0) return athome[athome.length - 1]!;
  let ledeEnd = 0;
  for (let k = 0; k < LEDE_PARAGRAPHS && ledeEnd >= 0; k++) ledeEnd = text.indexOf('\n\n', ledeEnd === 0 ? 0 : ledeEnd + 2);
  if (ledeEnd < 0) ledeEnd = text.length;
  const counts = new Map<string, { place: Place; n: number }>();
  // A dateline abroad is where the reporter files from ("NAIROBI, Kenya — … in northern
  // Somalia"): when the lede names other countries' places only, it counts once, not as a
  // place the lede tells of.
  const ledeCountries = new Set(
    named.filter((p) => p.mention.start < ledeEnd && p.country !== null && !setting.includes(p)).map((p) => p.country),
  );
  const abroad = new Set(setting.filter((s) => ledeCountries.size > 0 && !ledeCountries.has(s.country)));
  for (const p of [...places, ...setting.filter((s) => s.kind !== 'other')]) {
    // A country or a continent named often is the story's setting, not where things happened.
    if (isCoarse(p)) continue;
    const key = placeKey(p);
    const c = counts.get(key) ?? { place: p, n: 0 };
    c.n += p.mention.start < ledeEnd && !abroad.has(p) ? LEDE_WEIGHT : 1;
    counts.set(key, c);
  }
  if (title !== null) for (const c of counts.values()) if (namesInTitle(title, c.place)) c.n += LEDE_WEIGHT;
  // A district's mentions count for its city too: the story is set in the city.
  for (const c of counts.values()) {
    if (c.place.kind !== 'district' || c.place.parent === null) continue;
    for (const city of counts.values()) if (city.place.kind === 'city' && city.place.name === c.place.parent) city.n += c.n;
  }
  let best: { place: Place; n: number } | null = null;
  for (const c of counts.values()) if (best === null || c.n > best.n) best = c;
  return best?.place ?? null;
}

/** Whether the title names a place as the text does ("Grand-Bassam"), as a whole word. */
function namesInTitle(title: string, p: Place): boolean {
  const at = title.toLowerCase().indexOf(p.mention.text.toLowerCase());
  if (at < 0) return false;
  const end = at + p.mention.text.length;
  return !/[\p{L}\p{N}]/u.test(title[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(title[end] ?? ' ');
}

/** Identity of a resolved place across its mentions. */
export function placeKey(p: Place): string {
  return p.geonameId !== null ? `g${p.geonameId}` : `${p.name}@${p.lat?.toFixed(4)},${p.lon?.toFixed(4)}`;
}

function breaks(gap: string, compiled: CompiledEventPack): boolean {
  if (/[.!?]/.test(gap)) return true;
  // A relative pronoun with no comma before it opens a clause about the noun it follows
  // ("fired on workers who were leaving the station in Gdynia"): no break.
  for (const m of gap.matchAll(compiled.clauseBreaks)) {
    if (!compiled.restrictiveRelative.test(m[0]) || /,\s*$/u.test(gap.slice(0, m.index))) return true;
  }
  return false;
}
