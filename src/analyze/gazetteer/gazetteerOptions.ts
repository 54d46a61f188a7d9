/**
 * Every gazetteer option and its default, resolved in one place.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { VigieError } from '../../core/errors.js';

/** GeoNames's public dumps. */
export const GEONAMES_DUMP_URL = 'https://download.geonames.org/export/dump/';
/** Vigie's home when neither --home nor $VIGIE_HOME says (as for the store). */
export const DEFAULT_HOME = '.vigie';
/** A download that receives nothing for this long is abandoned. */
export const DEFAULT_DOWNLOAD_IDLE_MS = 60_000;

export interface GazetteerOptions {
  /** Vigie's home: a downloaded index is read from `<home>/gazetteer/`. Default $VIGIE_HOME, else ./.vigie. */
  home?: string | null;
  /**
   * Folder for the default gazetteer's compiled index. Default `$VIGIE_HOME/cache` when
   * $VIGIE_HOME is set, else `<os tmpdir>/vigie-cache-<uid>`, so that library users get a
   * cache without Vigie writing into their working directory.
   */
  cacheDir?: string | null;
  /** Use `<home>/gazetteer/` when it holds an index (default true). */
  useDownloaded?: boolean;
  /** Users' gazetteer files in GeoNames format (--gazetteer), composed on top, in order. */
  files?: readonly string[];
}

export interface ResolvedGazetteerOptions {
  home: string;
  cacheDir: string;
  useDownloaded: boolean;
  files: string[];
}

export function resolveGazetteerOptions(o: GazetteerOptions = {}, env: NodeJS.ProcessEnv = process.env): ResolvedGazetteerOptions {
  return {
    home: resolveHome(o.home, env),
    cacheDir: resolveCacheDir(o.cacheDir, env),
    useDownloaded: o.useDownloaded ?? true,
    files: [...(o.files ?? [])],
  };
}

export function resolveHome(home: string | null | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(nonEmpty(home) ?? nonEmpty(env.VIGIE_HOME) ?? DEFAULT_HOME);
}

export function resolveCacheDir(cacheDir: string | null | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const explicit = nonEmpty(cacheDir);
  if (explicit !== null) return path.resolve(explicit);
  const home = nonEmpty(env.VIGIE_HOME);
  if (home !== null) return path.resolve(home, 'cache');
  const uid = typeof process.getuid === 'function' ? process.getuid() : os.userInfo().username;
  return path.join(os.tmpdir(), `vigie-cache-${uid}`);
}

/** Where a home keeps its downloaded gazetteer. */
export const gazetteerDir = (home: string): string => path.join(home, 'gazetteer');

export interface FetchGazetteerOptions {
  home?: string | null;
  /** ISO 3166-1 alpha-2 codes: per-country dumps (all populated places, districts, admin areas, tagged alternate names). Default: none, the worldwide cities1000. */
  countries?: readonly string[] | null;
  /** Where the GeoNames dump files are; default GEONAMES_DUMP_URL. */
  baseUrl?: string | null;
  /** Abandon a download that receives nothing for this long (ms). */
  idleTimeoutMs?: number;
  /** Progress reports, e.g. for a status line on stderr. */
  onProgress?: ((event: FetchProgress) => void) | null;
}

export type FetchProgress =
  | { type: 'download-start'; url: string; bytesTotal: number | null }
  | { type: 'download-progress'; url: string; bytes: number; bytesTotal: number | null }
  | { type: 'download-done'; url: string; bytes: number }
  | { type: 'build-start'; what: string }
  | { type: 'build-done'; entries: number; file: string };

export interface ResolvedFetchOptions {
  home: string;
  countries: string[];
  baseUrl: string;
  idleTimeoutMs: number;
  onProgress: (event: FetchProgress) => void;
}

export function resolveFetchOptions(o: FetchGazetteerOptions = {}, env: NodeJS.ProcessEnv = process.env): ResolvedFetchOptions {
  const countries = [...new Set((o.countries ?? []).map((c) => c.trim().toUpperCase()).filter((c) => c !== ''))];
  const bad = countries.filter((c) => !/^[A-Z]{2}$/.test(c));
  if (bad.length > 0) {
    throw new VigieError('E_USAGE', `invalid country code${bad.length > 1 ? 's' : ''}: ${bad.join(', ')}`, {
      hint: 'give ISO 3166-1 alpha-2 codes separated by commas, e.g. --countries SY,IQ,UA',
    });
  }
  let baseUrl = nonEmpty(o.baseUrl) ?? GEONAMES_DUMP_URL;
  let parsed: URL;
  try {
    parsed = new URL(baseUrl);
  } catch {
    throw new VigieError('E_USAGE', `invalid --base-url: ${baseUrl}`, { hint: `give an http(s) URL, e.g. ${GEONAMES_DUMP_URL}` });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new VigieError('E_USAGE', `invalid --base-url: ${baseUrl}`, { hint: `give an http(s) URL, e.g. ${GEONAMES_DUMP_URL}` });
  }
  if (!baseUrl.endsWith('/')) baseUrl += '/';
  return {
    home: resolveHome(o.home, env),
    countries,
    baseUrl,
    idleTimeoutMs: o.idleTimeoutMs !== undefined && o.idleTimeoutMs > 0 ? o.idleTimeoutMs : DEFAULT_DOWNLOAD_IDLE_MS,
    onProgress: o.onProgress ?? (() => undefined),
  };
}

function nonEmpty(s: string | null | undefined): string | null {
  return s === null || s === undefined || s.trim() === '' ? null : s;
}
