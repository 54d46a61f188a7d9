/**
 * The only way ingest talks to the network. Each GET is, in order: checked against the
 * site's robots.txt; admitted by the host gate (global and per-host limits, crawl
 * delay); sent with an honest User-Agent after its address is vetted (every redirect
 * hop too); retried with backoff on 429, 5xx and network errors, a Retry-After holding
 * back every request to that host; and answered 304 when a conditional GET says so.
 */
import { VigieError } from '../core/errors.js';
import type { Dispatcher } from 'undici';
import { assertPublicAddress, type Lookup } from './addressGuard.js';
import { HostGate, sleep } from './hostGate.js';
import { httpGet, type HttpResponse } from './httpGet.js';
import { pinnedDispatcher } from './pinnedDispatcher.js';
import { backoffDelay, isRetryableStatus, parseRetryAfter } from './retryPolicy.js';
import { ROBOTS_MAX_BYTES, RobotsCache } from './robotsCache.js';

export interface PoliteFetcherOptions {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
  allowPrivate: boolean;
  concurrency: number;
  perHost: number;
  maxTries: number;
  retryBaseMs: number;
  /** Longest Retry-After or Crawl-delay honoured; a longer Retry-After fails the request. */
  maxWaitMs: number;
  signal?: AbortSignal | null;
  /** Name resolution for the address checks, before and at connection (tests substitute their own). */
  lookup?: Lookup;
  /**
   * Connection pool. By default one that vets each connection's address (unless
   * allowPrivate); a test that fakes name resolution for the checks alone passes a plain one.
   */
  dispatcher?: Dispatcher;
}

/** Validators of an earlier answer, for a conditional GET. */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export interface PoliteResponse extends HttpResponse {
  fetchedAt: Date;
  /** The server answered 304 to a conditional GET: `bytes` is null. */
  notModified: boolean;
}

export const ACCEPT_ANY =
  'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/*;q=0.8,*/*;q=0.1';

export class PoliteFetcher {
  readonly gate: HostGate;
  private readonly robots: RobotsCache;
  /** Vets the address each connection uses, unless private targets are allowed. */
  private readonly dispatcher: Dispatcher | undefined;

  constructor(private readonly o: PoliteFetcherOptions) {
    this.gate = new HostGate(o.concurrency, o.perHost, o.signal ?? null);
    this.dispatcher = o.dispatcher ?? (o.allowPrivate ? undefined : pinnedDispatcher(o.lookup));
    const dispatcher = this.dispatcher;
    this.robots = new RobotsCache(
      (url) =>
        httpGet(url, {
          timeoutMs: o.timeoutMs,
          maxBytes: ROBOTS_MAX_BYTES,
          maxRedirects: o.maxRedirects,
          userAgent: o.userAgent,
          accept: 'text/plain,*/*;q=0.1',
          signal: o.signal ?? null,
          checkHop: (hop) => this.checkAddress(hop),
          ...(dispatcher ? { dispatcher } : {}),
        }),
      o.userAgent,
    );
  }

  async get(input: string, opts: { validators?: Validators | null; accept?: string } = {}): Promise<PoliteResponse> {
    const target = new URL(input);
    const conditional: Record<string, string> = {};
    if (opts.validators?.etag) conditional['if-none-match'] = opts.validators.etag;
    if (opts.validators?.lastModified) conditional['if-modified-since'] = opts.validators.lastModified;

    for (let attempt = 1; ; attempt++) {
      const { crawlDelayMs } = await this.robots.check(target);
      this.gate.setDelay(target.host, Math.min(crawlDelayMs, this.o.maxWaitMs));
      let res: HttpResponse;
      try {
        res = await this.gate.run(target.host, () =>
          httpGet(input, {
            timeoutMs: this.o.timeoutMs,
            maxBytes: this.o.maxBytes,
            maxRedirects: this.o.maxRedirects,
            userAgent: this.o.userAgent,
            accept: opts.accept ?? ACCEPT_ANY,
            headers: conditional,
            signal: this.o.signal ?? null,
            ...(this.dispatcher ? { dispatcher: this.dispatcher } : {}),
            checkHop: async (hop) => {
              await this.checkAddress(hop);
              // A redirect to another site is subject to that site's robots.txt.
              if (hop.origin !== target.origin) await this.robots.check(hop);
            },
          }),
        );
      } catch (err) {
        if (err instanceof VigieError && err.code === 'E_NETWORK' && attempt < this.o.maxTries && !this.o.signal?.aborted) {
          await sleep(backoffDelay(attempt, this.o.retryBaseMs), this.o.signal ?? null);
          continue;
        }
        throw err;
      }
      const fetchedAt = new Date();
      if (res.status === 304) return { ...res, bytes: null, fetchedAt, notModified: true };
      if (res.status >= 200 && res.status < 300) return { ...res, fetchedAt, notModified: false };
      if (isRetryableStatus(res.status) && attempt < this.o.maxTries) {
        const asked = parseRetryAfter(res.headers['retry-after']);
        if (asked !== null && asked > this.o.maxWaitMs) throw statusError(res, attempt, asked);
        // Everyone waits, not only this request: the server spoke for the whole host.
        this.gate.pauseUntil(target.host, Date.now() + (asked ?? backoffDelay(attempt, this.o.retryBaseMs)));
        continue;
      }
      throw statusError(res, attempt, null);
    }
  }

  /** Closes the connections this fetcher opened. */
  async close(): Promise<void> {
    if (this.dispatcher && !this.o.dispatcher) await this.dispatcher.close();
  }

  private async checkAddress(url: URL): Promise<void> {
    if (!this.o.allowPrivate) await assertPublicAddress(url, this.o.lookup);
  }
}

function statusError(res: HttpResponse, tries: number, refusedWaitMs: number | null): VigieError {
  const after = tries > 1 ? ` after ${tries} tries` : '';
  const wait = refusedWaitMs !== null ? ` and asks to wait ${Math.ceil(refusedWaitMs / 1000)} s, more than Vigie waits` : '';
  if (res.status === 429) return new VigieError('E_RATE_LIMITED', `HTTP 429 Too Many Requests${after}${wait}`);
  return new VigieError('E_HTTP', `HTTP ${res.status}${after}${wait}`, {
    hint:
      res.status >= 500
        ? 'the server failed; retry later'
        : res.status === 404 || res.status === 410
          ? 'the page does not exist (any more); check the URL'
          : 'check the URL in a browser',
  });
}
