/** `vigie ingest` as a user runs it: summary, failure lines, JSON, exit codes. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startFixtureServer, type FixtureServer } from './fixtureServer.js';
import { runCli } from './spawnCli.js';

let srv: FixtureServer;
let home: string;

before(async () => {
  srv = await startFixtureServer();
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-ingest-cli-'));
});

after(async () => {
  await srv.close();
  fs.rmSync(home, { recursive: true, force: true });
});

describe('vigie ingest', () => {
  test('a summary with one line per failure; exit 1 when something failed', async () => {
    const r = await runCli([
      'ingest',
      srv.url('/articles/cli-1.html'),
      srv.url('/articles/cli-2.html'),
      srv.url('/private/cli.html'),
      srv.url('/doc.pdf'),
      '--allow-private',
      '--home',
      home,
      '--timeout',
      '2000',
    ]);
    assert.equal(r.code, 1, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.match(lines[0]!, /^ingested in \d+\.\d s: 2 new, 0 updated, 0 duplicate, 2 failed$/);
    assert.equal(lines.length, 3);
    assert.match(lines[1]!, /^http:\/\/127\.0\.0\.1:\d+\/private\/cli\.html: E_ROBOTS robots\.txt .+ \(hint: .+\)$/);
    assert.match(lines[2]!, /\/doc\.pdf: E_UNSUPPORTED_TYPE .*application\/pdf.* \(hint: .+\)$/);
    assert.equal(r.stderr, ''); // not a terminal: no progress bar
  });

  test('again, as JSON: nothing new; exit 0 when nothing failed', async () => {
    const r = await runCli([
      'ingest',
      srv.url('/articles/cli-1.html'),
      srv.url('/articles/cli-2.html'),
      '--allow-private',
      '--home',
      home,
      '--format',
      'json',
    ]);
    assert.equal(r.code, 0, r.stderr);
    const s = JSON.parse(r.stdout) as Record<string, unknown>;
    assert.equal(s['new'], 0);
    assert.equal(s['duplicate'], 2);
    assert.equal(s['failed'], 0);
    assert.deepEqual(s['failures'], []);
    assert.equal(s['interrupted'], false);
  });

  test('usage errors exit 2 with one line', async () => {
    for (const args of [['ingest'], ['ingest', 'x.html', '--concurrency', '0'], ['ingest', 'x.html', '--format', 'xml']]) {
      const r = await runCli([...args, '--home', home]);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, /^vigie: E_USAGE .+ \(hint: .+\)\n$/);
    }
  });
});
