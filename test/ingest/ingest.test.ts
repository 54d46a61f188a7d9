/**
 * ingest() end to end on the embedded store (PGlite in a temporary folder) and the local
 * fixture server: feeds with and without --follow, sitemaps, failures, re-runs that add
 * nothing, versions, refusals, local files and WARC files.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';
import { ingest } from '../../src/index.js';
import type { IngestEvent, IngestOptions, IngestSummary } from '../../src/index.js';
import { openStore } from '../../src/store/openStore.js';
import type { Store } from '../../src/store/types.js';
import { articleHtml, startFixtureServer, type FixtureServer } from './fixtureServer.js';

let srv: FixtureServer;
let store: Store;
let home: string;
let tmp: string;

before(async () => {
  srv = await startFixtureServer();
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-ingest-'));
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-ingest-files-'));
  store = await openStore({ home });
});

after(async () => {
  await store.close();
  await srv.close();
  fs.rmSync(home, { recursive: true, force: true });
  fs.rmSync(tmp, { recursive: true, force: true });
});

function run(inputs: string[], opts: Partial<IngestOptions> = {}): Promise<IngestSummary> {
  return ingest(inputs, { store, allowPrivate: true, timeoutMs: 1000, maxBytes: 1024 * 1024, retryBaseMs: 20, ...opts });
}

const counts = (s: IngestSummary) => ({
  new: s.new,
  updated: s.updated,
  duplicate: s.duplicate,
  failed: s.failed,
  listed: s.listed,
  notModified: s.notModified,
  skipped: s.skipped,
});
const codes = (s: IngestSummary) => Object.fromEntries(s.failures.map((f) => [new URL(f.source, 'file:///').pathname, f.code]));

describe('feeds', () => {
  const feeds = () => [srv.url('/feeds/rss.xml'), srv.url('/feeds/atom.xml'), srv.url('/feeds/feed.json')];

  test('without --follow: full-content entries are stored, the others listed', async () => {
    const s = await run(feeds());
    assert.deepEqual(counts(s), { new: 1, updated: 0, duplicate: 0, failed: 0, listed: 6, notModified: 0, skipped: 0 });
    assert.equal(s.listings, 3);
    const a = await store.get(srv.url('/articles/rss-full.html'));
    assert.equal(a?.article.title, 'Full content story');
    assert.deepEqual(a?.article.authors, ['Jane Reporter']);
    assert.equal(srv.hits('/articles/rss-2.html'), 0);
    // Again: nothing new, and no 304 either (entries were only listed).
    const again = await run(feeds());
    assert.deepEqual(counts(again), { new: 0, updated: 0, duplicate: 1, failed: 0, listed: 6, notModified: 0, skipped: 0 });
  });

  test('--follow fetches every entry; next time the feed answers 304', async () => {
    const s = await run(feeds(), { follow: true });
    // rss-full was stored from the feed; its page is a new version of it.
    assert.deepEqual(counts(s), { new: 6, updated: 1, duplicate: 0, failed: 0, listed: 0, notModified: 0, skipped: 0 });
    assert.equal((await store.get(srv.url('/articles/atom-1.html')))?.article.title, 'Report atom-1');
    const again = await run(feeds(), { follow: true });
    assert.deepEqual(counts(again), { new: 0, updated: 0, duplicate: 4, failed: 0, listed: 0, notModified: 1, skipped: 0 });
    const last = srv.requests.filter((r) => r.path === '/feeds/rss.xml').at(-1)!;
    assert.equal(last.headers['if-none-match'], '"rss-v1"');
  });
});

describe('sitemaps', () => {
  test('an index (one sitemap gzipped) and a news sitemap; again adds nothing', async () => {
    const inputs = [srv.url('/sitemaps/index.xml'), srv.url('/sitemaps/news.xml')];
    const events: IngestEvent[] = [];
    const s = await run(inputs, { onEvent: (e) => events.push(e) });
    assert.deepEqual(counts(s), { new: 5, updated: 0, duplicate: 0, failed: 0, listed: 0, notModified: 0, skipped: 0 });
    assert.equal(s.listings, 4); // index, two sitemaps, news sitemap
    // Progress units balance: every unit found is completed.
    const found = events.reduce((n, e) => n + (e.type === 'found' ? e.count : 0), 0);
    assert.equal(events.filter((e) => e.type !== 'found').length, found);
    const news = await store.get(srv.url('/articles/news-1.html'));
    assert.equal(news?.article.title, 'Headline from the news sitemap');
    assert.equal(news?.article.publishedAt, '2024-03-06T08:00:00+01:00');
    const again = await run(inputs);
    assert.deepEqual(counts(again), { new: 0, updated: 0, duplicate: 5, failed: 0, listed: 0, notModified: 0, skipped: 0 });
  });

  test('sitemap indexes nest only so deep', async () => {
    const s = await run([srv.url('/sitemaps/deep.xml')], { maxSitemapDepth: 3 });
    assert.equal(s.failed, 1);
    assert.equal(s.failures[0]!.code, 'E_TOO_DEEP');
    assert.equal(srv.hits('/sitemaps/deep.xml'), 4);
  });
});

describe('failures and re-runs', () => {
  test('each failure with its reason; retried pages succeed; again adds nothing', async () => {
    const paths = [
      '/flaky/429.html',
      '/flaky/503.html',
      '/private/secret.html',
      '/loop/a',
      '/slow.html',
      '/huge.html',
      '/image.png',
      '/doc.pdf',
      '/empty.html',
      '/missing.html',
    ];
    const s = await run(paths.map(srv.url));
    assert.deepEqual(counts(s), { new: 2, updated: 0, duplicate: 0, failed: 8, listed: 0, notModified: 0, skipped: 0 });
    assert.deepEqual(codes(s), {
      '/private/secret.html': 'E_ROBOTS',
      '/loop/a': 'E_TOO_MANY_REDIRECTS',
      '/slow.html': 'E_TIMEOUT',
      '/huge.html': 'E_TOO_LARGE',
      '/image.png': 'E_UNSUPPORTED_TYPE',
      '/doc.pdf': 'E_UNSUPPORTED_TYPE',
      '/empty.html': 'E_NO_CONTENT',
      '/missing.html': 'E_HTTP',
    });
    for (const f of s.failures) assert.ok(f.message.length > 0 && f.hint.length > 0);
    const again = await run(paths.map(srv.url));
    assert.deepEqual(counts(again), { new: 0, updated: 0, duplicate: 2, failed: 8, listed: 0, notModified: 0, skipped: 0 });
  });

  test('a page that changed gets version 2; version 1 is kept', async () => {
    const url = srv.url('/articles/changing.html');
    assert.equal((await run([url])).new, 1);
    srv.state.changingVersion = 2;
    const s = await run([url]);
    assert.equal(s.updated, 1);
    const a = await store.get(url);
    assert.equal(a?.version, 2);
    assert.equal(a?.versions, 2);
    assert.equal((await run([url])).duplicate, 1);
  });

  test('internal addresses are refused without allowPrivate', async () => {
    const url = srv.url('/articles/never.html');
    const s = await run([url], { allowPrivate: false });
    assert.equal(s.failed, 1);
    assert.equal(s.failures[0]!.code, 'E_PRIVATE_ADDRESS');
    assert.equal(srv.hits('/articles/never.html'), 0);
    assert.equal(await store.get(url), null);
  });
});

describe('local inputs', () => {
  test('a directory, a .gz file, a file under --url; again adds nothing', async () => {
    const dir = path.join(tmp, 'pages');
    fs.mkdirSync(path.join(dir, 'sub'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'one.html'), articleHtml('local-1'));
    fs.writeFileSync(path.join(dir, 'sub', 'two.htm'), articleHtml('local-2'));
    fs.writeFileSync(path.join(dir, 'notes.md'), 'ignored');
    const gz = path.join(tmp, 'three.html.gz');
    fs.writeFileSync(gz, gzipSync(articleHtml('local-3')));
    const single = path.join(tmp, 'four.html');
    fs.writeFileSync(single, articleHtml('local-4'));

    const s = await run([dir, gz]);
    assert.deepEqual(counts(s), { new: 3, updated: 0, duplicate: 0, failed: 0, listed: 0, notModified: 0, skipped: 0 });
    assert.ok(await store.get(pathToFileURL(path.join(dir, 'sub', 'two.htm')).href));
    assert.ok(await store.get(pathToFileURL(gz).href));
    const named = await run([single], { url: 'https://example.org/four' });
    assert.equal(named.new, 1);
    assert.equal((await store.get('https://example.org/four'))?.article.title, 'Report local-4');
    const again = await run([dir, gz]);
    assert.deepEqual(counts(again), { new: 0, updated: 0, duplicate: 3, failed: 0, listed: 0, notModified: 0, skipped: 0 });
    const missing = await run([path.join(tmp, 'nope.html')]);
    assert.equal(missing.failures[0]?.code, 'E_NOT_FOUND');
    await assert.rejects(run([dir], { url: 'https://example.org/x' }), /--url names one document/);
  });

  test('the same story under two names: the second is new, and a near-duplicate', async () => {
    const a = path.join(tmp, 'syndicated-a.html');
    const b = path.join(tmp, 'syndicated-b.html');
    fs.writeFileSync(a, articleHtml('syndicated', { title: 'Wire story' }));
    fs.writeFileSync(b, articleHtml('syndicated', { title: 'Wire story', date: '2024-03-05T11:00:00+01:00' }));
    const s = await run([a, b]);
    assert.equal(s.new, 2);
    assert.equal(s.nearDuplicate, 1);
    assert.equal((await store.get(pathToFileURL(b).href))?.isDuplicate, true);
  });

  test('a WARC file: HTML responses stored under their target URI and WARC-Date', async () => {
    const file = path.join(tmp, 'crawl.warc.gz');
    const records: Uint8Array[] = [];
    const add = async (r: WARCRecord): Promise<void> => {
      records.push(await WARCSerializer.serialize(r, { gzip: true }));
    };
    const body = (s: string | Uint8Array) =>
      (function* () {
        yield typeof s === 'string' ? new TextEncoder().encode(s) : s;
      })();
    await add(await WARCRecord.createWARCInfo({ filename: 'crawl.warc.gz', warcVersion: 'WARC/1.1' }, { software: 'vigie tests' }));
    const page = (url: string, date: string, html: string, statusline = 'HTTP/1.1 200 OK', type = 'text/html; charset=utf-8') =>
      WARCRecord.create(
        { url, date, type: 'response', warcVersion: 'WARC/1.1', statusline, httpHeaders: { 'Content-Type': type } },
        body(html),
      );
    await add(
      await WARCRecord.create(
        {
          url: 'https://news.example/a',
          date: '2024-03-05T09:59:59Z',
          type: 'request',
          warcVersion: 'WARC/1.1',
          statusline: 'GET /a HTTP/1.1',
          httpHeaders: { Host: 'news.example' },
        },
        body(''),
      ),
    );
    await add(await page('https://news.example/a', '2024-03-05T10:00:00Z', articleHtml('warc-a')));
    await add(await page('https://news.example/b', '2024-03-05T11:00:00Z', articleHtml('warc-b')));
    await add(await page('https://news.example/logo.png', '2024-03-05T11:00:01Z', 'PNG', 'HTTP/1.1 200 OK', 'image/png'));
    await add(await page('https://news.example/gone', '2024-03-05T11:00:02Z', 'Not here', 'HTTP/1.1 404 Not Found', 'text/html'));
    fs.writeFileSync(file, Buffer.concat(records));

    const s = await run([file]);
    assert.deepEqual(counts(s), { new: 2, updated: 0, duplicate: 0, failed: 0, listed: 0, notModified: 0, skipped: 2 });
    const a = await store.get('https://news.example/a');
    assert.equal(a?.article.title, 'Report warc-a');
    assert.equal(new Date(a!.fetchedAt).toISOString(), '2024-03-05T10:00:00.000Z');
    const again = await run([file]);
    assert.deepEqual(counts(again), { new: 0, updated: 0, duplicate: 2, failed: 0, listed: 0, notModified: 0, skipped: 2 });

    // In a directory, beside a page, the same archive is found and read as an archive.
    const dir = fs.mkdtempSync(path.join(tmp, 'with-warc-'));
    fs.mkdirSync(path.join(dir, 'crawls'));
    fs.copyFileSync(file, path.join(dir, 'crawls', 'crawl.warc.gz'));
    fs.writeFileSync(path.join(dir, 'page.html'), articleHtml('beside-the-archive'));
    const inDir = await run([dir]);
    assert.deepEqual(counts(inDir), { new: 1, updated: 0, duplicate: 2, failed: 0, listed: 0, notModified: 0, skipped: 2 });
    // A directory holding only archives is no failure either.
    const onlyWarc = fs.mkdtempSync(path.join(tmp, 'only-warc-'));
    fs.copyFileSync(file, path.join(onlyWarc, 'crawl.warc.gz'));
    const s2 = await run([onlyWarc]);
    assert.deepEqual(counts(s2), { new: 0, updated: 0, duplicate: 2, failed: 0, listed: 0, notModified: 0, skipped: 2 });
  });
});
