/** 0 for 1,000 people or fewer, 1 for 10 million or more, linear in decades between. */
export function populationScore(population: number): number {
  return Math.min(1, Math.max(0, (Math.log10(population + 1) - 3) / 4));
}
