import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { resolveExtractOptions, USER_AGENT } from '../../src/core/options.js';
import { readSources, type RawSource } from '../../src/extract/input/readSources.js';
import { extractSources } from '../../src/extract/extractSources.js';
import type { ExtractResult } from '../../src/core/article.js';

const opts = resolveExtractOptions({ maxBytes: 100_000, timeoutMs: 300, maxRedirects: 3 });

async function collect(inputs: string[], extra: Partial<typeof opts> & { stdin?: NodeJS.ReadableStream } = {}): Promise<RawSource[]> {
  const out: RawSource[] = [];
  for await (const s of readSources(inputs, { ...opts, ...extra })) out.push(s);
  return out;
}

function ok(s: RawSource | undefined): Extract<RawSource, { bytes: Uint8Array }> {
  assert.ok(s, 'missing source');
  if ('error' in s) assert.fail(`${s.source}: unexpected ${s.error.code} ${s.error.message}`);
  return s;
}

function errCode(s: RawSource | undefined): string {
  assert.ok(s, 'missing source');
  assert.ok('error' in s, `${s.source}: expected an error`);
  return s.error.code;
}

const text = (s: RawSource | undefined) => Buffer.from(ok(s).bytes).toString('utf8');

describe('files and directories', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-read-'));
    const w = (p: string, data: string | Uint8Array) => {
      fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
      fs.writeFileSync(path.join(dir, p), data);
    };
    w('site/b.html', '<p>b</p>');
    w('site/a.htm', '<p>a</p>');
    w('site/c.txt', 'c text');
    w('site/z.txt.gz', gzipSync(Buffer.from('zipped text')));
    w('site/big.html.gz', gzipSync(Buffer.alloc(1_000_000, 0x61)));
    w('site/notes.md', '# skipped');
    w('site/image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    w('site/.hidden.html', '<p>hidden</p>');
    w('site/sub/d.HTML', '<p>d</p>');
    w('site/sub/deeper/e.xhtml', '<p>e</p>');
    w('site/aa/f.txt', 'f');
    w('explicit.md', 'read anyway');
    w('plain.html', Buffer.from(gzipSync(Buffer.from('<p>saved without --compressed</p>'))));
    w('huge.html', Buffer.alloc(100_001, 0x61));
    w('corrupt.html.gz', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 1, 2, 3, 4, 5, 6, 7]));
    fs.mkdirSync(path.join(dir, 'emptydir'));
    fs.writeFileSync(path.join(dir, 'emptydir', 'skip.json'), '{}');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('a directory is read recursively: files first, then subdirectories, sorted', async () => {
    const site = path.join(dir, 'site');
    const got = await collect([site]);
    assert.deepEqual(
      got.map((s) => path.relative(dir, s.source)),
      [
        'site/a.htm',
        'site/b.html',
        'site/big.html.gz',
        'site/c.txt',
        'site/z.txt.gz',
        'site/aa/f.txt',
        'site/sub/d.HTML',
        'site/sub/deeper/e.xhtml',
      ].map((p) => p.split('/').join(path.sep)),
    );
    assert.equal(text(got[0]), '<p>a</p>');
    assert.equal(ok(got[0]).group, site);
    assert.equal(ok(got[6]).group, path.join(site, 'sub'));
    assert.equal(ok(got[0]).url, null);
    assert.equal(ok(got[0]).contentType, null);
  });

  test('.gz is gunzipped; past maxBytes decompression stops with E_TOO_LARGE', async () => {
    const [zipped, big, corrupt] = await collect([
      path.join(dir, 'site/z.txt.gz'),
      path.join(dir, 'site/big.html.gz'),
      path.join(dir, 'corrupt.html.gz'),
    ]);
    assert.equal(text(zipped), 'zipped text');
    assert.equal(errCode(big), 'E_TOO_LARGE');
    assert.equal(errCode(corrupt), 'E_BINARY');
  });

  test('a gzipped file without .gz is unwrapped too', async () => {
    const [s] = await collect([path.join(dir, 'plain.html')]);
    assert.equal(text(s), '<p>saved without --compressed</p>');
  });

  test('files given explicitly are read whatever their extension; --url is attached', async () => {
    const [s] = await collect([path.join(dir, 'explicit.md')], { url: 'https://example.org/a' });
    assert.equal(text(s), 'read anyway');
    assert.equal(ok(s).url, 'https://example.org/a');
    assert.equal(ok(s).group, dir);
  });

  test('missing path → E_NOT_FOUND, the batch goes on', async () => {
    const got = await collect([path.join(dir, 'nope.html'), path.join(dir, 'site/c.txt')]);
    assert.equal(errCode(got[0]), 'E_NOT_FOUND');
    assert.equal(got[0]!.source, path.join(dir, 'nope.html'));
    assert.equal(text(got[1]), 'c text');
  });

  test('a directory with no readable files → E_NOT_FOUND', async () => {
    const got = await collect([path.join(dir, 'emptydir')]);
    assert.equal(got.length, 1);
    assert.equal(errCode(got[0]), 'E_NOT_FOUND');
  });

  test('a file over maxBytes → E_TOO_LARGE without reading it', async () => {
    const [s] = await collect([path.join(dir, 'huge.html')]);
    assert.equal(errCode(s), 'E_TOO_LARGE');
  });

  test("'-' reads stdin (gzip unwrapped, capped)", async () => {
    const [plain] = await collect(['-'], {
      stdin: Readable.from([Buffer.from('<p>from '), Buffer.from('stdin</p>')]),
      url: 'https://x.test/p',
    });
    assert.equal(text(plain), '<p>from stdin</p>');
    assert.equal(plain!.source, '-');
    assert.equal(plain!.url, 'https://x.test/p');
    assert.equal(ok(plain).group, 'stdin');
    const [gz] = await collect(['-'], { stdin: Readable.from([gzipSync(Buffer.from('gz stdin'))]) });
    assert.equal(text(gz), 'gz stdin');
    const [big] = await collect(['-'], { stdin: Readable.from([Buffer.alloc(60_000), Buffer.alloc(60_000)]) });
    assert.equal(errCode(big), 'E_TOO_LARGE');
  });

  test('unsupported URL schemes are refused', async () => {
    const [s] = await collect(['ftp://example.org/x.html']);
    assert.equal(errCode(s), 'E_UNSUPPORTED_TYPE');
  });
});

describe('http(s) URLs', () => {
  let server: http.Server;
  let base: string;
  let closedPort: number;
  const seenAgents: string[] = [];
  const timers = new Set<NodeJS.Timeout>();

  before(async () => {
    server = http.createServer((req, res) => {
      seenAgents.push(String(req.headers['user-agent']));
      switch (req.url) {
        case '/page.html':
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          res.end('<html><body><p>Héllo</p></body></html>');
          return;
        case '/text':
          res.writeHead(200, { 'content-type': 'text/plain' });
          res.end('plain words');
          return;
        case '/moved':
          res.writeHead(301, { location: '/page.html' });
          res.end();
          return;
        case '/loop':
          res.writeHead(302, { location: '/loop' });
          res.end();
          return;
        case '/404':
          res.writeHead(404, { 'content-type': 'text/html' });
          res.end('<p>not found</p>');
          return;
        case '/500':
          res.writeHead(500);
          res.end('boom');
          return;
        case '/doc.pdf':
          res.writeHead(200, { 'content-type': 'application/pdf' });
          res.end('%PDF-1.4 ...');
          return;
        case '/slow': {
          // Headers now, body never: the client's deadline must fire.
          res.writeHead(200, { 'content-type': 'text/html' });
          res.write('<p>start');
          const t = setTimeout(() => res.end('</p>'), 10_000);
          timers.add(t);
          res.on('close', () => clearTimeout(t));
          return;
        }
        case '/huge-stream': {
          res.writeHead(200, { 'content-type': 'text/html' });
          const chunk = Buffer.alloc(16 * 1024, 0x61);
          const pump = () => {
            while (!res.destroyed && res.write(chunk));
            if (!res.destroyed) res.once('drain', pump);
          };
          res.on('close', () => res.removeAllListeners('drain'));
          pump();
          return;
        }
        case '/huge-length':
          res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) });
          res.write('<p>');
          return;
        default:
          res.writeHead(404);
          res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const probe = http.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    closedPort = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
  });

  after(async () => {
    for (const t of timers) clearTimeout(t);
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  test('an HTML page: bytes, content type, final URL, host group, honest User-Agent', async () => {
    const [s] = await collect([`${base}/page.html`]);
    const src = ok(s);
    assert.equal(Buffer.from(src.bytes).toString('utf8'), '<html><body><p>Héllo</p></body></html>');
    assert.equal(src.contentType, 'text/html; charset=utf-8');
    assert.equal(src.url, `${base}/page.html`);
    assert.equal(src.group, new URL(base).host);
    assert.ok(seenAgents.includes(USER_AGENT));
  });

  test('redirects are followed and the final URL kept', async () => {
    const [s] = await collect([`${base}/moved`]);
    assert.equal(ok(s).url, `${base}/page.html`);
    assert.equal(s!.source, `${base}/moved`);
  });

  test('404 and 500 → E_HTTP with the status', async () => {
    const [a, b] = await collect([`${base}/404`, `${base}/500`]);
    assert.equal(errCode(a), 'E_HTTP');
    assert.match((a as { error: Error }).error.message, /404/);
    assert.equal(errCode(b), 'E_HTTP');
    assert.match((b as { error: Error }).error.message, /500/);
  });

  test('a PDF → E_UNSUPPORTED_TYPE', async () => {
    const [s] = await collect([`${base}/doc.pdf`]);
    assert.equal(errCode(s), 'E_UNSUPPORTED_TYPE');
    assert.match((s as { error: Error }).error.message, /application\/pdf/);
  });

  test('a response slower than the timeout → E_TIMEOUT', async () => {
    const t0 = Date.now();
    const [s] = await collect([`${base}/slow`]);
    assert.equal(errCode(s), 'E_TIMEOUT');
    assert.ok(Date.now() - t0 < 5000);
  });

  test('an endless body is cut at maxBytes → E_TOO_LARGE; so is a huge Content-Length', async () => {
    const [a, b] = await collect([`${base}/huge-stream`, `${base}/huge-length`]);
    assert.equal(errCode(a), 'E_TOO_LARGE');
    assert.equal(errCode(b), 'E_TOO_LARGE');
  });

  test('a redirect loop stops after maxRedirects → E_HTTP', async () => {
    const [s] = await collect([`${base}/loop`]);
    assert.equal(errCode(s), 'E_HTTP');
    assert.match((s as { error: Error }).error.message, /redirects/);
  });

  test('a refused connection → E_NETWORK', async () => {
    const [s] = await collect([`http://127.0.0.1:${closedPort}/`]);
    assert.equal(errCode(s), 'E_NETWORK');
  });

  test('a mixed batch keeps input order and goes on after failures', async () => {
    const got = await collect([`${base}/404`, `${base}/text`, `${base}/doc.pdf`, `${base}/page.html`, `${base}/500`, `${base}/text`]);
    assert.deepEqual(
      got.map((s) => ('error' in s ? s.error.code : 'ok')),
      ['E_HTTP', 'ok', 'E_UNSUPPORTED_TYPE', 'ok', 'E_HTTP', 'ok'],
    );
    assert.deepEqual(
      got.map((s) => s.source),
      ['/404', '/text', '/doc.pdf', '/page.html', '/500', '/text'].map((p) => base + p),
    );
  });
});

describe('extractSources (batch)', () => {
  let dir: string;
  const FOOTER = 'Subscribe to the Weekly Courier for 1 euro';
  const story = (title: string, body: string) => `${title}\n\n${body}\n\n${FOOTER}\n`;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-batch-'));
    const body = (w: string) =>
      `The ${w} committee met on Monday evening and agreed, after a long debate, to publish its findings before the summer recess.`;
    fs.mkdirSync(path.join(dir, 'dumps'));
    fs.writeFileSync(path.join(dir, 'dumps', '1.txt'), story('Harbour plan approved', body('harbour')));
    fs.writeFileSync(path.join(dir, 'dumps', '2.txt'), story('School budget cut', body('school')));
    fs.writeFileSync(
      path.join(dir, 'dumps', '3.html'),
      `<html><body><article><p>${body('museum')}</p><p>${FOOTER}</p></article></body></html>`,
    );
    fs.writeFileSync(path.join(dir, 'dumps', '4.txt'), '');
    fs.writeFileSync(path.join(dir, 'dumps', '5.txt'), story('Tram line extended', body('transport')));
    fs.mkdirSync(path.join(dir, 'dupes'));
    fs.writeFileSync(path.join(dir, 'dupes', 'a.txt'), story('Same story', body('same')));
    fs.writeFileSync(path.join(dir, 'dupes', 'b.txt'), story('Same story', body('same')));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function all(inputs: string[]): Promise<ExtractResult[]> {
    const out: ExtractResult[] = [];
    for await (const r of extractSources(inputs)) out.push(r);
    return out;
  }

  test('one result per document, in order; failures are results and the batch goes on', async () => {
    const got = await all([path.join(dir, 'nope'), path.join(dir, 'dumps')]);
    assert.deepEqual(
      got.map((r) => path.basename(r.source)),
      ['nope', '1.txt', '2.txt', '3.html', '4.txt', '5.txt'],
    );
    assert.equal(got[0]!.ok, false);
    assert.equal(!got[0]!.ok && got[0]!.error.code, 'E_NOT_FOUND');
    assert.equal(!got[4]!.ok && got[4]!.error.code, 'E_EMPTY');
  });

  // [needs real extract]: extract() drops boilerplateLines from text documents.
  test('lines repeated across text dumps of one directory are dropped as boilerplate', async () => {
    const got = await all([path.join(dir, 'dumps')]);
    for (const i of [0, 1, 4]) {
      const r = got[i]!;
      assert.ok(r.ok, r.ok ? '' : r.error.message);
      assert.ok(!r.text.includes(FOOTER), `${r.source} still has the footer`);
      assert.equal(r.removed.byReason.repeated, 1);
    }
  });

  test('a duplicated document does not turn its own lines into boilerplate', async () => {
    const got = await all([path.join(dir, 'dupes')]);
    assert.equal(got.length, 2);
    for (const r of got) if (r.ok) assert.equal(r.removed.byReason.repeated, undefined);
  });
});
