/**
 * Access to GeoWebNews (Gritta, Pilehvar & Collier 2020): 200 news articles with their
 * toponyms, typed and located (`GWN.xml`), and the subset with GeoNames ids
 * (`gwn_full.txt`, one line per article: `name,,surface,,lat,,lon,,start,,end||…`).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { REPO_ROOT } from './dataset.js';

export const DEFAULT_GWN_DIR = '../shared/bench/geoparse/geowebnews';

export interface GoldToponym {
  start: number;
  end: number;
  text: string;
  /** GWN type: Literal, Metonymic, Literal_Modifier, Non_Toponym… */
  type: string;
  /** Gold coordinates, or null for the types GWN does not locate. */
  lat: number | null;
  lon: number | null;
  geonamesId: number | null;
}

export interface GwnArticle {
  /** File number, 0..199. */
  id: number;
  title: string;
  url: string;
  text: string;
  /** Every annotation whose offsets point at its surface in `text`. */
  toponyms: GoldToponym[];
  /** Annotations whose offsets do not (a handful point into the title with negative offsets). */
  misplaced: number;
}

/** Types GWN marks as not being toponyms, or as generic expressions ("the city", "border"). */
export const NOT_TOPONYM_TYPES: ReadonlySet<string> = new Set(['Non_Toponym', 'Literal_Expression', 'Non_Lit_Expression']);

export function resolveGwnDir(dir: string = DEFAULT_GWN_DIR): string {
  return resolve(REPO_ROOT, dir);
}

interface RawToponym {
  extractedName?: unknown;
  type?: unknown;
  start?: unknown;
  end?: unknown;
  geonamesID?: unknown;
  latitude?: unknown;
  longitude?: unknown;
}

interface RawArticle {
  file?: unknown;
  title?: unknown;
  link?: unknown;
  text?: unknown;
  toponyms?: { toponym?: RawToponym[] } | string;
}

const str = (x: unknown): string => (typeof x === 'string' ? x : typeof x === 'number' ? String(x) : '');
const num = (x: unknown): number | null => {
  const s = str(x).trim();
  if (s === '') return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
};

export function loadGwn(dir: string): GwnArticle[] {
  const xml = readFileSync(join(dir, 'GWN.xml'), 'utf8');
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: true,
    isArray: (name) => name === 'article' || name === 'toponym',
  });
  const root = parser.parse(xml) as { articles?: { article?: RawArticle[] } };
  const out: GwnArticle[] = [];
  for (const a of root.articles?.article ?? []) {
    const text = str(a.text);
    const raw = typeof a.toponyms === 'object' ? (a.toponyms.toponym ?? []) : [];
    const toponyms: GoldToponym[] = [];
    let misplaced = 0;
    for (const t of raw) {
      const start = num(t.start);
      const end = num(t.end);
      const name = str(t.extractedName);
      if (start === null || end === null || start < 0 || text.slice(start, end) !== name) {
        misplaced++;
        continue;
      }
      toponyms.push({
        start,
        end,
        text: name,
        type: str(t.type).trim(),
        lat: num(t.latitude),
        lon: num(t.longitude),
        geonamesId: num(t.geonamesID),
      });
    }
    out.push({ id: num(a.file) ?? out.length, title: str(a.title).trim(), url: str(a.link).trim(), text, toponyms, misplaced });
  }
  return out;
}

export interface FullToponym {
  start: number;
  end: number;
  text: string;
  lat: number;
  lon: number;
}

/** gwn_full.txt: per article, the toponyms with a GeoNames id. */
export function loadGwnFull(dir: string): FullToponym[][] {
  const lines = readFileSync(join(dir, 'gwn_full.txt'), 'utf8').split('\n');
  return lines.map((line) =>
    line
      .split('||')
      .filter((x) => x.trim() !== '')
      .map((x) => {
        const [, surface, lat, lon, start, end] = x.split(',,');
        return { text: surface ?? '', lat: Number(lat), lon: Number(lon), start: Number(start), end: Number(end) };
      }),
  );
}
