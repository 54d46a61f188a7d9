/** The fetcher against a misbehaving local server: robots.txt, limits, retries, caps, refusals. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { VigieError, type ErrorCode } from '../../src/core/errors.js';
import { USER_AGENT } from '../../src/core/options.js';
import { Agent } from 'undici';
import { PoliteFetcher, type PoliteFetcherOptions } from '../../src/ingest/politeFetcher.js';
import { vettedLookup } from '../../src/ingest/pinnedDispatcher.js';
import { startFixtureServer, type FixtureServer } from './fixtureServer.js';

const BASE: PoliteFetcherOptions = {
  timeoutMs: 1000,
  maxBytes: 1024 * 1024,
  maxRedirects: 5,
  userAgent: USER_AGENT,
  allowPrivate: true,
  concurrency: 8,
  perHost: 2,
  maxTries: 3,
  retryBaseMs: 20,
  maxWaitMs: 5000,
};

const fetcher = (o: Partial<PoliteFetcherOptions> = {}): PoliteFetcher => new PoliteFetcher({ ...BASE, ...o });

function fails(code: ErrorCode, message?: RegExp) {
  return (e: unknown): boolean => {
    assert.ok(e instanceof VigieError, `expected a VigieError, got ${String(e)}`);
    assert.equal(e.code, code, e.message);
    if (message) assert.match(e.message, message);
    return true;
  };
}

let srv: FixtureServer;
before(async () => {
  srv = await startFixtureServer();
});
after(() => srv.close());

describe('politeness', () => {
  test('an honest User-Agent, robots.txt read once per origin', async () => {
    const f = fetcher();
    const before = srv.hits('/robots.txt');
    await f.get(srv.url('/articles/ua-1.html'));
    await f.get(srv.url('/articles/ua-2.html'));
    assert.equal(srv.hits('/robots.txt') - before, 1);
    const page = srv.requests.find((r) => r.path === '/articles/ua-1.html')!;
    assert.equal(page.headers['user-agent'], USER_AGENT);
    assert.match(USER_AGENT, /^Vigie\/[\d.]+ \(\+https?:\/\/\S+/);
  });

  test('robots.txt Disallow, for everyone and for Vigie by name', async () => {
    const f = fetcher();
    await assert.rejects(f.get(srv.url('/private/secret.html')), fails('E_ROBOTS', /disallows \/private\/secret\.html/));
    await assert.rejects(f.get(srv.url('/no-vigie/page.html')), fails('E_ROBOTS'));
    assert.equal(srv.hits('/private/secret.html') + srv.hits('/no-vigie/page.html'), 0);
  });

  test('Crawl-delay spaces the requests to a host', async () => {
    const slow = await startFixtureServer({ robots: 'User-agent: *\nCrawl-delay: 0.3\n' });
    try {
      const f = fetcher();
      await Promise.all(['/pages/c1.html', '/pages/c2.html', '/pages/c3.html'].map((p) => f.get(slow.url(p))));
      const times = slow.requests
        .filter((r) => r.path.startsWith('/pages/'))
        .map((r) => r.at)
        .sort((a, b) => a - b);
      assert.equal(times.length, 3);
      for (let i = 1; i < times.length; i++) assert.ok(times[i]! - times[i - 1]! >= 280, `gap ${times[i]! - times[i - 1]!} ms`);
    } finally {
      await slow.close();
    }
  });

  test('per-host and global concurrency limits', async () => {
    const one = await startFixtureServer({ robots: '' });
    try {
      await fetcher({ perHost: 2 }).get(one.url('/robots.txt')); // warm the robots cache apart
      one.state.maxInFlight = 0;
      const f = fetcher({ perHost: 2 });
      await Promise.all(Array.from({ length: 6 }, () => f.get(one.url('/slowish.html')).catch(() => undefined)));
      assert.equal(one.state.maxInFlight, 2);
      one.state.maxInFlight = 0;
      const g = fetcher({ perHost: 5, concurrency: 1 });
      await g.get(one.url('/robots.txt'));
      one.state.maxInFlight = 0;
      await Promise.all(Array.from({ length: 4 }, () => g.get(one.url('/slowish.html'))));
      assert.equal(one.state.maxInFlight, 1);
    } finally {
      await one.close();
    }
  });
});

describe('retries', () => {
  test('429 with Retry-After: waits as asked, then succeeds', async () => {
    const t0 = Date.now();
    const res = await fetcher().get(srv.url('/flaky/429.html'));
    assert.equal(res.status, 200);
    assert.ok(Date.now() - t0 >= 900, `waited only ${Date.now() - t0} ms`);
    assert.equal(srv.hits('/flaky/429.html'), 2);
  });

  test('503: backs off, then succeeds', async () => {
    const res = await fetcher().get(srv.url('/flaky/503.html'));
    assert.equal(res.status, 200);
    assert.equal(srv.hits('/flaky/503.html'), 2);
  });

  test('a server that keeps failing: three tries, then E_HTTP', async () => {
    await assert.rejects(fetcher().get(srv.url('/always-503.html')), fails('E_HTTP', /503 after 3 tries/));
    assert.equal(srv.hits('/always-503.html'), 3);
  });

  test('a Retry-After longer than Vigie waits fails at once', async () => {
    await assert.rejects(fetcher().get(srv.url('/rate-limited-long.html')), fails('E_RATE_LIMITED', /3600 s/));
    assert.equal(srv.hits('/rate-limited-long.html'), 1);
  });
});

describe('caps', () => {
  test('redirect loops and too many redirects', async () => {
    await assert.rejects(fetcher().get(srv.url('/loop/a')), fails('E_TOO_MANY_REDIRECTS', /loop/));
    await assert.rejects(fetcher({ maxRedirects: 0 }).get(srv.url('/redirect/ok')), fails('E_TOO_MANY_REDIRECTS'));
    const ok = await fetcher().get(srv.url('/redirect/ok'));
    assert.equal(ok.url, srv.url('/articles/redirected.html'));
  });

  test('a body slower than the timeout', async () => {
    const t0 = Date.now();
    await assert.rejects(fetcher({ timeoutMs: 500 }).get(srv.url('/slow.html')), fails('E_TIMEOUT'));
    assert.ok(Date.now() - t0 < 2000);
  });

  test('oversize bodies, declared or streamed', async () => {
    await assert.rejects(fetcher().get(srv.url('/huge-declared.html')), fails('E_TOO_LARGE', /Content-Length/));
    await assert.rejects(fetcher().get(srv.url('/huge.html')), fails('E_TOO_LARGE', /stopped reading/));
  });

  test('wrong content types are refused before their body is read', async () => {
    await assert.rejects(fetcher().get(srv.url('/image.png')), fails('E_UNSUPPORTED_TYPE', /image\/png/));
    await assert.rejects(fetcher().get(srv.url('/doc.pdf')), fails('E_UNSUPPORTED_TYPE', /application\/pdf/));
  });
});

describe('conditional GET', () => {
  test('ETag → If-None-Match → 304', async () => {
    const first = await fetcher().get(srv.url('/feeds/rss.xml'));
    assert.equal(first.notModified, false);
    const etag = first.headers['etag']!;
    const again = await fetcher().get(srv.url('/feeds/rss.xml'), { validators: { etag, lastModified: first.headers['last-modified']! } });
    assert.equal(again.notModified, true);
    assert.equal(again.bytes, null);
    const last = srv.requests.filter((r) => r.path === '/feeds/rss.xml').at(-1)!;
    assert.equal(last.headers['if-none-match'], etag);
    assert.equal(last.headers['if-modified-since'], 'Tue, 05 Mar 2024 12:00:00 GMT');
  });
});

describe('internal addresses', () => {
  test('127.0.0.1 is refused without allowPrivate, before any request', async () => {
    const before = srv.requests.length;
    await assert.rejects(
      fetcher({ allowPrivate: false }).get(srv.url('/articles/x.html')),
      fails('E_PRIVATE_ADDRESS', /127\.0\.0\.1.*loopback/),
    );
    assert.equal(srv.requests.length, before);
  });

  test('every redirect hop is checked', async () => {
    // "localhost" passes as public here; its redirect to the 127.0.0.1 literal must not.
    // A plain connection pool: the default one would vet the connection's address too
    // (next tests) and stop at the first hop.
    const f = fetcher({ allowPrivate: false, lookup: async () => ['93.184.216.34'], dispatcher: new Agent() });
    const port = new URL(srv.origin).port;
    await assert.rejects(f.get(`http://localhost:${port}/redirect/to-ip`), fails('E_PRIVATE_ADDRESS'));
    assert.equal(srv.hits('/redirect/to-ip'), 1);
    assert.equal(srv.hits('/articles/via-ip.html'), 0);
  });

  test('DNS rebinding: a name public for the check and 127.0.0.1 at connection is refused, nothing requested', async () => {
    let calls = 0;
    // The check (odd calls) hears a public address; the connection (even calls) hears loopback.
    const rebinding = async (): Promise<string[]> => (++calls % 2 === 1 ? ['93.184.216.34'] : ['127.0.0.1']);
    const before = srv.requests.length;
    const port = new URL(srv.origin).port;
    const f = fetcher({ allowPrivate: false, lookup: rebinding, maxTries: 1 });
    try {
      await assert.rejects(f.get(`http://rebind.test:${port}/articles/x.html`), fails('E_PRIVATE_ADDRESS', /127\.0\.0\.1.*loopback/));
    } finally {
      await f.close();
    }
    assert.ok(calls >= 2, 'the connection resolved the name again');
    assert.equal(srv.requests.length, before);
  });

  test('the connection lookup answers public addresses as dns.lookup does', async () => {
    const lookup = vettedLookup(async () => ['93.184.216.34', '2606:2800:220:1::1']);
    const one = await new Promise<unknown[]>((resolve) => lookup('example.org', {}, (...args) => resolve(args)));
    assert.deepEqual(one, [null, '93.184.216.34', 4]);
    const all = await new Promise<unknown[]>((resolve) => lookup('example.org', { all: true }, (...args) => resolve(args)));
    assert.deepEqual(all, [
      null,
      [
        { address: '93.184.216.34', family: 4 },
        { address: '2606:2800:220:1::1', family: 6 },
      ],
    ]);
    const refused = await new Promise<unknown[]>((resolve) =>
      vettedLookup(async () => ['93.184.216.34', '10.1.2.3'])('mixed.test', {}, (...args) => resolve(args)),
    );
    assert.ok(refused[0] instanceof VigieError && refused[0].code === 'E_PRIVATE_ADDRESS');
  });
});
