/**
 * The world-countries records the events layer reads (codes for ACLED's CSV, areas for
 * city-sized countries), loaded on first use only: the list is large and most callers
 * need neither.
 */
import { createRequire } from 'node:module';

export interface WorldCountry {
  cca2: string;
  cca3: string;
  ccn3: string;
  /** km²; -1 where unknown. */
  area: number;
}

let records: readonly WorldCountry[] | undefined;

export function worldCountries(): readonly WorldCountry[] {
  records ??= createRequire(import.meta.url)('world-countries') as WorldCountry[];
  return records;
}
