/**
 * Links an article to its near-duplicates, inside the caller's save transaction.
 *
 * A group is named by its canonical article's id: the earliest published (then first
 * fetched, then lowest id). Joining a group, merging two groups through a new article
 * that resembles both, or leaving one after an edit re-points every member, so a group
 * id always names its current canonical article.
 */
import type { Queryable } from './db.js';
import { DUPLICATE_THRESHOLD, estimateJaccard, lshBands, signatureFromBytes, signatureToBytes } from './fingerprint.js';

/** Enough to verify any realistic group; bounds the work when a band is very common. */
const MAX_CANDIDATES = 500;

/**
 * Only rows whose group actually changes are written: an UPDATE makes a new row
 * version, and every index (the full-text one included) takes the new version, so
 * re-pointing a whole group for each new member would grow with the group.
 */
export const CHANGED = (c: string): string => `(dup_group IS DISTINCT FROM ${c} OR is_duplicate IS DISTINCT FROM (id <> ${c}))`;

export const CANONICAL_ORDER = 'published_at ASC NULLS LAST, first_fetched_at ASC, id ASC';

export async function linkDuplicates(
  tx: Queryable,
  articleId: string,
  sig: Uint32Array | null,
  previousGroup: string | null,
): Promise<void> {
  const id = sqlId(articleId);
  // Verbatim copies of this article may have been stored without bands of their own
  // (saveArticles.ts: `unindexed`): before its text changes, its bands pass to one of
  // them, so that later copies of the old text still find the group.
  await tx.query(
    `WITH heir AS (
       SELECT c.id FROM articles a JOIN articles c ON c.dup_group = a.dup_group AND c.id <> a.id AND c.minhash = a.minhash
        WHERE a.id = ${id} AND NOT EXISTS (SELECT 1 FROM article_minhash_bands x WHERE x.article_id = c.id)
        ORDER BY c.id LIMIT 1
     )
     UPDATE article_minhash_bands b SET article_id = heir.id FROM heir WHERE b.article_id = ${id}`,
  );
  await tx.query(`DELETE FROM article_minhash_bands WHERE article_id = ${id}`);
  await tx.query(`UPDATE articles SET minhash = decode($1, 'base64') WHERE id = ${id}`, [
    sig === null ? null : signatureToBytes(sig).toString('base64'),
  ]);

  const matches: Array<{ id: string; group: string | null }> = [];
  if (sig !== null) {
    const bands = lshBands(sig);
    // Band numbers and hashes are integers computed here: safe to inline, and it spares
    // array parameters, which the two drivers serialise differently.
    const pairs = bands.map((h, b) => `(${b}, ${h})`).join(', ');
    await tx.query(
      `INSERT INTO article_minhash_bands (band, hash, article_id) SELECT v.band, v.hash, ${id} FROM (VALUES ${pairs}) AS v (band, hash)`,
    );
    const candidates = await tx.query<{ id: string; minhash: Uint8Array | null; dup_group: string | null }>(
      `SELECT DISTINCT a.id::text AS id, a.minhash, a.dup_group::text AS dup_group
         FROM (VALUES ${pairs}) AS v (band, hash)
         JOIN article_minhash_bands b ON b.band = v.band AND b.hash = v.hash
         JOIN articles a ON a.id = b.article_id
        WHERE b.article_id <> ${id}
        LIMIT ${MAX_CANDIDATES}`,
    );
    for (const c of candidates.rows) {
      if (c.minhash !== null && estimateJaccard(sig, signatureFromBytes(c.minhash)) >= DUPLICATE_THRESHOLD) {
        matches.push({ id: c.id, group: c.dup_group });
      }
    }
  }

  if (matches.length === 0) {
    await tx.query(`UPDATE articles SET dup_group = NULL, is_duplicate = false WHERE id = ${id}`);
    if (previousGroup !== null) await regroup(tx, previousGroup);
    return;
  }

  const ids = [id, ...matches.map((m) => sqlId(m.id))].join(', ');
  const groups = [...new Set(matches.map((m) => m.group).filter((g) => g !== null))].map(sqlId);
  const members = `id IN (${ids})${groups.length > 0 ? ` OR dup_group IN (${groups.join(', ')})` : ''}`;
  const canonical = await tx.query<{ id: string }>(
    `SELECT id::text AS id FROM articles WHERE ${members} ORDER BY ${CANONICAL_ORDER} LIMIT 1`,
  );
  const c = sqlId(canonical.rows[0]!.id);
  await tx.query(`UPDATE articles SET dup_group = ${c}, is_duplicate = (id <> ${c}) WHERE (${members}) AND ${CHANGED(c)}`);
  if (previousGroup !== null && !groups.includes(sqlId(previousGroup))) await regroup(tx, previousGroup);
}

/** After a member left: re-point the rest to their earliest, or dissolve a group of one. */
async function regroup(tx: Queryable, group: string): Promise<void> {
  const g = sqlId(group);
  const rows = await tx.query<{ id: string }>(
    `SELECT id::text AS id FROM articles WHERE dup_group = ${g} ORDER BY ${CANONICAL_ORDER} LIMIT 2`,
  );
  if (rows.rows.length < 2) {
    await tx.query(`UPDATE articles SET dup_group = NULL, is_duplicate = false WHERE dup_group = ${g}`);
    return;
  }
  const c = sqlId(rows.rows[0]!.id);
  await tx.query(`UPDATE articles SET dup_group = ${c}, is_duplicate = (id <> ${c}) WHERE dup_group = ${g} AND ${CHANGED(c)}`);
}

/** Ids come from the database as decimal strings; checked before being inlined. */
function sqlId(id: string): string {
  if (!/^[0-9]{1,19}$/.test(id)) throw new Error(`not an article id: ${id}`);
  return id;
}
