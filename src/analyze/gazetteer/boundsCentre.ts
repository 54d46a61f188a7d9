/**
 * The centre of the smallest latitude-longitude box holding a set of points. A
 * first-level division's points in GeoNames (California's 37.25, -119.75) are mostly
 * such box centres, while the population-weighted centre of its cities sits in its
 * largest city (California's near Los Angeles, 211 km off). Longitudes are boxed both
 * in -180..180 and in 0..360, and the narrower box wins, so that a region straddling the
 * antimeridian (Chukotka, Fiji) is not given the other side of the world.
 */
export class BoundsCentre {
  private minLat = Infinity;
  private maxLat = -Infinity;
  private minLon = Infinity;
  private maxLon = -Infinity;
  /** Longitudes shifted to 0..360. */
  private minLon360 = Infinity;
  private maxLon360 = -Infinity;
  count = 0;

  add(lat: number, lon: number): void {
    this.minLat = Math.min(this.minLat, lat);
    this.maxLat = Math.max(this.maxLat, lat);
    this.minLon = Math.min(this.minLon, lon);
    this.maxLon = Math.max(this.maxLon, lon);
    const l360 = lon < 0 ? lon + 360 : lon;
    this.minLon360 = Math.min(this.minLon360, l360);
    this.maxLon360 = Math.max(this.maxLon360, l360);
    this.count++;
  }

  /** The box's centre, or null when no point was added. */
  centre(): { lat: number; lon: number } | null {
    if (this.count === 0) return null;
    const round = (v: number): number => Math.round(v * 1e5) / 1e5;
    let lon = (this.minLon + this.maxLon) / 2;
    if (this.maxLon360 - this.minLon360 < this.maxLon - this.minLon) {
      lon = (this.minLon360 + this.maxLon360) / 2;
      if (lon > 180) lon -= 360;
    }
    return { lat: round((this.minLat + this.maxLat) / 2), lon: round(lon) };
  }
}
