/**
 * Compiles the downloaded GeoNames files into `<home>/gazetteer/geonames.idx`, and
 * rebuilds that index from the kept downloads when it is missing or was built under other
 * spelling rules.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { VigieError } from '../../core/errors.js';
import { buildIndexData } from './indexData.js';
import { writeIndexFile, type IndexFile } from './indexFile.js';
import { loadDefaultGazetteer } from './loadDefaultGazetteer.js';
import { localIndexKey, localPaths, readLocalIndex, readManifest, type LocalManifest } from './localIndex.js';
import { buildLocalRecords } from './localRecords.js';
import { defaultSpellingKeys } from './spellingKeys.js';

/** Builds and writes the index for `manifest` from the files in `downloadsDir`; returns its entry count. */
export async function writeLocalIndex(
  home: string,
  manifest: LocalManifest,
  downloadsDir: string,
  cacheDir?: string | null,
): Promise<number> {
  const base = await loadDefaultGazetteer({ cacheDir });
  const records = await buildLocalRecords(manifest, downloadsDir, base);
  const data = buildIndexData(records, defaultSpellingKeys());
  const where = manifest.countries.length > 0 ? manifest.countries.join(',') : 'cities1000';
  const sources = [`GeoNames ${where} fetched ${manifest.fetchedAt} (CC BY 4.0)`];
  try {
    writeIndexFile(localPaths(home).index, data, localIndexKey(), sources);
  } catch (err) {
    throw new VigieError('E_IO', `cannot write the gazetteer index in ${localPaths(home).dir}: ${(err as Error).message}`, {
      hint: 'check permissions and free space in --home',
      cause: err,
    });
  }
  return data.ids.length;
}

/**
 * The local index, rebuilt from the kept downloads if it is stale; null when nothing was
 * ever fetched into this home.
 */
export async function ensureLocalIndex(home: string, cacheDir?: string | null): Promise<IndexFile | null> {
  const manifest = readManifest(home);
  if (manifest === null) return null;
  const current = readLocalIndex(home);
  if (current !== null) return current;
  const p = localPaths(home);
  const missing = manifest.files.filter((f) => !fs.existsSync(path.join(p.downloads, f.file)));
  if (missing.length > 0) {
    throw new VigieError('E_GAZETTEER', `the gazetteer in ${p.dir} must be rebuilt but ${missing[0]!.file} is gone`, {
      hint: "run 'vigie gazetteer fetch' again",
    });
  }
  await writeLocalIndex(home, manifest, p.downloads, cacheDir);
  const rebuilt = readLocalIndex(home);
  if (rebuilt === null)
    throw new VigieError('E_GAZETTEER', `cannot read back the gazetteer index in ${p.dir}`, { hint: 'check free space in --home' });
  return rebuilt;
}
