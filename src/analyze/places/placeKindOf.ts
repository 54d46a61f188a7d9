import type { GazetteerEntry } from '../gazetteer/types.js';
import type { PlaceKind } from '../types.js';

/** The analysis's coarser kind for a gazetteer entry: both administrative levels are 'admin'. */
export function placeKindOf(e: GazetteerEntry): PlaceKind {
  switch (e.kind) {
    case 'admin1':
    case 'admin2':
      return 'admin';
    default:
      return e.kind;
  }
}
