/**
 * One GET, redirects followed by hand so that every hop is vetted (address, robots.txt)
 * before it is requested, with one deadline for the whole exchange and a size cap
 * enforced while the body streams. Statuses are returned, not thrown: the caller decides
 * what a 304, a 429 or a 503 means. Transport problems throw VigieErrors.
 */
import type { Dispatcher } from 'undici';
import { VigieError } from '../core/errors.js';
import { discard, isReadableContentType, mapFetchError, readCapped } from '../extract/input/fetchUrl.js';

export interface HttpGetOptions {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
  accept: string;
  /** Extra request headers (If-None-Match, If-Modified-Since…). */
  headers?: Record<string, string>;
  signal?: AbortSignal | null;
  /** Called before each request, the first included; throws to refuse the hop. */
  checkHop?: (url: URL) => Promise<void>;
  /** Connection pool for the requests (./pinnedDispatcher.ts); Node's default otherwise. */
  dispatcher?: Dispatcher;
}

export interface HttpResponse {
  /** Final URL, after redirects. */
  url: string;
  status: number;
  /** The headers worth keeping, lower-case names. */
  headers: Record<string, string>;
  /** The body of a 2xx answer; null otherwise (it is not read). */
  bytes: Uint8Array | null;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Response headers kept with a document (FetchRecord.headers) or needed by the fetcher. */
const KEPT_HEADERS = [
  'content-type',
  'content-language',
  'content-location',
  'etag',
  'last-modified',
  'date',
  'expires',
  'cache-control',
  'retry-after',
  'x-robots-tag',
  'link',
] as const;

/**
 * Media types ingest reads: what extraction reads, plus feeds, JSON Feed and gzipped
 * sitemaps. Images, PDFs, video… are refused before their body is downloaded.
 */
export function isIngestibleType(contentType: string | null): boolean {
  if (isReadableContentType(contentType)) return true;
  const type = contentType!.split(';')[0]!.trim().toLowerCase();
  return /^application\/(?:[\w.-]+\+xml|json|[\w.-]+\+json|gzip|x-gzip)$/.test(type);
}

export async function httpGet(input: string, opts: HttpGetOptions): Promise<HttpResponse> {
  const timeout = AbortSignal.timeout(opts.timeoutMs);
  const signal = opts.signal ? AbortSignal.any([timeout, opts.signal]) : timeout;
  let url = new URL(input);
  const seen = new Set<string>();
  try {
    for (let hop = 0; ; hop++) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new VigieError('E_UNSUPPORTED_TYPE', `unsupported URL scheme ${url.protocol}`);
      }
      seen.add(url.href);
      await opts.checkHop?.(url);
      const res = await fetch(url, {
        redirect: 'manual',
        signal,
        ...(opts.dispatcher ? { dispatcher: opts.dispatcher } : {}),
        headers: { 'user-agent': opts.userAgent, accept: opts.accept, ...opts.headers },
      });
      const headers = keptHeaders(res.headers);
      if (REDIRECTS.has(res.status)) {
        await discard(res);
        const location = res.headers.get('location');
        if (location === null) throw new VigieError('E_HTTP', `HTTP ${res.status} redirect without a Location header`);
        const next = new URL(location, url);
        if (seen.has(next.href)) {
          throw new VigieError('E_TOO_MANY_REDIRECTS', `redirect loop: ${url.href} leads back to ${next.href}`);
        }
        if (hop >= opts.maxRedirects) {
          throw new VigieError('E_TOO_MANY_REDIRECTS', `more than ${opts.maxRedirects} redirects`);
        }
        url = next;
        continue;
      }
      if (res.status < 200 || res.status >= 300) {
        await discard(res);
        return { url: url.href, status: res.status, headers, bytes: null };
      }
      const contentType = headers['content-type'] ?? null;
      if (!isIngestibleType(contentType)) {
        await discard(res);
        throw new VigieError('E_UNSUPPORTED_TYPE', `server sent ${contentType!.split(';')[0]!.trim()}, not a page, feed or sitemap`, {
          hint: 'Vigie reads HTML and text pages, feeds and sitemaps only',
        });
      }
      const length = Number(res.headers.get('content-length') ?? NaN);
      if (Number.isFinite(length) && length > opts.maxBytes) {
        await discard(res);
        throw new VigieError('E_TOO_LARGE', `response is over the ${opts.maxBytes}-byte cap (Content-Length is ${length} bytes)`);
      }
      const bytes = await readCapped(res, opts.maxBytes);
      return { url: url.href, status: res.status, headers, bytes };
    }
  } catch (err) {
    throw mapFetchError(err, url.href, opts.timeoutMs, timeout.aborted);
  }
}

/** The headers worth keeping (KEPT_HEADERS), lower-case names; repeated ones joined by ', '. */
export function keptHeaders(h: Iterable<[string, string]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of h) {
    const n = name.toLowerCase();
    if (!(KEPT_HEADERS as readonly string[]).includes(n)) continue;
    out[n] = out[n] === undefined ? value : `${out[n]}, ${value}`;
  }
  return out;
}
