/**
 * End-to-end CLI tests: spawn `node --import tsx src/cli/main.ts`.
 *
 * Assertions marked [needs real extract] rely on extract() turning a well-formed article
 * into { ok: true }; the rest only depend on the CLI, readSources and decodeBytes.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PassThrough, Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MAIN = path.join(ROOT, 'src/cli/main.ts');

const ARTICLE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Council approves new bridge | The Daily Test</title>
<meta name="author" content="Jane Reporter">
<meta property="article:published_time" content="2024-03-05T10:30:00+01:00"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Council approves new bridge</h1>
<p>The city council voted on Tuesday to approve the construction of a new bridge across the river, ending a debate that had lasted nearly a decade.</p>
<p>The project, estimated to cost 40 million euros, will connect the northern districts to the city centre and is expected to reduce traffic on the old bridge by a third.</p>
<h2>Opposition remains</h2>
<p>Several residents' groups said they would continue to oppose the plan, arguing that the money would be better spent on public transport.</p>
<blockquote>We will take this to court if we have to, said one of the organisers.</blockquote>
<ul><li>Cost: 40 million euros</li><li>Length: 320 metres</li></ul>
<p>Construction is scheduled to begin next spring and last about three years, according to the city's engineering department.</p>
</article><footer>Copyright The Daily Test</footer></body></html>`;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], opts: { stdin?: string | Buffer } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
      cwd: ROOT, // so that --import tsx resolves
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(opts.stdin ?? '');
  });
}

const lines = (s: string) => s.split('\n').filter((l) => l !== '');
const usageLine = /^vigie: E_USAGE .+ \(hint: .+\)$/;

describe('vigie CLI', { concurrency: true }, () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-cli-'));
    fs.writeFileSync(path.join(dir, 'good.html'), ARTICLE);
    fs.writeFileSync(path.join(dir, 'empty.html'), '');
    fs.writeFileSync(path.join(dir, 'binary.html'), Buffer.from('%PDF-1.4\n...'));
    fs.mkdirSync(path.join(dir, 'batch'));
    for (let i = 0; i < 25; i++) fs.writeFileSync(path.join(dir, 'batch', `p${String(i).padStart(2, '0')}.html`), ARTICLE);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('--version and --help exit 0', async () => {
    const v = await run(['--version']);
    assert.equal(v.code, 0);
    assert.match(v.stdout, /^\d+\.\d+\.\d+/);
    const h = await run(['extract', '--help']);
    assert.equal(h.code, 0);
    assert.match(h.stdout, /--format/);
    assert.match(h.stdout, /--max-bytes/);
  });

  test('unknown flag → exit 2 with a one-line E_USAGE message', async () => {
    const r = await run(['extract', '--bogus', 'x.html']);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.equal(lines(r.stderr).length, 1);
    assert.match(r.stderr.trim(), usageLine);
    assert.match(r.stderr, /--bogus/);
  });

  test('bad --format value, bad numbers, unknown command → exit 2', async () => {
    const results = await Promise.all([
      run(['extract', '--format', 'xml', 'x.html']),
      run(['extract', '--max-bytes', 'lots', 'x.html']),
      run(['extract', '--timeout', '-5', 'x.html']),
      run(['extract', '--max-depth', '1.5', 'x.html']),
      run(['extract', '--url', 'not a url', 'x.html']),
      run(['extract', '--encoding', 'klingon-8', 'x.html']),
      run(['frobnicate']),
    ]);
    for (const r of results) {
      assert.equal(r.code, 2, r.stderr);
      assert.match(lines(r.stderr).at(-1) ?? '', usageLine);
    }
  });

  test('a batch with an empty file and a good file prints both records in jsonl and exits 1', async () => {
    const r = await run(['extract', path.join(dir, 'empty.html'), path.join(dir, 'good.html')]);
    assert.equal(r.code, 1);
    const records = lines(r.stdout).map((l) => JSON.parse(l));
    assert.equal(records.length, 2);
    assert.equal(records[0].ok, false);
    assert.equal(records[0].source, path.join(dir, 'empty.html'));
    assert.equal(records[0].error.code, 'E_EMPTY');
    assert.ok(records[0].error.hint);
    assert.equal(records[1].source, path.join(dir, 'good.html'));
    assert.equal(records[1].ok, true); // [needs real extract]
    assert.equal(records[1].title, 'Council approves new bridge'); // [needs real extract]
    const err = lines(r.stderr);
    assert.equal(err.length, 1); // [needs real extract]: only the empty file fails
    assert.equal(
      err[0],
      `${path.join(dir, 'empty.html')}: E_EMPTY input is empty (0 bytes) (hint: check that the file was saved completely)`,
    );
  });

  test('missing and binary inputs: error lines on stderr, records on stdout, exit 1', async () => {
    const r = await run(['extract', '--format', 'json', 'nope-vigie-test.html', path.join(dir, 'binary.html')]);
    assert.equal(r.code, 1);
    const arr = JSON.parse(r.stdout);
    assert.ok(Array.isArray(arr));
    assert.deepEqual(
      arr.map((x: { error: { code: string } }) => x.error.code),
      ['E_NOT_FOUND', 'E_BINARY'],
    );
    const err = lines(r.stderr);
    assert.equal(err.length, 2);
    assert.match(err[0]!, /^nope-vigie-test\.html: E_NOT_FOUND .+ \(hint: .+\)$/);
    assert.match(err[1]!, /binary\.html: E_BINARY .+ \(hint: .+\)$/);
  });

  test('one good file → a single JSON object, exit 0 [needs real extract]', async () => {
    const r = await run(['extract', path.join(dir, 'good.html'), '--url', 'https://example.org/bridge']);
    assert.equal(r.stderr, '');
    assert.equal(r.code, 0);
    const a = JSON.parse(r.stdout);
    assert.equal(a.ok, true);
    assert.equal(a.url, 'https://example.org/bridge');
    assert.equal(a.title, 'Council approves new bridge');
  });

  test("stdin '-' works, and is read when no INPUT is given and stdin is not a TTY", async () => {
    const [dash, none] = await Promise.all([
      run(['extract', '-', '--format', 'jsonl'], { stdin: ARTICLE }),
      run(['extract'], { stdin: ARTICLE }),
    ]);
    // '-' with --format jsonl gives one line; no INPUT means one input, so pretty json.
    for (const [r, recs] of [
      [dash, lines(dash.stdout).map((l) => JSON.parse(l))],
      [none, [JSON.parse(none.stdout)]],
    ] as const) {
      assert.equal(recs.length, 1);
      assert.equal(recs[0].source, '-');
      assert.equal(recs[0].ok, true); // [needs real extract]
      assert.equal(r.code, 0); // [needs real extract]
    }
    const empty = await run(['extract', '-'], { stdin: '   \n' });
    assert.equal(empty.code, 1);
    assert.equal(JSON.parse(empty.stdout).error.code, 'E_EMPTY');
    assert.match(empty.stderr, /^-: E_EMPTY /);
  });

  test('text and markdown formats [needs real extract]', async () => {
    const [text, md] = await Promise.all([
      run(['extract', '--format', 'text', path.join(dir, 'good.html')]),
      run(['extract', '--format', 'markdown', path.join(dir, 'good.html')]),
    ]);
    assert.equal(text.code, 0);
    assert.match(text.stdout, /^Council approves new bridge\n/);
    assert.match(text.stdout, /^By: Jane Reporter$/m);
    assert.match(text.stdout, /The city council voted/);
    assert.equal(md.code, 0);
    assert.match(md.stdout, /^# Council approves new bridge\n/);
    assert.match(md.stdout, /^## Opposition remains$/m);
    assert.match(md.stdout, /^> We will take this to court/m);
    assert.match(md.stdout, /^- Cost: 40 million euros$/m);
  });

  test('a directory defaults to jsonl; nothing on stderr when it is not a TTY [needs real extract]', async () => {
    const r = await run(['extract', path.join(dir, 'batch')]);
    assert.equal(r.code, 0);
    assert.equal(r.stderr, '');
    const recs = lines(r.stdout).map((l) => JSON.parse(l));
    assert.equal(recs.length, 25);
    assert.equal(recs[0].source, path.join(dir, 'batch', 'p00.html'));
    assert.ok(recs.every((x: { ok: boolean }) => x.ok));
  });

  test('--output writes to a file', async () => {
    const out = path.join(dir, 'out.jsonl');
    const r = await run(['extract', '--format', 'jsonl', '--output', out, path.join(dir, 'empty.html')]);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.equal(JSON.parse(fs.readFileSync(out, 'utf8')).error.code, 'E_EMPTY');
  });

  test('no INPUT while stdin is a TTY → usage error, exit 2', async () => {
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    let stderr = '';
    let stdout = '';
    const sink = (f: (s: string) => void) =>
      new Writable({
        write(chunk, _enc, cb) {
          f(String(chunk));
          cb();
        },
      });
    const code = await main(['node', 'vigie', 'extract'], {
      stdin,
      stdout: sink((s) => (stdout += s)),
      stderr: sink((s) => (stderr += s)),
    });
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr.trim(), usageLine);
    assert.match(stderr, /no INPUT/);
  });
});
