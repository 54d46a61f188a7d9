/**
 * A population-weighted centre of points, averaged as unit vectors on the sphere so that
 * a region straddling the antimeridian (Chukotka, Fiji) does not land on the other side
 * of the world. Places without a population weigh 1, so a region of villages still has
 * a centre.
 */
export class WeightedCentre {
  private x = 0;
  private y = 0;
  private z = 0;
  count = 0;
  population = 0;

  add(lat: number, lon: number, population: number): void {
    const w = Math.max(population, 1);
    const la = (lat * Math.PI) / 180;
    const lo = (lon * Math.PI) / 180;
    this.x += w * Math.cos(la) * Math.cos(lo);
    this.y += w * Math.cos(la) * Math.sin(lo);
    this.z += w * Math.sin(la);
    this.count++;
    this.population += Math.max(population, 0);
  }

  /** The centre, or null when no point was added (or they cancel out exactly). */
  centre(): { lat: number; lon: number } | null {
    const h = Math.hypot(this.x, this.y);
    if (this.count === 0 || (h === 0 && this.z === 0)) return null;
    const round = (v: number): number => Math.round(v * 1e5) / 1e5;
    return { lat: round((Math.atan2(this.z, h) * 180) / Math.PI), lon: round((Math.atan2(this.y, this.x) * 180) / Math.PI) };
  }
}
