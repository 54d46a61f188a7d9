/**
 * Ranked full-text search. Each article was indexed with its language's configuration
 * (french, english, else simple) over accent-folded text, so the folded query is run
 * through the same configuration per article. Each branch of the WHERE clause is an
 * indexable `search @@ constant` test; ties in rank go to the lower id so that both
 * engines return the same order.
 */
import { VigieError } from '../core/errors.js';
import type { Db } from './db.js';
import { foldText } from '../core/foldText.js';
import { makeSnippet, tsqueryLexemes, type SnippetTerm } from './snippet.js';
import type { SearchHit, SearchQuery } from './types.js';

export const DEFAULT_SEARCH_LIMIT = 20;
export const MAX_SEARCH_LIMIT = 10_000;

const CONFIGS = ['french', 'english', 'simple'] as const;
type Config = (typeof CONFIGS)[number];

const QUERY_FOR = (p: string): string =>
  `CASE a.search_config WHEN 'french' THEN websearch_to_tsquery('french', ${p}) WHEN 'english' THEN websearch_to_tsquery('english', ${p}) ELSE websearch_to_tsquery('simple', ${p}) END`;

export async function searchArticles(db: Db, q: SearchQuery): Promise<SearchHit[]> {
  const text = foldText(q.text ?? '').trim();
  if (text === '') return [];
  const params: unknown[] = [text];
  const where = [
    `((a.search_config = 'french' AND a.search @@ websearch_to_tsquery('french', $1))
      OR (a.search_config = 'english' AND a.search @@ websearch_to_tsquery('english', $1))
      OR (a.search_config = 'simple' AND a.search @@ websearch_to_tsquery('simple', $1)))`,
  ];
  const param = (v: unknown): string => {
    params.push(v);
    return `$${params.length}`;
  };
  if (q.lang) where.push(`a.language = ${param(q.lang.toLowerCase())}`);
  if (q.since) where.push(dateBound('>=', q.since, 'since', param));
  if (q.until) where.push(dateBound('<=', q.until, 'until', param));
  if (q.source) {
    const p = param(`%${q.source.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    where.push(`(o.host ILIKE ${p} OR o.name ILIKE ${p})`);
  }
  const limit = Math.min(Math.max(1, Math.floor(q.limit ?? DEFAULT_SEARCH_LIMIT)), MAX_SEARCH_LIMIT);

  // Two steps: rank and cut to `limit` touching only the index and the vectors, then
  // read titles, texts and outlets for the hits alone.
  const r = await db.query<{
    id: string;
    url: string;
    title: string | null;
    outlet: string | null;
    language: string | null;
    published_local: string | null;
    dup_group: string | null;
    search_config: Config;
    lede: string | null;
    text: string;
    rank: number;
  }>(
    `WITH hits AS (
       SELECT a.id, ts_rank_cd(a.search, ${QUERY_FOR('$1')}, 32) AS rank
         FROM articles a${q.source ? ' LEFT JOIN outlets o ON o.id = a.outlet_id' : ''}
        WHERE ${where.join('\n          AND ')}
        ORDER BY rank DESC, a.id ASC
        LIMIT ${limit}
     )
     SELECT a.id::text AS id, a.url, a.title, o.host AS outlet, a.language, a.published_local, a.dup_group::text AS dup_group,
            a.search_config, a.lede, a.text, hits.rank
       FROM hits JOIN articles a ON a.id = hits.id LEFT JOIN outlets o ON o.id = a.outlet_id
      ORDER BY hits.rank DESC, a.id ASC`,
    params,
  );
  if (r.rows.length === 0) return [];

  const lexemes = await db.query<Record<Config, string>>(
    `SELECT ${CONFIGS.map((c) => `websearch_to_tsquery('${c}', $1)::text AS ${c}`).join(', ')}`,
    [text],
  );
  const terms = Object.fromEntries(
    CONFIGS.map((c) => [c, tsqueryLexemes(lexemes.rows[0]![c]).map((lexeme): SnippetTerm => ({ lexeme, prefix: c !== 'simple' }))]),
  ) as Record<Config, SnippetTerm[]>;

  return r.rows.map((row) => ({
    id: row.id,
    url: row.url,
    title: row.title,
    outlet: row.outlet,
    language: row.language,
    publishedAt: row.published_local,
    rank: Number(row.rank),
    snippet: makeSnippet([row.lede, row.text].filter((s) => s).join('\n\n'), terms[row.search_config] ?? terms.simple),
    duplicateGroup: row.dup_group,
  }));
}

/**
 * A date alone (2024-03-05) bounds the publication day, inclusively; a full timestamp
 * bounds the publication time. Either way the fetch time stands in when no date is known.
 */
function dateBound(op: '>=' | '<=', value: string, name: string, param: (v: unknown) => string): string {
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(v) && isRealDay(v)) return `a.day ${op} ${param(v)}::date`;
  if (/^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v))) {
    return `COALESCE(a.published_at, a.first_fetched_at) ${op} ${param(new Date(v).toISOString())}::timestamptz`;
  }
  throw new VigieError('E_USAGE', `bad ${name} date: ${JSON.stringify(value)}`, {
    hint: `give --${name} as YYYY-MM-DD or an ISO timestamp`,
  });
}

function isRealDay(v: string): boolean {
  const t = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === v;
}
