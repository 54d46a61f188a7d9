/** Pure parts of ingest: classification, feeds, sitemaps, feed entries, retry timing, address ranges. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertPublicAddress, publicRange } from '../../src/ingest/addressGuard.js';
import { classifyDocument } from '../../src/ingest/classifyDocument.js';
import { feedEntryDocument, hasFullContent } from '../../src/ingest/feedEntryDocument.js';
import { readFeed } from '../../src/ingest/readFeed.js';
import { readSitemap } from '../../src/ingest/readSitemap.js';
import { backoffDelay, isRetryableStatus, parseRetryAfter } from '../../src/ingest/retryPolicy.js';
import { extract } from '../../src/extract/extract.js';
import { VigieError } from '../../src/core/errors.js';
import { paragraphs } from './fixtureServer.js';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('classifyDocument', () => {
  test('feeds, sitemaps and pages by their root element, whatever the label', () => {
    assert.equal(classifyDocument(bytes('<?xml version="1.0"?>\n<!-- hi --><rss version="2.0"><channel/></rss>'), 'text/html'), 'feed');
    assert.equal(classifyDocument(bytes('\ufeff<feed xmlns="http://www.w3.org/2005/Atom"></feed>'), null), 'feed');
    assert.equal(classifyDocument(bytes('<rdf:RDF xmlns:rdf="x"></rdf:RDF>'), 'application/xml'), 'feed');
    assert.equal(classifyDocument(bytes('<?xml version="1.0"?><?xml-stylesheet href="s.xsl"?><urlset></urlset>'), 'text/xml'), 'sitemap');
    assert.equal(classifyDocument(bytes('<sitemapindex></sitemapindex>'), null), 'sitemap');
    assert.equal(classifyDocument(bytes('{"version":"https://jsonfeed.org/version/1.1","items":[]}'), 'application/json'), 'feed');
    assert.equal(classifyDocument(bytes('{"items":[]}'), 'application/feed+json'), 'feed');
    assert.equal(classifyDocument(bytes('{"hello":1}'), 'application/json'), 'page');
    assert.equal(classifyDocument(bytes('<!doctype html><html><body><p>x</p></body></html>'), 'application/rss+xml'), 'page');
    assert.equal(classifyDocument(bytes('Plain text dispatch.'), 'text/plain'), 'page');
  });
});

describe('readFeed', () => {
  test('RSS: link, permalink guid, dates, authors, content:encoded', () => {
    const f = readFeed(
      `<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>T</title><language>fr</language>
      <item><title>A</title><link>/a</link><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate><dc:creator>Jane</dc:creator><content:encoded><![CDATA[<p>x</p>]]></content:encoded></item>
      <item><title>B</title><guid>https://ex.org/b</guid></item>
      <item><title>C</title><guid isPermaLink="false">tag:c</guid></item></channel></rss>`,
      'https://ex.org/feed',
    );
    assert.equal(f.format, 'rss');
    assert.equal(f.language, 'fr');
    assert.deepEqual(
      f.entries.map((e) => e.url),
      ['https://ex.org/a', 'https://ex.org/b', null],
    );
    assert.equal(f.entries[0]!.publishedAt, 'Tue, 05 Mar 2024 10:00:00 GMT');
    assert.deepEqual(f.entries[0]!.authors, ['Jane']);
    assert.equal(f.entries[0]!.contentHtml, '<p>x</p>');
  });

  test('Atom: the alternate link resolved against the feed, text content escaped', () => {
    const f = readFeed(
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><id>x</id><updated>2024-01-01T00:00:00Z</updated>
      <entry><title>E</title><id>1</id><link rel="edit" href="/edit/1"/><link href="/e1"/><updated>2024-01-01T00:00:00Z</updated><content type="text">a &lt; b</content></entry></feed>`,
      'https://ex.org/atom.xml',
    );
    assert.equal(f.entries[0]!.url, 'https://ex.org/e1');
    assert.equal(f.entries[0]!.contentHtml, '<p>a &lt; b</p>');
  });

  test('JSON Feed: url, content_html or content_text', () => {
    const f = readFeed(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'J',
        items: [{ id: '1', url: 'https://ex.org/j1', content_text: 'one' }],
      }),
      null,
    );
    assert.equal(f.format, 'json');
    assert.equal(f.entries[0]!.url, 'https://ex.org/j1');
    assert.equal(f.entries[0]!.contentHtml, '<p>one</p>');
  });

  test('not a feed: E_NO_CONTENT', () => {
    assert.throws(
      () => readFeed('<html><body>no</body></html>', null),
      (e: unknown) => e instanceof VigieError && e.code === 'E_NO_CONTENT',
    );
  });
});

describe('readSitemap', () => {
  test('an index lists sitemaps', () => {
    const s = readSitemap(
      '<sitemapindex><sitemap><loc>https://ex.org/a.xml</loc></sitemap><sitemap><loc>/b.xml.gz</loc></sitemap></sitemapindex>',
      'https://ex.org/i.xml',
    );
    assert.deepEqual(s, { kind: 'index', sitemaps: ['https://ex.org/a.xml', 'https://ex.org/b.xml.gz'] });
  });

  test('a news sitemap keeps its titles and dates; entities decoded; duplicates and bad URLs dropped', () => {
    const s = readSitemap(
      `<urlset xmlns:n="http://www.google.com/schemas/sitemap-news/0.9">
      <url><loc>https://ex.org/a?x=1&amp;y=2</loc><n:news><n:publication><n:language>fr</n:language></n:publication><n:publication_date>2024-03-06</n:publication_date><n:title>Titre</n:title></n:news></url>
      <url><loc>https://ex.org/a?x=1&amp;y=2</loc></url><url><loc>javascript:alert(1)</loc></url><url><loc>https://ex.org/b</loc><lastmod>2024-01-01</lastmod></url></urlset>`,
      null,
    );
    assert.equal(s.kind, 'urlset');
    if (s.kind !== 'urlset') return;
    assert.deepEqual(
      s.urls.map((u) => u.url),
      ['https://ex.org/a?x=1&y=2', 'https://ex.org/b'],
    );
    assert.equal(s.urls[0]!.newsTitle, 'Titre');
    assert.equal(s.urls[0]!.newsPublishedAt, '2024-03-06');
    assert.equal(s.urls[0]!.newsLanguage, 'fr');
    assert.equal(s.urls[1]!.lastmod, '2024-01-01');
  });
});

describe('feed entries with full content', () => {
  const feed = { format: 'rss' as const, title: 'Gazette', language: 'en', entries: [] };
  const long = paragraphs('entry', 4, 40)
    .map((p) => `<p>${p}</p>`)
    .join('');

  test('a summary is not full content; an article is', () => {
    const base = { url: 'https://ex.org/a', title: 'T', titleIsHtml: false, publishedAt: null, authors: [] };
    assert.equal(hasFullContent({ ...base, contentHtml: '<p>Just a teaser of the story.</p>' }), false);
    assert.equal(hasFullContent({ ...base, contentHtml: long }), true);
    assert.equal(hasFullContent({ ...base, url: null, contentHtml: long }), false);
  });

  test('the wrapped document extracts with the entry metadata, and is deterministic', () => {
    const entry = {
      url: 'https://ex.org/a',
      title: 'Bridge &amp; <b>river</b>',
      titleIsHtml: true,
      publishedAt: 'Tue, 05 Mar 2024 10:00:00 GMT',
      authors: ['Jane Reporter'],
      contentHtml: long,
    };
    const doc = feedEntryDocument(entry, feed);
    assert.deepEqual(doc, feedEntryDocument(entry, feed));
    const a = extract(doc, { url: entry.url, contentType: 'text/html; charset=utf-8' });
    assert.ok(a.ok);
    if (!a.ok) return;
    assert.equal(a.title, 'Bridge & river');
    assert.equal(a.publishedAt, '2024-03-05T10:00:00+00:00');
    assert.deepEqual(a.authors, ['Jane Reporter']);
    assert.ok(a.wordCount >= 150);
  });
});

describe('retry policy', () => {
  test('Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2024-03-05T10:00:00Z');
    assert.equal(parseRetryAfter('120', now), 120_000);
    assert.equal(parseRetryAfter('Tue, 05 Mar 2024 10:00:30 GMT', now), 30_000);
    assert.equal(parseRetryAfter('Tue, 05 Mar 2024 09:00:00 GMT', now), 0);
    assert.equal(parseRetryAfter('soon', now), null);
    assert.equal(parseRetryAfter(undefined, now), null);
  });

  test('exponential backoff with at most 50% jitter', () => {
    assert.equal(
      backoffDelay(1, 100, () => 0),
      100,
    );
    assert.equal(
      backoffDelay(3, 100, () => 0),
      400,
    );
    assert.equal(
      backoffDelay(3, 100, () => 1),
      600,
    );
  });

  test('429 and most 5xx are retried, 4xx and 501 are not', () => {
    assert.deepEqual([429, 500, 502, 503, 504, 400, 403, 404, 501].map(isRetryableStatus), [
      true,
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('address guard', () => {
  test('public unicast passes; internal ranges are named', () => {
    assert.equal(publicRange('93.184.216.34'), null);
    assert.equal(publicRange('2606:4700::1'), null);
    assert.equal(publicRange('127.0.0.1'), 'loopback');
    assert.equal(publicRange('10.0.0.1'), 'private');
    assert.equal(publicRange('192.168.1.1'), 'private');
    assert.equal(publicRange('169.254.169.254'), 'linkLocal');
    assert.equal(publicRange('::1'), 'loopback');
    assert.equal(publicRange('fe80::1'), 'linkLocal');
    assert.equal(publicRange('fd00::1'), 'uniqueLocal');
    assert.equal(publicRange('0.0.0.0'), 'unspecified');
    assert.equal(publicRange('::ffff:127.0.0.1'), 'loopback');
    assert.equal(publicRange('64:ff9b::7f00:1'), 'rfc6052 loopback');
    assert.equal(publicRange('64:ff9b::5db8:d822'), null);
  });

  test('every address of a name is checked', async () => {
    const lookup = async (host: string): Promise<string[]> => (host === 'mixed.test' ? ['93.184.216.34', '10.1.1.1'] : ['93.184.216.34']);
    await assertPublicAddress(new URL('http://public.test/'), lookup);
    await assert.rejects(
      assertPublicAddress(new URL('http://mixed.test/'), lookup),
      (e: unknown) => e instanceof VigieError && e.code === 'E_PRIVATE_ADDRESS',
    );
    await assert.rejects(
      assertPublicAddress(new URL('http://[::1]:8080/'), lookup),
      (e: unknown) => e instanceof VigieError && e.code === 'E_PRIVATE_ADDRESS',
    );
  });
});
