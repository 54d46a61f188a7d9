/**
 * kill -9 in the middle of a large ingest, then a re-run: every article is stored
 * exactly once, with no half-written rows, on both engines.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDb } from '../../src/store/openStore.js';
import { createThrowawayDatabase } from './throwawayDatabase.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CHILD = path.join(ROOT, 'test/store/killChild.ts');
const COUNT = 150;

/** Runs the child; with `killAfter`, SIGKILLs it once that many saves are reported. */
function runChild(
  args: string[],
  killAfter: number | null,
): Promise<{ lines: string[]; code: number | null; signal: string | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args, String(COUNT)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    let buf = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      buf += d;
      const parts = buf.split('\n');
      buf = parts.pop()!;
      lines.push(...parts);
      // A few milliseconds later, so that the kill lands inside a save, not between two.
      if (killAfter !== null && lines.length >= killAfter) setTimeout(() => child.kill('SIGKILL'), 3);
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ lines, code, signal, stderr }));
  });
}

async function checkOnce(target: { home?: string; url?: string }): Promise<void> {
  const db = await openDb(target);
  try {
    const one = async (sql: string): Promise<number> => (await db.query<{ n: number }>(sql)).rows[0]!.n;
    assert.equal(await one('SELECT count(*)::int AS n FROM articles'), COUNT);
    assert.equal(await one('SELECT count(DISTINCT url)::int AS n FROM articles'), COUNT);
    assert.equal(await one('SELECT count(*)::int AS n FROM article_versions'), COUNT, 'one version each');
    assert.equal(await one('SELECT count(*)::int AS n FROM articles WHERE current_version <> 1'), 0);
    assert.equal(
      await one('SELECT count(*)::int AS n FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_versions v WHERE v.article_id = a.id)'),
      0,
    );
    // A verbatim copy may rely on its twin's bands; every fingerprint is findable.
    assert.equal(
      await one(
        `SELECT count(*)::int AS n FROM articles a WHERE a.minhash IS NOT NULL AND NOT EXISTS (
           SELECT 1 FROM articles t WHERE t.minhash = a.minhash
              AND (SELECT count(*) FROM article_minhash_bands b WHERE b.article_id = t.id) = 32)`,
      ),
      0,
      'every fingerprint has all its bands, or a twin that has them',
    );
    assert.equal(
      await one(
        'SELECT count(*)::int AS n FROM (SELECT article_id FROM article_minhash_bands GROUP BY article_id HAVING count(*) <> 32) x',
      ),
      0,
      'bands are written whole',
    );
    assert.equal(await one('SELECT count(*)::int AS n FROM articles WHERE minhash IS NULL'), 0);
    assert.equal(await one('SELECT count(*)::int AS n FROM outlets'), 7);
    assert.equal(await one('SELECT count(*)::int AS n FROM articles WHERE is_duplicate'), COUNT / 5, 'every fifth is a copy');
  } finally {
    await db.close();
  }
}

describe('kill -9 during an ingest, then a re-run', { concurrency: true }, () => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-kill-'));
  after(() => fs.rmSync(home, { recursive: true, force: true }));

  for (const engine of ['PGlite', 'PostgreSQL'] as const) {
    test(engine, async () => {
      const tmp = engine === 'PostgreSQL' ? await createThrowawayDatabase() : null;
      try {
        const args = tmp ? ['--db', tmp.url] : ['--home', home];
        const killed = await runChild(args, 40);
        assert.equal(killed.signal, 'SIGKILL', killed.stderr);
        assert.ok(killed.lines.length < COUNT);

        const rerun = await runChild(args, null);
        assert.equal(rerun.code, 0, rerun.stderr);
        assert.equal(rerun.lines.length, COUNT);
        const statuses = rerun.lines.map((l) => l.split(' ')[1]);
        // Whatever was committed before the kill is recognised; the rest is new.
        const unchanged = statuses.filter((s) => s === 'unchanged').length;
        assert.ok(unchanged >= killed.lines.length, `${unchanged} unchanged after ${killed.lines.length} reported saves`);
        assert.ok(unchanged <= killed.lines.length + 1);
        assert.deepEqual(statuses.slice(unchanged), Array(COUNT - unchanged).fill('new'));
        await checkOnce(tmp ? { url: tmp.url } : { home });
      } finally {
        await tmp?.drop();
      }
    });
  }
});
