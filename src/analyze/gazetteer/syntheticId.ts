/**
 * Ids for places that come without a GeoNames id (a user's file, a test fixture).
 * Negative, so they never collide with GeoNames ids, and derived from the name and the
 * position (FNV-1a), so that the same place gets the same id in every run and two files
 * composed together do not collide by construction.
 */
export function syntheticId(name: string, lat: number, lon: number): number {
  const s = `${name}|${lat.toFixed(5)}|${lon.toFixed(5)}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return -1 - ((h >>> 0) & 0x3fffffff);
}
