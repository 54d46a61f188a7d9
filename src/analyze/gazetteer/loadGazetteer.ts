/**
 * The gazetteer analysis uses: the offline default, with the GeoNames download of
 * `vigie gazetteer fetch` (when `<home>/gazetteer/` holds one) merged over it, and users'
 * `--gazetteer` files over both. Merged, not instead: the download adds what the default
 * lacks (villages, districts, tagged alternate names) and corrects what it has (same
 * GeoNames ids, newer data), while the default still supplies the rest of the world,
 * countries with their French names and demonyms, and regions.
 */
import { ensureLocalIndex } from './buildLocalIndex.js';
import { CompiledGazetteer } from './compiledGazetteer.js';
import { composeGazetteer } from './composeGazetteer.js';
import { createGazetteer } from './createGazetteer.js';
import { assignDistrictParents } from './districtParents.js';
import { resolveGazetteerOptions, type GazetteerOptions } from './gazetteerOptions.js';
import { loadDefaultGazetteer } from './loadDefaultGazetteer.js';
import { loadGeoNamesFile } from './loadGeoNamesFile.js';
import { defaultSpellingKeys } from './spellingKeys.js';
import type { Gazetteer } from './types.js';

export async function loadGazetteer(options: GazetteerOptions = {}): Promise<Gazetteer> {
  const o = resolveGazetteerOptions(options);
  const layers: Gazetteer[] = [await loadDefaultGazetteer({ cacheDir: o.cacheDir })];
  if (o.useDownloaded) {
    const local = await ensureLocalIndex(o.home, o.cacheDir);
    if (local !== null) layers.push(new CompiledGazetteer(local.data, defaultSpellingKeys(), local.sources));
  }
  for (const file of o.files) {
    // A file's districts without a city in the file get one from the layers below.
    const entries = assignDistrictParents(await loadGeoNamesFile(file), layers);
    layers.push(createGazetteer(entries, { sources: [`file ${file}`] }));
  }
  return composeGazetteer(layers);
}
