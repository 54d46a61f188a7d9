/**
 * Counts for `vigie stats`. Text is ordered with COLLATE "C" so that both engines,
 * whatever their locale, list outlets and languages in the same order.
 */
import type { Queryable } from './db.js';
import type { StoreStats } from './types.js';

export async function storeStats(db: Queryable): Promise<StoreStats> {
  const totals = await db.query<{ articles: number; versions: number; groups: number }>(
    `SELECT (SELECT count(*)::int FROM articles) AS articles,
            (SELECT count(*)::int FROM article_versions) AS versions,
            (SELECT count(DISTINCT dup_group)::int FROM articles) AS groups`,
  );
  const byOutlet = await db.query<{ outlet: string; articles: number }>(
    `SELECT COALESCE(o.host, '(none)') AS outlet, count(*)::int AS articles
       FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id
      GROUP BY 1 ORDER BY 2 DESC, COALESCE(o.host, '(none)') COLLATE "C"`,
  );
  const byLanguage = await db.query<{ language: string; articles: number }>(
    `SELECT COALESCE(language, 'und') AS language, count(*)::int AS articles
       FROM articles GROUP BY 1 ORDER BY 2 DESC, COALESCE(language, 'und') COLLATE "C"`,
  );
  const byDay = await db.query<{ day: string; articles: number }>(
    `SELECT to_char(day, 'YYYY-MM-DD') AS day, count(*)::int AS articles FROM articles GROUP BY day ORDER BY day`,
  );
  const t = totals.rows[0]!;
  return {
    articles: t.articles,
    versions: t.versions,
    duplicateGroups: t.groups,
    byOutlet: byOutlet.rows,
    byLanguage: byLanguage.rows,
    byDay: byDay.rows,
  };
}
