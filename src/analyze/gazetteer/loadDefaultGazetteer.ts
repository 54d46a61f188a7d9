/**
 * The offline default gazetteer (see defaultRecords.ts for its sources, ./index.ts for their NOTICE).
 *
 * Building it means parsing the 23 MB cities1000 table and computing spelling keys for
 * some 450,000 names, a few seconds; so the compiled index is written once to a cache
 * folder (see resolveCacheDir) under a key made of the index format, the source
 * packages' versions, the spelling rules and the packs' place names, and later processes read it back in a
 * fraction of a second. Any change to those rebuilds it; a cache that cannot be written
 * (read-only disk) only costs the build time, every time.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CompiledGazetteer } from './compiledGazetteer.js';
import { DEFAULT_PLACE_NAMES, defaultPackageVersions, readDefaultRecords } from './defaultRecords.js';
import { GEONAMES_COUNTRY_POINTS, MACRO_REGIONS } from './macroRegions.js';
import { resolveCacheDir } from './gazetteerOptions.js';
import { buildIndexData } from './indexData.js';
import { INDEX_FORMAT_VERSION, readIndexFile, writeIndexFile } from './indexFile.js';
import { defaultSpellingKeys, SPELLING_ALGORITHM_VERSION } from './spellingKeys.js';
import type { Gazetteer } from './types.js';

/** Bump when readDefaultRecords changes what it produces: caches are then rebuilt. */
const DEFAULT_RECORDS_VERSION = 4;
const CACHE_PREFIX = 'default-gazetteer-';

let memo: Promise<CompiledGazetteer> | undefined;

/**
 * The default gazetteer, loaded once per process (later calls return the same instance,
 * whatever their options: the first caller's cache folder is the one used).
 */
export function loadDefaultGazetteer(options: { cacheDir?: string | null } = {}): Promise<Gazetteer> {
  memo ??= readOrBuild(resolveCacheDir(options.cacheDir)).catch((err: unknown) => {
    memo = undefined; // let a later call try again
    throw err;
  });
  return memo;
}

/** What `loadDefaultGazetteer` would read, and whether it is there: for status lines. */
export function defaultGazetteerCache(cacheDir?: string | null): { file: string; exists: boolean } {
  const file = cacheFile(resolveCacheDir(cacheDir), cacheKey());
  return { file, exists: fs.existsSync(file) };
}

async function readOrBuild(cacheDir: string): Promise<CompiledGazetteer> {
  const spelling = defaultSpellingKeys();
  const key = cacheKey();
  const file = cacheFile(cacheDir, key);
  const usable = prepareCacheDir(cacheDir);
  const hit = usable ? readIndexFile(file, key) : null;
  if (hit !== null) return new CompiledGazetteer(hit.data, spelling, hit.sources);

  const sources = defaultPackageVersions().map((p) => `${p.name}@${p.version} (${p.license})`);
  const data = buildIndexData(await readDefaultRecords(), spelling);
  if (usable) {
    try {
      writeIndexFile(file, data, key, sources);
      removeStale(cacheDir, path.basename(file));
    } catch {
      // The cache only saves time: a folder we cannot write to means building next time too.
    }
  }
  return new CompiledGazetteer(data, spelling, sources);
}

function cacheKey(): string {
  const material = JSON.stringify({
    format: INDEX_FORMAT_VERSION,
    records: DEFAULT_RECORDS_VERSION,
    packages: defaultPackageVersions(),
    spelling: SPELLING_ALGORITHM_VERSION,
    rules: defaultSpellingKeys().rules,
    // Pack and region data: editing them rebuilds the index without a version bump.
    placeNames: DEFAULT_PLACE_NAMES,
    regions: MACRO_REGIONS,
    countryPoints: GEONAMES_COUNTRY_POINTS,
  });
  return crypto.createHash('sha256').update(material).digest('hex');
}

const cacheFile = (dir: string, key: string): string => path.join(dir, `${CACHE_PREFIX}${key.slice(0, 16)}.idx`);

/**
 * Creates the folder if needed and says whether it is safe to use: in a shared temporary
 * folder another user could have planted it, so it must be ours and not writable by others.
 */
function prepareCacheDir(dir: string): boolean {
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = fs.statSync(dir);
    if (!st.isDirectory()) return false;
    if (typeof process.getuid === 'function' && st.uid !== process.getuid()) return false;
    const inTmp = path.resolve(dir).startsWith(path.resolve(os.tmpdir()) + path.sep);
    return !(inTmp && (st.mode & 0o022) !== 0);
  } catch {
    return false;
  }
}

/** Drops indexes built from older packages or rules. */
function removeStale(dir: string, keep: string): void {
  for (const f of fs.readdirSync(dir)) {
    if (f.startsWith(CACHE_PREFIX) && f.endsWith('.idx') && f !== keep) fs.rmSync(path.join(dir, f), { force: true });
  }
}
