/**
 * The store commands: search, show, export, stats, db. Most run in-process through
 * main() on a PGlite store filled beforehand; a few spawn the CLI to check exit codes,
 * one-line errors and --db / VIGIE_DATABASE_URL against the local server.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import { openStore } from '../../src/store/openStore.js';
import type { SearchHit, StoredArticle } from '../../src/store/types.js';
import * as F from '../store/fixtures.js';
import { createThrowawayDatabase, type ThrowawayDatabase } from '../store/throwawayDatabase.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MAIN = path.join(ROOT, 'src/cli/main.ts');
const SPECS = [F.dispatch, F.copyRetitled, F.englishReport, F.englishOther, F.germanReport, F.undated];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

async function vigie(...args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const sink = (f: (s: string) => void) =>
    new Writable({
      write(chunk, _enc, cb) {
        f(String(chunk));
        cb();
      },
    });
  const code = await main(['node', 'vigie', ...args], {
    stdin: new PassThrough(),
    stdout: sink((s) => (stdout += s)),
    stderr: sink((s) => (stderr += s)),
  });
  return { code, stdout, stderr };
}

function spawnVigie(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, VIGIE_DATABASE_URL: '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const lines = (s: string) => s.split('\n').filter((l) => l !== '');
const oneLineError = (code: string) => new RegExp(`^vigie: ${code} .+ \\(hint: .+\\)$`);

describe('vigie store commands', () => {
  let home: string;
  let h: string[];
  const saved = new Map<string, string>(); // url → id
  const savedEnv = { db: process.env.VIGIE_DATABASE_URL, home: process.env.VIGIE_HOME };

  before(async () => {
    delete process.env.VIGIE_DATABASE_URL;
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-cli-store-'));
    h = ['--home', home];
    const store = await openStore({ home });
    for (const s of SPECS) saved.set(s.url, (await store.save(F.input(s))).articleId);
    await store.close();
  });
  after(() => {
    if (savedEnv.db !== undefined) process.env.VIGIE_DATABASE_URL = savedEnv.db;
    fs.rmSync(home, { recursive: true, force: true });
  });

  test('search --format text: numbered hits with date, outlet, URL and a marked snippet', async () => {
    const r = await vigie('search', 'Kallasse', ...h);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.match(
      r.stdout,
      /^1\. Sahel : la France va retirer ses soldats avant la fin du mois\n {3}2024-03-05 · agence\.example · fr · #1 · score /,
    );
    assert.match(r.stdout, /\n {3}https:\/\/www\.agence\.example\/depeche\/sahel-retrait\n {3}Le général «Kallassé» a annoncé/);
    assert.match(r.stdout, /copy of #1/);
    assert.equal((r.stdout.match(/^\d+\. /gm) ?? []).length, 4);
  });

  test('search --format json and jsonl print SearchHits; filters and limit apply', async () => {
    const json = await vigie('search', 'sahel', '--format', 'json', ...h);
    const hits = JSON.parse(json.stdout) as SearchHit[];
    assert.equal(hits.length, 5);
    for (const hit of hits)
      assert.deepEqual(Object.keys(hit).sort(), [
        'duplicateGroup',
        'id',
        'language',
        'outlet',
        'publishedAt',
        'rank',
        'snippet',
        'title',
        'url',
      ]);

    const jsonl = await vigie(
      'search',
      'sahel',
      '--format',
      'jsonl',
      '--lang',
      'fr',
      '--since',
      '2024-03-05',
      '--until',
      '2024-03-07',
      '--limit',
      '1',
      ...h,
    );
    assert.equal(jsonl.code, 0, jsonl.stderr);
    const rows = lines(jsonl.stdout).map((l) => JSON.parse(l) as SearchHit);
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.language, 'fr');

    const bySource = await vigie('search', 'sahel', 'OR', 'bridge', '-f', 'jsonl', '--source', 'dailyexample', ...h);
    assert.deepEqual(
      lines(bySource.stdout)
        .map((l) => (JSON.parse(l) as SearchHit).url)
        .sort(),
      [F.englishOther.url, F.englishReport.url].sort(),
    );
  });

  test('search with no hit: nothing on stdout, exit 0', async () => {
    const r = await vigie('search', 'zzzz', ...h);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /no article matches/);
    const j = await vigie('search', 'zzzz', '-f', 'json', ...h);
    assert.equal(j.stdout, '[]\n');
  });

  test('search: bad options are usage errors', async () => {
    for (const args of [
      ['--since', 'yesterday'],
      ['--until', '2024-02-30'],
      ['--limit', '0'],
      ['--lang', 'french!'],
      ['--format', 'xml'],
    ]) {
      const r = await vigie('search', 'x', ...args, ...h);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr.trim(), oneLineError('E_USAGE'));
    }
  });

  test('show ID|URL: the text view with how it is stored, or JSON', async () => {
    const id = saved.get(F.copyRetitled.url)!;
    const text = await vigie('show', id, ...h);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /^Les troupes françaises quittent le Sahel\n/);
    assert.match(
      text.stdout,
      new RegExp(`\\nStored: #${id}, version 1 of 1, fetched 2024-03-05T11:05:00.000Z, outlet journal-du-sud.example, copy of #1\\n`),
    );
    assert.match(text.stdout, /Les discussions avaient été suspendues/);

    const json = await vigie('show', F.copyRetitled.url, '--format', 'json', ...h);
    const a = JSON.parse(json.stdout) as StoredArticle;
    assert.equal(a.id, id);
    assert.equal(a.article.title, F.copyRetitled.title);
    assert.equal(a.isDuplicate, true);

    const missing = await vigie('show', '12345', ...h);
    assert.equal(missing.code, 1);
    assert.equal(missing.stdout, '');
    assert.match(missing.stderr.trim(), oneLineError('E_NOT_FOUND'));
  });

  test('ingest --analyze stores each article with its analysis; show prints it', async () => {
    const seed = path.join(ROOT, '../shared/seed/000_0de1e556a333c2f9.txt');
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-cli-analyze-'));
    try {
      const run = await vigie('ingest', seed, '--analyze', '--home', other, '--quiet');
      assert.equal(run.code, 0, run.stderr);
      const json = JSON.parse((await vigie('show', '1', '--format', 'json', '--home', other)).stdout) as StoredArticle;
      assert.match(json.analysis?.analyzer ?? '', /^vigie\//);
      assert.ok(json.analysis?.analysis.places.some((p) => p.geonameId === 170063 && p.mention.text === 'Alep'));
      assert.ok(json.analysis?.analysis.quotes.length);
      const text = await vigie('show', '1', '--home', other);
      assert.match(text.stdout, /\nAnalysed by vigie\/\S+: \d+ entities, \d+ places \(\d+ resolved\), \d+ quotes/);
      // Without --analyze nothing is analysed.
      assert.equal((JSON.parse((await vigie('show', '1', '--format', 'json', ...h)).stdout) as StoredArticle).analysis, null);
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });

  test('export --format jsonl: one StoredArticle per line, in id order', async () => {
    const r = await vigie('export', ...h);
    assert.equal(r.code, 0, r.stderr);
    const rows = lines(r.stdout).map((l) => JSON.parse(l) as StoredArticle);
    assert.deepEqual(
      rows.map((a) => a.url),
      SPECS.map((s) => s.url),
    );
    assert.equal(rows[0]!.article.text, F.input(F.dispatch).article.text);
  });

  test('export --format csv: a header and RFC 4180 quoting, to a file with -o', async () => {
    const file = path.join(home, 'out.csv');
    const r = await vigie('export', '--format', 'csv', '-o', file, ...h);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
    const csv = fs.readFileSync(file, 'utf8');
    assert.ok(csv.startsWith('id,url,outlet,language,published_at,title,word_count,duplicate_group,text\r\n'));
    const records = parseCsv(csv);
    assert.equal(records.length, SPECS.length + 1);
    const first = records[1]!;
    assert.deepEqual(first.slice(0, 8), [
      '1',
      F.dispatch.url,
      'agence.example',
      'fr',
      '2024-03-05T09:00:00+01:00',
      F.dispatch.title,
      '155',
      '1',
    ]);
    assert.equal(first[8], F.input(F.dispatch).article.text, 'multi-line text survives quoting');
    const undated = records.find((rec) => rec[1] === F.undated.url)!;
    assert.equal(undated[4], '');
    assert.equal(undated[7], '');
  });

  test('stats: a readable table, or JSON', async () => {
    const text = await vigie('stats', ...h);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /^articles +6\nversions +6\nduplicate groups +1\n/);
    assert.match(text.stdout, /\nby outlet\n {2}dailyexample\.co\.uk +2\n/);
    assert.match(text.stdout, /\nby language\n {2}fr +3\n {2}en +2\n {2}de +1\n/);
    assert.match(text.stdout, /\nby day\n {2}2024-02-20 +1\n {2}2024-03-05 +3\n/);
    // VIGIE_HOME stands in for --home.
    process.env.VIGIE_HOME = home;
    try {
      const json = JSON.parse((await vigie('stats', '-f', 'json')).stdout);
      assert.equal(json.articles, 6);
      assert.deepEqual(json.byLanguage[0], { language: 'fr', articles: 3 });
    } finally {
      if (savedEnv.home === undefined) delete process.env.VIGIE_HOME;
      else process.env.VIGIE_HOME = savedEnv.home;
    }
  });

  test('db status and db migrate', async () => {
    const fresh = path.join(home, 'fresh');
    const status = await vigie('db', 'status', '--home', fresh);
    assert.equal(status.code, 0, status.stderr);
    assert.match(status.stdout, /^engine: +pglite\nlocation: .*fresh\/pgdata\nschema: +version 0\n {2}pending +1 /);
    const migrated = await vigie('db', 'migrate', '--home', fresh);
    assert.match(migrated.stdout, /\napplied 1 /);
    const again = await vigie('db', 'migrate', '--home', fresh, '--format', 'json');
    const state = JSON.parse(again.stdout);
    assert.deepEqual(state.newlyApplied, []);
    assert.deepEqual(state.pending, []);
    assert.equal(state.applied[0].version, 1);
  });

  test('a PGlite folder in use by another process: one E_DB line, exit 1', async () => {
    const store = await openStore({ home });
    try {
      const r = await spawnVigie(['stats', ...h]);
      assert.equal(r.code, 1);
      assert.equal(r.stdout, '');
      assert.match(r.stderr.trim(), oneLineError('E_DB'));
      assert.match(r.stderr, /in use by another Vigie process/);
    } finally {
      await store.close();
    }
  });

  test('an unreachable server: one E_DB line, exit 1, password masked', async () => {
    const r = await spawnVigie(['search', 'x', '--db', 'postgres://vigie:s3cret@127.0.0.1:1/vigie']);
    assert.equal(r.code, 1);
    assert.equal(lines(r.stderr).length, 1, r.stderr);
    assert.match(r.stderr.trim(), oneLineError('E_DB'));
    assert.doesNotMatch(r.stderr, /s3cret/);
    const bad = await spawnVigie(['stats', '--db', 'mysql://x']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr.trim(), oneLineError('E_USAGE'));
  });

  describe('on a PostgreSQL server', () => {
    let tmp: ThrowawayDatabase;
    before(async () => {
      tmp = await createThrowawayDatabase();
    });
    after(async () => {
      await tmp?.drop();
    });

    test('--db and VIGIE_DATABASE_URL select the server; migrate on first use', async () => {
      const status = await spawnVigie(['db', 'status', '--db', tmp.url]);
      assert.equal(status.code, 0, status.stderr);
      assert.match(status.stdout, /^engine: +postgres\n/);
      assert.match(status.stdout, /pending +1/);
      const store = await openStore({ url: tmp.url });
      await store.save(F.input(F.englishReport));
      await store.close();
      const r = await spawnVigie(['search', 'withdrawal', '-f', 'jsonl'], { VIGIE_DATABASE_URL: tmp.url });
      assert.equal(r.code, 0, r.stderr);
      assert.equal((JSON.parse(r.stdout) as SearchHit).url, F.englishReport.url);
    });
  });
});

/** Just enough CSV reading to check the writer: quoted fields, doubled quotes, CRLF records. */
function parseCsv(s: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && s[i + 1] === '\n') {
      row.push(cell);
      out.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return out;
}
