/**
 * kill -9 in the middle of a large ingest, then a re-run: every article is stored exactly
 * once, each with exactly one version, and no row is left half-written.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { openDb } from '../../src/store/openStore.js';
import { articleHtml } from './fixtureServer.js';
import { runCli } from './spawnCli.js';

const FILES = 300;
/** Kill once this many documents are reported stored (--verbose lines on stderr). */
const KILL_AFTER = 40;

let tmp: string;
let dir: string;
let home: string;

before(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-kill-'));
  dir = path.join(tmp, 'pages');
  home = path.join(tmp, 'home');
  fs.mkdirSync(dir);
  for (let i = 0; i < FILES; i++) {
    fs.writeFileSync(path.join(dir, `${String(i).padStart(3, '0')}.html`), articleHtml(`bulk-${i}`, { title: `Bulk story ${i}` }));
  }
});

after(() => fs.rmSync(tmp, { recursive: true, force: true }));

test('kill -9 mid-ingest, re-run: every article stored exactly once', async () => {
  let seen = 0;
  const killed = await runCli(['ingest', dir, '--home', home, '--verbose'], (stderr, child) => {
    seen = stderr.split('\n').filter((l) => l.startsWith('new ')).length;
    if (seen >= KILL_AFTER && child.exitCode === null && !child.killed) child.kill('SIGKILL');
  });
  assert.equal(killed.signal, 'SIGKILL', `the first run was not killed (exit ${killed.code}): ${killed.stderr.slice(-500)}`);
  assert.ok(seen < FILES, 'the first run finished before it could be killed');

  const rerun = await runCli(['ingest', dir, '--home', home, '--format', 'json']);
  assert.equal(rerun.code, 0, rerun.stderr + rerun.stdout);
  const s = JSON.parse(rerun.stdout) as { new: number; updated: number; duplicate: number; failed: number };
  assert.equal(s.failed, 0);
  assert.equal(s.updated, 0);
  assert.equal(s.new + s.duplicate, FILES);
  assert.ok(s.duplicate >= seen, `${s.duplicate} already stored, but ${seen} were reported before the kill`);

  const db = await openDb({ home });
  try {
    const one = async (sql: string): Promise<number> => (await db.query<{ n: number }>(sql)).rows[0]!.n;
    assert.equal(await one('SELECT count(*)::int AS n FROM articles'), FILES);
    assert.equal(await one('SELECT count(DISTINCT url)::int AS n FROM articles'), FILES);
    assert.equal(await one('SELECT count(*)::int AS n FROM article_versions'), FILES);
    assert.equal(await one('SELECT count(*)::int AS n FROM articles WHERE current_version <> 1'), 0);
    // Every article has its version row, every version its article, every fingerprint its
    // bands (its own, or a verbatim twin's).
    assert.equal(
      await one(
        'SELECT count(*)::int AS n FROM articles a LEFT JOIN article_versions v ON v.article_id = a.id AND v.version = a.current_version WHERE v.article_id IS NULL',
      ),
      0,
    );
    assert.equal(
      await one('SELECT count(*)::int AS n FROM article_versions v LEFT JOIN articles a ON a.id = v.article_id WHERE a.id IS NULL'),
      0,
    );
    assert.equal(
      await one(
        `SELECT count(*)::int AS n FROM articles a WHERE a.minhash IS NOT NULL AND NOT EXISTS (
           SELECT 1 FROM articles t JOIN article_minhash_bands b ON b.article_id = t.id WHERE t.minhash = a.minhash)`,
      ),
      0,
    );
    const urls = (await db.query<{ url: string }>('SELECT url FROM articles')).rows.map((r) => r.url).sort();
    const expected = fs
      .readdirSync(dir)
      .map((f) => pathToFileURL(path.join(dir, f)).href)
      .sort();
    assert.deepEqual(urls, expected);
  } finally {
    await db.close();
  }
});
