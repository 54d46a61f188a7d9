/** One schema change. Versions only grow; a released migration is never edited. */
export interface Migration {
  version: number;
  name: string;
  /** Plain PostgreSQL (15+), several statements allowed; run in one transaction. */
  up: string;
}
