import type { GazetteerKind } from './types.js';

/**
 * Coarsens a GeoNames feature code (https://www.geonames.org/export/codes.html) into the
 * kinds resolution works with. PPLX ("section of populated place") is a city's district;
 * historical and destroyed places (PPLH, PPLQ, PPLW) are still cities for news, which
 * report on them.
 */
export function kindForFeatureCode(code: string | null | undefined): GazetteerKind {
  if (code === null || code === undefined || code === '') return 'other';
  if (code === 'PPLX') return 'district';
  if (code.startsWith('PPL') || code === 'STLMT') return 'city';
  if (code === 'ADM1' || code === 'ADM1H') return 'admin1';
  if (code === 'ADM2' || code === 'ADM2H') return 'admin2';
  if (code.startsWith('PCL') || code === 'TERR') return 'country';
  if (code === 'RGN' || code === 'RGNE' || code === 'RGNH' || code === 'AREA') return 'region';
  return 'other';
}
