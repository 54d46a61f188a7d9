/**
 * `vigie gazetteer fetch`: downloads GeoNames dumps into `<home>/gazetteer/` and compiles
 * them, for places the offline default lacks (villages, city districts) and names it
 * lacks. Without countries: the worldwide cities1000 table and admin1 names. With
 * countries: each one's full table (`CC.zip`: every populated place, districts as PPLX,
 * administrative divisions) and its language-tagged alternate names
 * (`alternatenames/CC.zip`). A fetch replaces the previous one: list every country wanted.
 *
 * Files are downloaded into a staging folder and the index built from it; only when
 * everything succeeded do they replace the previous download, so a failed fetch leaves
 * the previous gazetteer as it was.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { VigieError } from '../../core/errors.js';
import { writeLocalIndex } from './buildLocalIndex.js';
import { downloadFile } from './downloadFile.js';
import { resolveFetchOptions, type FetchGazetteerOptions } from './gazetteerOptions.js';
import { localPaths, type LocalManifest } from './localIndex.js';

export interface FetchResult {
  manifest: LocalManifest;
  indexFile: string;
}

export async function fetchGeoNames(options: FetchGazetteerOptions & { cacheDir?: string | null } = {}): Promise<FetchResult> {
  const o = resolveFetchOptions(options);
  const p = localPaths(o.home);
  const plan: Array<Omit<LocalManifest['files'][number], 'bytes'>> = [
    { role: 'admin1', country: null, file: 'admin1CodesASCII.txt', url: `${o.baseUrl}admin1CodesASCII.txt` },
  ];
  if (o.countries.length === 0) plan.push({ role: 'cities', country: null, file: 'cities1000.zip', url: `${o.baseUrl}cities1000.zip` });
  for (const cc of o.countries) {
    plan.push(
      { role: 'country', country: cc, file: `${cc}.zip`, url: `${o.baseUrl}${cc}.zip` },
      { role: 'alternateNames', country: cc, file: `alternatenames-${cc}.zip`, url: `${o.baseUrl}alternatenames/${cc}.zip` },
    );
  }

  const staging = path.join(p.dir, `downloads.partial-${process.pid}`);
  try {
    fs.rmSync(staging, { recursive: true, force: true });
    fs.mkdirSync(staging, { recursive: true });
  } catch (err) {
    throw new VigieError('E_IO', `cannot create ${staging}: ${(err as Error).message}`, {
      hint: 'check permissions of --home',
      cause: err,
    });
  }
  try {
    const files: LocalManifest['files'] = [];
    for (const f of plan) {
      const bytes = await downloadFile(f.url, path.join(staging, f.file), o);
      files.push({ ...f, bytes });
    }
    const manifest: LocalManifest = {
      manifestVersion: 1,
      fetchedAt: new Date().toISOString(),
      baseUrl: o.baseUrl,
      countries: o.countries,
      files,
      entries: 0,
    };
    o.onProgress({ type: 'build-start', what: o.countries.length > 0 ? o.countries.join(',') : 'cities1000' });
    manifest.entries = await writeLocalIndex(o.home, manifest, staging, options.cacheDir);
    // The index is in place: swap the downloads it was built from in, then the manifest.
    fs.rmSync(p.downloads, { recursive: true, force: true });
    fs.renameSync(staging, p.downloads);
    const tmp = `${p.manifest}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, `${JSON.stringify(manifest, null, 2)}\n`);
    fs.renameSync(tmp, p.manifest);
    o.onProgress({ type: 'build-done', entries: manifest.entries, file: p.index });
    return { manifest, indexFile: p.index };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}
