/** Access to the Scrapinghub article-extraction data set (181 gzip HTML pages + ground truth). */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Root of the repository (bench/lib/ → ../..). */
/** The checkout's root: the nearest folder above this file with a package.json (works from build/ too). */
export const REPO_ROOT = findRepoRoot(dirname(fileURLToPath(import.meta.url)));

function findRepoRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) return resolve(start, '..', '..');
    dir = up;
  }
  return dir;
}

/** Default data directory, relative to the repository root. */
export const DEFAULT_DATA_DIR = '../shared/bench/extraction/scrapinghub';

export interface TruthEntry {
  articleBody: string;
  url: string;
}

export function resolveDataDir(dir: string = DEFAULT_DATA_DIR): string {
  return resolve(REPO_ROOT, dir);
}

export function loadTruth(dataDir: string): Map<string, TruthEntry> {
  const raw = JSON.parse(readFileSync(join(dataDir, 'ground-truth.json'), 'utf8')) as Record<string, Partial<TruthEntry>>;
  const out = new Map<string, TruthEntry>();
  for (const id of Object.keys(raw).sort()) {
    const e = raw[id];
    out.set(id, { articleBody: e?.articleBody ?? '', url: e?.url ?? '' });
  }
  return out;
}

export interface Page {
  id: string;
  url: string;
  /** Path of the file, relative to the data directory. */
  file: string;
  /** The page as stored: gzip-compressed, so the whole set weighs ~7 MB in memory. */
  gz: Uint8Array;
}

const PAGE_FILE = /^([0-9a-f]{64})\.html\.gz$/;

/** Reads every page that has ground truth, still compressed, sorted by id. Throws if a page is missing. */
export function loadPages(dataDir: string, truth: Map<string, TruthEntry>): Page[] {
  const files = new Map<string, string>();
  for (const name of readdirSync(join(dataDir, 'html'))) {
    const m = PAGE_FILE.exec(name);
    if (m?.[1]) files.set(m[1], name);
  }
  const pages: Page[] = [];
  for (const [id, t] of truth) {
    const name = files.get(id);
    if (!name) throw new Error(`no html/${id}.html.gz in ${dataDir}`);
    pages.push({ id, url: t.url, file: `html/${name}`, gz: readFileSync(join(dataDir, 'html', name)) });
  }
  return pages;
}
