/**
 * A user's gazetteer (`--gazetteer FILE`): a file in GeoNames's geoname table format (see
 * geonamesRow.ts), plain, .gz or .zip. Its districts (PPLX) get as parent the most
 * populous city around them in the file (see assignDistrictParents); composeGazetteer
 * then looks for the ones still without a parent among the cities of the layers below.
 */
import * as fs from 'node:fs';
import { VigieError } from '../../core/errors.js';
import { assignDistrictParents } from './districtParents.js';
import { entryFromRow, parseGeoNamesRow } from './geonamesRow.js';
import { ArchiveError, readTextLines } from './readTextLines.js';
import type { GazetteerEntry } from './types.js';

export interface LoadGeoNamesFileOptions {
  /**
   * Drop GeoNames's machine transliterations and non-Latin names, as the default and
   * downloaded gazetteers do. Off by default: a user's file is taken as written.
   */
  filterNames?: boolean;
}

export async function loadGeoNamesFile(file: string, options: LoadGeoNamesFileOptions = {}): Promise<GazetteerEntry[]> {
  try {
    if (!fs.statSync(file).isFile())
      throw new VigieError('E_USAGE', `gazetteer ${file} is not a file`, { hint: 'give a GeoNames-format .txt, .gz or .zip file' });
  } catch (err) {
    if (err instanceof VigieError) throw err;
    throw new VigieError('E_NOT_FOUND', `gazetteer ${file} not found`, { hint: 'check the --gazetteer path', cause: err });
  }
  const entries: GazetteerEntry[] = [];
  let lineNo = 0;
  try {
    for await (const line of readTextLines(file)) {
      lineNo++;
      let row;
      try {
        row = parseGeoNamesRow(line);
      } catch (err) {
        throw new VigieError('E_GAZETTEER', `${file}:${lineNo}: ${(err as Error).message}`, {
          hint: 'a gazetteer file has one place per line in the 19-column GeoNames format (tab-separated); see https://download.geonames.org/export/dump/readme.txt',
        });
      }
      if (row !== null) entries.push(entryFromRow(row, { filterNames: options.filterNames ?? false }));
    }
  } catch (err) {
    if (err instanceof VigieError) throw err;
    if (err instanceof ArchiveError) throw new VigieError('E_GAZETTEER', err.message, { cause: err });
    throw new VigieError('E_IO', `cannot read gazetteer ${file}: ${(err as Error).message}`, { cause: err });
  }
  return assignDistrictParents(entries);
}
