/**
 * Stores a batch of fetched documents in ONE transaction: a kill leaves the whole
 * batch or none of it, like a single save, while the per-statement and per-commit
 * costs are paid once per batch. Documents under URLs not stored yet (the common case
 * in an ingest) go through multi-row statements; the rest (changed or repeated URLs)
 * reuse the single-document path, in order, inside the same transaction.
 */
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { VigieError } from '../core/errors.js';
import type { Db, Queryable } from './db.js';
import { DUPLICATE_THRESHOLD, estimateJaccard, lshBands, minhashSignature, signatureFromBytes, signatureToBytes } from './fingerprint.js';
import { searchConfig } from './foldText.js';
import { CANONICAL_ORDER } from './linkDuplicates.js';
import {
  articleRow,
  contentHash,
  httpHost,
  saveInTransaction,
  SAVE_LOCK,
  SEARCH_VECTOR_AT,
  sha256Hex,
  type Prepared,
} from './saveArticle.js';
import type { SaveInput, SaveOutcome } from './types.js';

const gzipAsync = promisify(gzip);

/**
 * Hashing, compression and fingerprints are computed before the transaction opens;
 * gzip runs on libuv's thread pool, beside the caller's next extraction.
 */
export async function prepare(input: SaveInput): Promise<Prepared> {
  const { fetch, article } = input;
  if (!article || article.ok !== true) throw new VigieError('E_INTERNAL', 'save() needs a successfully extracted article');
  if (!fetch.url) throw new VigieError('E_INTERNAL', 'save() needs the document URL');
  const sig = minhashSignature(article.text);
  return {
    input,
    rawSha: sha256Hex(fetch.raw),
    textHash: contentHash(article),
    gz: await gzipAsync(fetch.raw),
    json: JSON.stringify(article),
    row: articleRow(article),
    cfg: searchConfig(article.language),
    sig,
    bands: sig === null ? null : lshBands(sig),
  };
}

export async function saveArticles(db: Db, inputs: SaveInput[]): Promise<SaveOutcome[]> {
  if (inputs.length === 0) return [];
  const prepared = await Promise.all(inputs.map(prepare));
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [SAVE_LOCK]);
    const urls = [...new Set(prepared.map((p) => p.input.fetch.url))];
    const known = await tx.query<{ url: string }>(`SELECT url FROM articles WHERE url IN (${placeholders(urls.length, 1)})`, urls);
    const stored = new Set(known.rows.map((r) => r.url));
    const fresh: number[] = [];
    const rest: number[] = [];
    const taken = new Set<string>();
    prepared.forEach((p, i) => {
      const url = p.input.fetch.url;
      if (stored.has(url) || taken.has(url)) rest.push(i);
      else {
        taken.add(url);
        fresh.push(i);
      }
    });
    const out: SaveOutcome[] = new Array(prepared.length);
    if (fresh.length > 0) {
      const outcomes = await insertFresh(
        tx,
        fresh.map((i) => prepared[i]!),
      );
      fresh.forEach((i, k) => (out[i] = outcomes[k]!));
    }
    for (const i of rest) out[i] = await saveInTransaction(tx, prepared[i]!);
    return out;
  });
}

/** New URLs: one multi-row statement per table, then near-duplicate links per group. */
async function insertFresh(tx: Queryable, items: Prepared[]): Promise<SaveOutcome[]> {
  // Outlets, one row per host (ON CONFLICT may not touch a row twice in one statement).
  const hostOf = items.map(
    (p) => [p.input.article.canonicalUrl, p.input.article.url, p.input.fetch.url].map(httpHost).find((h) => h !== null) ?? null,
  );
  const hosts = new Map<string, string | null>();
  hostOf.forEach((h, i) => {
    if (h !== null && !hosts.has(h)) hosts.set(h, items[i]!.input.article.siteName);
  });
  const outletIds = new Map<string, string>();
  if (hosts.size > 0) {
    const params = [...hosts].flat();
    const r = await tx.query<{ id: string; host: string }>(
      `INSERT INTO outlets (host, name) VALUES ${rows(hosts.size, 2)}
       ON CONFLICT (host) DO UPDATE SET name = COALESCE(outlets.name, EXCLUDED.name)
       RETURNING id::text AS id, host`,
      params,
    );
    for (const row of r.rows) outletIds.set(row.host, row.id);
  }

  const W = 17;
  const values: string[] = [];
  const params: unknown[] = [];
  items.forEach((p, i) => {
    const b = i * W;
    const $ = (k: number): string => `$${b + k}`;
    values.push(
      `(${$(1)}, ${$(2)}::bigint, 1, ${$(3)}, ${$(4)}, ${$(5)}::timestamptz, ${$(6)}, COALESCE(${$(7)}::date, (${$(8)}::timestamptz AT TIME ZONE 'UTC')::date), ${$(9)}, ${$(10)}::int, ${$(11)}::text::jsonb, ${$(12)}, ${$(13)}::text, ${SEARCH_VECTOR_AT(b + 13, b + 14, b + 15, b + 16)}, ${$(17)}::bytea, ${$(8)}::timestamptz, ${$(8)}::timestamptz)`,
    );
    const { fetch, article } = p.input;
    const host = hostOf[i];
    params.push(
      fetch.url,
      host === null ? null : (outletIds.get(host!) ?? null),
      p.row.title,
      p.row.language,
      p.row.publishedAt,
      p.row.publishedLocal,
      p.row.day,
      fetch.fetchedAt,
      article.text,
      article.wordCount,
      p.json,
      p.textHash,
      p.cfg,
      ...p.row.search,
      p.sig === null ? null : signatureToBytes(p.sig),
    );
  });
  const inserted = await tx.query<{ id: string; url: string }>(
    `INSERT INTO articles (url, outlet_id, current_version, title, language, published_at, published_local, day, text, word_count,
                           article, text_hash, search_config, search, minhash, first_fetched_at, fetched_at)
     VALUES ${values.join(', ')}
     RETURNING id::text AS id, url`,
    params,
  );
  const idByUrl = new Map(inserted.rows.map((r) => [r.url, r.id]));
  const ids = items.map((p) => idByUrl.get(p.input.fetch.url)!);

  const V = 11;
  const vparams: unknown[] = [];
  items.forEach((p, i) => {
    const { fetch } = p.input;
    vparams.push(
      ids[i],
      1,
      fetch.source,
      fetch.fetchedAt,
      fetch.status,
      JSON.stringify(fetch.headers ?? {}),
      p.rawSha,
      fetch.raw.byteLength,
      p.gz,
      p.textHash,
      p.json,
    );
  });
  await tx.query(
    `INSERT INTO article_versions (article_id, version, source, fetched_at, status, headers, raw_sha256, raw_size, raw_gz, text_hash, article)
     VALUES ${items.map((_, i) => `($${i * V + 1}::bigint, $${i * V + 2}::int, $${i * V + 3}, $${i * V + 4}::timestamptz, $${i * V + 5}::int, $${i * V + 6}::text::jsonb, $${i * V + 7}, $${i * V + 8}::int, $${i * V + 9}::bytea, $${i * V + 10}, $${i * V + 11}::text::jsonb)`).join(', ')}`,
    vparams,
  );

  await linkFresh(tx, items, ids);

  const after = await tx.query<{ id: string; dup_group: string | null; is_duplicate: boolean }>(
    `SELECT id::text AS id, dup_group::text AS dup_group, is_duplicate FROM articles WHERE id IN (${ids.map(sqlId).join(', ')})`,
  );
  const byId = new Map(after.rows.map((r) => [r.id, r]));
  return ids.map((id) => {
    const r = byId.get(id)!;
    return { status: 'new', articleId: id, version: 1, duplicateGroup: r.dup_group, isDuplicate: r.is_duplicate };
  });
}

/**
 * Near-duplicate links for a batch of new articles: bands in, candidates out in one
 * query each, candidates verified on their signatures, then every connected set of
 * matches (new articles, their matches, and the groups those already belong to) gets
 * one canonical, the earliest.
 */
async function linkFresh(tx: Queryable, items: Prepared[], ids: string[]): Promise<void> {
  const triples: string[] = [];
  items.forEach((p, i) => p.bands?.forEach((h, band) => triples.push(`(${band}, ${h}, ${sqlId(ids[i]!)})`)));
  if (triples.length === 0) return;
  // Band numbers, hashes and ids are integers made here: safe to inline.
  await tx.query(
    `INSERT INTO article_minhash_bands (band, hash, article_id) SELECT v.band, v.hash, v.aid FROM (VALUES ${triples.join(', ')}) AS v (band, hash, aid)`,
  );
  const cands = await tx.query<{ aid: string; id: string; minhash: Uint8Array | null; dup_group: string | null }>(
    `SELECT DISTINCT v.aid::text AS aid, a.id::text AS id, a.minhash, a.dup_group::text AS dup_group
       FROM (VALUES ${triples.join(', ')}) AS v (band, hash, aid)
       JOIN article_minhash_bands b ON b.band = v.band AND b.hash = v.hash AND b.article_id <> v.aid
       JOIN articles a ON a.id = b.article_id`,
  );
  const sigOf = new Map(ids.map((id, i) => [id, items[i]!.sig]));
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const union = (a: string, b: string): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  };
  const groupsOf = new Map<string, string>();
  for (const c of cands.rows) {
    const sig = sigOf.get(c.aid);
    if (!sig || c.minhash === null) continue;
    if (estimateJaccard(sig, signatureFromBytes(c.minhash)) < DUPLICATE_THRESHOLD) continue;
    union(c.aid, c.id);
    if (c.dup_group !== null) {
      union(c.id, c.dup_group);
      groupsOf.set(c.id, c.dup_group);
    }
  }
  const components = new Map<string, Set<string>>();
  for (const x of parent.keys()) {
    const r = find(x);
    if (!components.has(r)) components.set(r, new Set());
    components.get(r)!.add(x);
  }
  for (const members of components.values()) {
    if (members.size < 2) continue;
    const list = [...members].map(sqlId).join(', ');
    const where = `id IN (${list}) OR dup_group IN (${list})`;
    const canonical = await tx.query<{ id: string }>(
      `SELECT id::text AS id FROM articles WHERE ${where} ORDER BY ${CANONICAL_ORDER} LIMIT 1`,
    );
    const c = sqlId(canonical.rows[0]!.id);
    await tx.query(`UPDATE articles SET dup_group = ${c}, is_duplicate = (id <> ${c}) WHERE ${where}`);
  }
}

function placeholders(n: number, from: number): string {
  return Array.from({ length: n }, (_, i) => `$${from + i}`).join(', ');
}

function rows(n: number, width: number): string {
  return Array.from({ length: n }, (_, i) => `(${placeholders(width, i * width + 1)})`).join(', ');
}

/** Ids come from the database as decimal strings; checked before being inlined. */
function sqlId(id: string): string {
  if (!/^[0-9]{1,19}$/.test(id)) throw new Error(`not an article id: ${id}`);
  return id;
}
