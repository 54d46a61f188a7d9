/**
 * Data for the events benchmark: the development set (`bench/events/devset/NN-LL-slug.txt`
 * with its gold reading `NN-LL-slug.json`), the seed dispatch with its reference reading
 * (`../shared/seed`, `../shared/gold/seed.json`), and the Aleppo districts fixture
 * (`../shared/data/geo/aleppo_neighbourhoods_centroids.csv`), read in place and never
 * copied into the project.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { GazetteerEntry } from '../../src/analyze/gazetteer/types.js';
import { aleppoDistrictEntries } from '../../test/analyze/helpers/aleppoDistricts.js';
import { REPO_ROOT } from './dataset.js';
import type { GoldEvent, NotEvent } from './eventScore.js';

export const DEFAULT_DEVSET_DIR = 'bench/events/devset';
export const SHARED_DIR = resolve(REPO_ROOT, '../shared');
export const SEED_TEXT = join(SHARED_DIR, 'seed', '000_0de1e556a333c2f9.txt');
export const SEED_GOLD = join(SHARED_DIR, 'gold', 'seed.json');
export const ALEPPO_DISTRICTS_CSV = join(SHARED_DIR, 'data', 'geo', 'aleppo_neighbourhoods_centroids.csv');

export interface EventText {
  /** File name without extension ("03-en-slug"), or "seed". */
  id: string;
  /** Path of the text, relative to the repository root. */
  file: string;
  language: string;
  bytes: Uint8Array;
  published: string | null;
  gold: GoldEvent[];
  notEvents: NotEvent[];
}

const DEVSET_FILE = /^(\d+)-([a-z]{2})-(.+)\.json$/;

export function resolveDevsetDir(dir: string = DEFAULT_DEVSET_DIR): string {
  return resolve(REPO_ROOT, dir);
}

interface RawGold {
  document?: { language?: unknown; published?: unknown };
  events?: unknown;
  not_events?: unknown;
  places?: unknown;
}

const str = (x: unknown): string | null => (typeof x === 'string' && x !== '' ? x : null);
const num = (x: unknown): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);

function goldEvents(raw: RawGold, where: string, aliasesOf: (place: string) => string[] = () => []): GoldEvent[] {
  if (!Array.isArray(raw.events)) throw new Error(`${where}: "events" is not an array`);
  return (raw.events as Record<string, unknown>[]).map((e, i) => {
    const subEventType = str(e.sub_event_type);
    const eventType = str(e.event_type);
    const place = str(e.place);
    if (subEventType === null || eventType === null || place === null)
      throw new Error(`${where}: event ${i} lacks sub_event_type, event_type or place`);
    return {
      subEventType,
      eventType,
      date: str(e.date),
      place,
      aliases: aliasesOf(place),
      lat: num(e.lat),
      lon: num(e.lon),
      fatalities: num(e.fatalities),
      evidence: str(e.evidence) ?? undefined,
    };
  });
}

/** `{ text, why }` objects; the seed's are sentences quoting the text between single quotes. */
function notEvents(raw: RawGold): NotEvent[] {
  if (!Array.isArray(raw.not_events)) return [];
  const out: NotEvent[] = [];
  for (const n of raw.not_events as unknown[]) {
    if (typeof n === 'string') {
      const quoted = /^'(.+?)'(?=\s|$)/u.exec(n);
      out.push({ text: quoted?.[1] ?? n, why: n });
    } else if (n !== null && typeof n === 'object') {
      const text = str((n as Record<string, unknown>).text);
      if (text !== null) out.push({ text, why: str((n as Record<string, unknown>).why) ?? undefined });
    }
  }
  return out;
}

/** Every text of the development set with its gold, sorted by file name. Texts without a gold file are left out. */
export function loadDevset(dir: string): { texts: EventText[]; skipped: string[] } {
  const names = readdirSync(dir).sort();
  const texts: EventText[] = [];
  const skipped: string[] = [];
  for (const name of names) {
    const m = DEVSET_FILE.exec(name);
    if (!m) continue;
    const base = name.slice(0, -'.json'.length);
    const txt = join(dir, `${base}.txt`);
    if (!existsSync(txt)) {
      skipped.push(`${name}: no ${base}.txt`);
      continue;
    }
    let raw: RawGold;
    try {
      raw = JSON.parse(readFileSync(join(dir, name), 'utf8')) as RawGold;
    } catch (e) {
      skipped.push(`${name}: ${(e as Error).message}`);
      continue;
    }
    try {
      texts.push({
        id: base,
        file: relativeToRoot(txt),
        language: m[2]!,
        bytes: readFileSync(txt),
        published: str(raw.document?.published),
        gold: goldEvents(raw, name),
        notEvents: notEvents(raw),
      });
    } catch (e) {
      skipped.push(`${name}: ${(e as Error).message}`);
    }
  }
  for (const name of names) {
    if (name.endsWith('.txt') && !names.includes(`${name.slice(0, -4)}.json`)) skipped.push(`${name}: no gold .json yet`);
  }
  return { texts, skipped };
}

interface SeedPlace {
  surface?: unknown;
  english_forms?: unknown;
}

/**
 * The seed dispatch. Its gold events have no coordinates: they are matched on names, and
 * each place also answers to the spellings the gold lists for it ("Aleppo - Kallasse" is
 * also "Aleppo - Kallaseh", "Aleppo - Kalasa"…).
 */
export function loadSeed(): EventText | null {
  if (!existsSync(SEED_TEXT) || !existsSync(SEED_GOLD)) return null;
  const raw = JSON.parse(readFileSync(SEED_GOLD, 'utf8')) as RawGold;
  const places = Array.isArray(raw.places) ? (raw.places as SeedPlace[]) : [];
  const fold = (s: string): string =>
    s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/^(?:al|el)-/, '');
  const aliasesOf = (place: string): string[] => {
    const m = /^(.+?) - (.+)$/.exec(place);
    if (!m) return [];
    const [, city, district] = m as unknown as [string, string, string];
    const forms = (p: SeedPlace): string[] => [
      ...(typeof p.surface === 'string' ? [p.surface] : []),
      ...(Array.isArray(p.english_forms) ? p.english_forms.filter((f): f is string => typeof f === 'string') : []),
    ];
    const entry = places.find((p) => forms(p).some((f) => fold(f) === fold(district)));
    return entry ? forms(entry).map((f) => `${city} - ${f}`) : [];
  };
  return {
    id: 'seed',
    file: relativeToRoot(SEED_TEXT),
    language: str(raw.document?.language) ?? 'fr',
    bytes: readFileSync(SEED_TEXT),
    published: str(raw.document?.published),
    gold: goldEvents(raw, SEED_GOLD, aliasesOf),
    notEvents: notEvents(raw),
  };
}

function relativeToRoot(path: string): string {
  const root = REPO_ROOT.endsWith('/') ? REPO_ROOT : `${REPO_ROOT}/`;
  return path.startsWith(root) ? path.slice(root.length) : path;
}

/** Aleppo's districts as gazetteer entries (kind district, parent Aleppo), or null when the fixture is missing. */
export function aleppoDistricts(): GazetteerEntry[] | null {
  // The same reader as the tests', so that both see the fixture alike.
  return existsSync(ALEPPO_DISTRICTS_CSV) ? aleppoDistrictEntries() : null;
}

/** Whether a text names Aleppo, so that its districts are worth adding to the gazetteer. */
export function namesAleppo(text: string): boolean {
  return /(?<![\p{L}\p{N}])(?:Alep|Aleppo|Halab|حلب)(?![\p{L}\p{N}])/iu.test(text);
}
