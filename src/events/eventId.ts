/**
 * Event ids: a hash of what identifies an event in one article (sub-type, place, date,
 * article, evidence span), so that coding the same article again gives the same ids.
 */
import { createHash } from 'node:crypto';

export function eventId(parts: {
  subType: string;
  place: string;
  date: string | null;
  articleId: string;
  start: number;
  end: number;
}): string {
  const key = [parts.subType, parts.place, parts.date ?? '', parts.articleId, parts.start, parts.end].join('\u241f');
  return `ev_${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
}
