/**
 * A local HTTP server (127.0.0.1, random port) for ingest tests: articles, RSS, Atom and
 * JSON feeds, a sitemap index with a gzipped sitemap, a news sitemap, robots.txt, and
 * misbehaviour on demand (429 with Retry-After, 503, redirect loops, slow and oversize
 * bodies, wrong content types). Every request is recorded for assertions.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

export interface RecordedRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
  at: number;
}

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  requests: RecordedRequest[];
  /** Requests seen for one path. */
  hits(path: string): number;
  /** Bump to change the content of /articles/changing.html. */
  state: { changingVersion: number; maxInFlight: number };
  close(): Promise<void>;
}

// ------------------------------------------------------------------ article text

const WORDS = (
  'council river bridge minister harbour election market village mayor court budget school railway storm ' +
  'festival museum factory strike treaty border island mountain forest farmers police hospital tunnel ' +
  'ferry airport station reservoir vineyard parliament senator governor protest report inquiry hearing ' +
  'contract tender pension tariff export import harvest drought flood wildfire earthquake volcano glacier ' +
  'orchestra stadium library cathedral monastery fortress lighthouse quarry mine refinery pipeline turbine ' +
  'satellite telescope laboratory vaccine clinic surgeon nurse teacher student professor engineer architect ' +
  'fisherman miner baker merchant banker lawyer judge witness prisoner soldier general admiral captain ' +
  'pilot driver cyclist runner swimmer climber sailor diver painter sculptor writer poet singer dancer ' +
  'announced approved rejected delayed opened closed repaired expanded reduced increased measured counted ' +
  'visited inspected questioned praised criticised funded sold bought built demolished restored flooded ' +
  'northern southern eastern western coastal rural urban ancient modern temporary permanent regional ' +
  'national local foreign public private annual monthly weekly nightly early late quiet busy narrow wide'
).split(' ');

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hashString(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Paragraphs of pseudo-random news prose, distinct for every key. */
export function paragraphs(key: string, count = 5, words = 45): string[] {
  const rnd = prng(hashString(key));
  const out: string[] = [];
  for (let p = 0; p < count; p++) {
    const w: string[] = [];
    for (let i = 0; i < words; i++) w.push(WORDS[Math.floor(rnd() * WORDS.length)]!);
    w[0] = w[0]![0]!.toUpperCase() + w[0]!.slice(1);
    out.push(`${w.join(' ')}.`);
  }
  return out;
}

export function articleHtml(key: string, opts: { title?: string | null; date?: string | null; extra?: string } = {}): string {
  const title = opts.title === undefined ? `Report ${key}` : opts.title;
  const date = opts.date === undefined ? '2024-03-05T10:30:00+01:00' : opts.date;
  const body = [...paragraphs(key), ...(opts.extra ? [opts.extra] : [])].map((p) => `<p>${p}</p>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">${title !== null ? `<title>${title}</title>` : ''}
${date !== null ? `<meta property="article:published_time" content="${date}">` : ''}</head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>${title !== null ? `<h1>${title}</h1>` : ''}
${body}
</article><footer>The Fixture Gazette</footer></body></html>`;
}

// ------------------------------------------------------------------ listings

const FEED_ETAG = '"rss-v1"';
const FEED_LAST_MODIFIED = 'Tue, 05 Mar 2024 12:00:00 GMT';

function rssFeed(base: string): string {
  const full = paragraphs('rss-full', 4, 40)
    .map((p) => `<p>${p}</p>`)
    .join('');
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Fixture Gazette</title><link>${base}/</link><language>en</language>
<item><title>Full content story</title><link>${base}/articles/rss-full.html</link><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
<dc:creator>Jane Reporter</dc:creator><description>A summary.</description><content:encoded><![CDATA[${full}]]></content:encoded></item>
<item><title>Second story</title><link>${base}/articles/rss-2.html</link><description>Only a summary of the second story.</description></item>
<item><title>Third story</title><guid>${base}/articles/rss-3.html</guid><description>Only a summary of the third story.</description></item>
</channel></rss>`;
}

function atomFeed(base: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>Fixture Atom</title><id>urn:fixture:atom</id><updated>2024-03-05T12:00:00Z</updated>
<entry><title>Atom one</title><id>urn:a1</id><link href="/articles/atom-1.html"/><updated>2024-03-05T10:00:00Z</updated><summary>Short.</summary></entry>
<entry><title>Atom two</title><id>urn:a2</id><link rel="alternate" type="text/html" href="${base}/articles/atom-2.html"/><updated>2024-03-05T11:00:00Z</updated><summary>Short.</summary></entry>
</feed>`;
}

function jsonFeed(base: string): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Fixture JSON',
    items: [
      { id: 'j1', url: `${base}/articles/json-1.html`, title: 'JSON one', content_text: 'Short.' },
      { id: 'j2', url: `${base}/articles/json-2.html`, title: 'JSON two', content_html: '<p>Short.</p>' },
    ],
  });
}

function urlset(base: string, paths: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${paths.map((p) => `<url><loc>${base}${p}</loc><lastmod>2024-03-05</lastmod></url>`).join('\n')}
</urlset>`;
}

function sitemapIndex(base: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>${base}/sitemaps/pages-1.xml</loc></sitemap>
<sitemap><loc>${base}/sitemaps/pages-2.xml.gz</loc></sitemap>
</sitemapindex>`;
}

function newsSitemap(base: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>${base}/articles/news-1.html</loc><news:news><news:publication><news:name>Fixture</news:name><news:language>en</news:language></news:publication>
<news:publication_date>2024-03-06T08:00:00+01:00</news:publication_date><news:title>Headline from the news sitemap</news:title></news:news></url>
<url><loc>${base}/articles/news-2.html</loc><news:news><news:publication><news:name>Fixture</news:name><news:language>en</news:language></news:publication>
<news:publication_date>2024-03-06T09:00:00+01:00</news:publication_date><news:title>Second headline</news:title></news:news></url>
</urlset>`;
}

const ROBOTS = `User-agent: *
Disallow: /private/

# Vigie has a group of its own: the * group no longer applies to it.
User-agent: Vigie
Disallow: /private/
Disallow: /no-vigie/
`;

// ------------------------------------------------------------------ server

export async function startFixtureServer(opts: { robots?: string } = {}): Promise<FixtureServer> {
  const requests: RecordedRequest[] = [];
  const counts = new Map<string, number>();
  const state = { changingVersion: 1, maxInFlight: 0 };
  let inFlight = 0;
  let base = '';

  const send = (
    res: http.ServerResponse,
    status: number,
    type: string,
    body: string | Buffer,
    headers: Record<string, string> = {},
  ): void => {
    res.writeHead(status, { 'content-type': type, ...headers });
    res.end(body);
  };
  const html = (res: http.ServerResponse, body: string): void => send(res, 200, 'text/html; charset=utf-8', body);

  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push({ path: req.url ?? '/', headers: req.headers, at: Date.now() });
    const n = (counts.get(path) ?? 0) + 1;
    counts.set(path, n);
    inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, inFlight);
    res.on('close', () => inFlight--);

    if (path === '/robots.txt') return send(res, 200, 'text/plain', opts.robots ?? ROBOTS);
    if (path === '/feeds/rss.xml') {
      if (req.headers['if-none-match'] === FEED_ETAG) return send(res, 304, 'application/rss+xml', '', { etag: FEED_ETAG });
      return send(res, 200, 'application/rss+xml; charset=utf-8', rssFeed(base), { etag: FEED_ETAG, 'last-modified': FEED_LAST_MODIFIED });
    }
    if (path === '/feeds/atom.xml') return send(res, 200, 'application/atom+xml', atomFeed(base));
    // JSON Feed served as plain JSON: sniffing, not the label, must recognise it.
    if (path === '/feeds/feed.json') return send(res, 200, 'application/json', jsonFeed(base));
    if (path === '/sitemaps/index.xml') return send(res, 200, 'application/xml', sitemapIndex(base));
    if (path === '/sitemaps/pages-1.xml') return send(res, 200, 'text/xml', urlset(base, ['/articles/sm-1.html', '/articles/sm-2.html']));
    if (path === '/sitemaps/pages-2.xml.gz') return send(res, 200, 'application/gzip', gzipSync(urlset(base, ['/articles/sm-3.html'])));
    if (path === '/sitemaps/news.xml') return send(res, 200, 'application/xml', newsSitemap(base));
    if (path === '/sitemaps/deep.xml') {
      // An index of an index of an index…: deep.xml?d=1 lists deep.xml?d=2, and so on.
      const d = Number(new URL(req.url ?? '/', base).searchParams.get('d') ?? 0);
      const next = `<sitemapindex><sitemap><loc>${base}/sitemaps/deep.xml?d=${d + 1}</loc></sitemap></sitemapindex>`;
      return send(res, 200, 'application/xml', next);
    }
    if (path === '/articles/news-1.html') return html(res, articleHtml('news-1', { title: null, date: null }));
    if (path === '/articles/changing.html') {
      return html(res, articleHtml('changing', { extra: paragraphs(`changing-v${state.changingVersion}`, 2).join(' ') }));
    }
    if (path.startsWith('/articles/') || path.startsWith('/private/') || path.startsWith('/no-vigie/') || path.startsWith('/pages/')) {
      return html(res, articleHtml(path.replace(/^\/\w+(?:-\w+)?\/|\.html$/g, '')));
    }
    if (path === '/slowish.html') {
      setTimeout(() => html(res, articleHtml('slowish')), 150);
      return;
    }
    if (path === '/flaky/429.html') {
      if (n === 1) return send(res, 429, 'text/plain', 'slow down', { 'retry-after': '1' });
      return html(res, articleHtml('flaky-429'));
    }
    if (path === '/flaky/503.html') {
      if (n === 1) return send(res, 503, 'text/plain', 'busy');
      return html(res, articleHtml('flaky-503'));
    }
    if (path === '/always-503.html') return send(res, 503, 'text/plain', 'down');
    if (path === '/rate-limited-long.html') return send(res, 429, 'text/plain', 'go away', { 'retry-after': '3600' });
    if (path === '/loop/a') return send(res, 302, 'text/plain', '', { location: '/loop/b' });
    if (path === '/loop/b') return send(res, 302, 'text/plain', '', { location: '/loop/a' });
    if (path === '/redirect/ok') return send(res, 301, 'text/plain', '', { location: '/articles/redirected.html' });
    // Absolute, to the IP literal: reached through "localhost", it changes host on the way.
    if (path === '/redirect/to-ip') return send(res, 302, 'text/plain', '', { location: `${base}/articles/via-ip.html` });
    if (path === '/slow.html') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<!doctype html><html><head><title>Slow</title></head><body><p>');
      const t = setTimeout(() => res.end('finally</p></body></html>'), 5000);
      res.on('close', () => clearTimeout(t));
      return;
    }
    if (path === '/huge.html') {
      // Chunked, no Content-Length: the cap must be enforced while streaming.
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const pump = (): void => {
        while (sent < 4 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('error', () => undefined);
      pump();
      return;
    }
    if (path === '/huge-declared.html') {
      const body = Buffer.alloc(3 * 1024 * 1024, 'a');
      return send(res, 200, 'text/html', body, { 'content-length': String(body.length) });
    }
    if (path === '/image.png') return send(res, 200, 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    if (path === '/doc.pdf') return send(res, 200, 'application/pdf', '%PDF-1.4 fake');
    if (path === '/empty.html')
      return html(res, '<!doctype html><html><head><title>Nothing</title></head><body><nav>Home</nav></body></html>');
    return send(res, 404, 'text/plain', 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  return {
    origin: base,
    url: (p) => `${base}${p}`,
    requests,
    hits: (p) => counts.get(p) ?? 0,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
