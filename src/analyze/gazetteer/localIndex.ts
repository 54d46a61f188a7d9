/**
 * The downloaded gazetteer's place in a Vigie home:
 *
 *   <home>/gazetteer/manifest.json   what was fetched, from where, when
 *   <home>/gazetteer/geonames.idx    the compiled index (see indexFile.ts)
 *   <home>/gazetteer/downloads/      the GeoNames files it was built from, kept so that
 *                                    the index can be rebuilt when Vigie's spelling
 *                                    rules change, without downloading again
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { VigieError } from '../../core/errors.js';
import { gazetteerDir } from './gazetteerOptions.js';
import { INDEX_FORMAT_VERSION, readIndexFile, type IndexFile } from './indexFile.js';
import { defaultSpellingKeys, SPELLING_ALGORITHM_VERSION } from './spellingKeys.js';

/** Bump when buildLocalRecords changes what it produces: local indexes are then rebuilt from their downloads. */
export const LOCAL_RECORDS_VERSION = 1;

export type DownloadRole = 'admin1' | 'cities' | 'country' | 'alternateNames';

export interface LocalManifest {
  manifestVersion: 1;
  fetchedAt: string;
  baseUrl: string;
  /** Countries fetched one by one; empty when the worldwide cities1000 was fetched. */
  countries: string[];
  files: Array<{ role: DownloadRole; country: string | null; file: string; url: string; bytes: number }>;
  entries: number;
}

export const localPaths = (home: string) => {
  const dir = gazetteerDir(home);
  return {
    dir,
    manifest: path.join(dir, 'manifest.json'),
    index: path.join(dir, 'geonames.idx'),
    downloads: path.join(dir, 'downloads'),
  };
};

/** What a local index must have been built under to be used as it is. */
export function localIndexKey(): string {
  const material = JSON.stringify({
    format: INDEX_FORMAT_VERSION,
    records: LOCAL_RECORDS_VERSION,
    spelling: SPELLING_ALGORITHM_VERSION,
    rules: defaultSpellingKeys().rules,
  });
  return crypto.createHash('sha256').update(material).digest('hex');
}

/** The manifest, or null when nothing was fetched into this home. */
export function readManifest(home: string): LocalManifest | null {
  const file = localPaths(home).manifest;
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  try {
    const m = JSON.parse(text) as LocalManifest;
    if (m.manifestVersion !== 1 || !Array.isArray(m.files) || !Array.isArray(m.countries)) throw new Error('unknown manifest version');
    return m;
  } catch (err) {
    throw new VigieError('E_GAZETTEER', `${file} is damaged: ${(err as Error).message}`, {
      hint: "run 'vigie gazetteer fetch' again",
      cause: err,
    });
  }
}

/** The compiled local index when present and current; null otherwise (see ensureLocalIndex). */
export function readLocalIndex(home: string): IndexFile | null {
  return readIndexFile(localPaths(home).index, localIndexKey());
}
