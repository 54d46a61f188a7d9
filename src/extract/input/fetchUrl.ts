/**
 * Fetches one http(s) page with a deadline, a size cap enforced while streaming, a
 * redirect limit and an honest User-Agent. Every failure is a VigieError.
 */
import { VigieError } from '../../core/errors.js';

export interface FetchOptions {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
  /** Aborts the fetch from outside (e.g. the batch was stopped). */
  signal?: AbortSignal;
}

export interface Fetched {
  /** Final URL, after redirects. */
  url: string;
  status: number;
  contentType: string | null;
  bytes: Uint8Array;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Media types worth reading; anything else is refused before the body is downloaded. */
export function isReadableContentType(contentType: string | null): boolean {
  if (contentType === null) return true;
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (type === '') return true;
  if (type.startsWith('text/')) return true;
  return (
    type === 'application/xhtml+xml' ||
    type === 'application/xml' ||
    // Misconfigured servers send HTML as octet-stream; the binary sniffer decides.
    type === 'application/octet-stream'
  );
}

export async function fetchUrl(input: string, opts: FetchOptions): Promise<Fetched> {
  const timeout = AbortSignal.timeout(opts.timeoutMs);
  const signal = opts.signal ? AbortSignal.any([timeout, opts.signal]) : timeout;
  let url = input;
  try {
    for (let hop = 0; ; hop++) {
      const res = await fetch(url, {
        redirect: 'manual',
        signal,
        headers: {
          'user-agent': opts.userAgent,
          accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1',
        },
      });
      if (REDIRECTS.has(res.status)) {
        await discard(res);
        const location = res.headers.get('location');
        if (location === null) {
          throw new VigieError('E_HTTP', `HTTP ${res.status} redirect without a Location header`);
        }
        if (hop >= opts.maxRedirects) {
          throw new VigieError('E_HTTP', `too many redirects (more than ${opts.maxRedirects})`, {
            hint: 'the server redirects in a loop; check the URL in a browser',
          });
        }
        const next = new URL(location, url);
        if (next.protocol !== 'http:' && next.protocol !== 'https:') {
          throw new VigieError('E_HTTP', `redirect to unsupported URL scheme ${next.protocol}`);
        }
        url = next.href;
        continue;
      }
      if (res.status >= 400 || res.status < 200) {
        await discard(res);
        const text = res.statusText ? ` ${res.statusText}` : '';
        throw new VigieError('E_HTTP', `HTTP ${res.status}${text}`, {
          hint:
            res.status >= 500
              ? 'the server failed; retry later'
              : res.status === 404 || res.status === 410
                ? 'the page does not exist (any more); check the URL'
                : 'check the URL in a browser',
        });
      }
      const contentType = res.headers.get('content-type');
      if (!isReadableContentType(contentType)) {
        await discard(res);
        const type = contentType!.split(';')[0]!.trim();
        throw new VigieError('E_UNSUPPORTED_TYPE', `server sent ${type}, not HTML or text`);
      }
      const length = Number(res.headers.get('content-length'));
      if (Number.isFinite(length) && length > opts.maxBytes) {
        await discard(res);
        throw tooLarge(opts.maxBytes, `Content-Length is ${length} bytes`);
      }
      const bytes = await readCapped(res, opts.maxBytes);
      return { url, status: res.status, contentType, bytes };
    }
  } catch (err) {
    throw mapFetchError(err, url, opts.timeoutMs, timeout.aborted);
  }
}

export async function discard(res: Response): Promise<void> {
  try {
    await res.body?.cancel();
  } catch {
    // the body is not needed
  }
}

function tooLarge(max: number, detail: string): VigieError {
  return new VigieError('E_TOO_LARGE', `response is over the ${max}-byte cap (${detail})`);
}

export async function readCapped(res: Response, max: number): Promise<Uint8Array> {
  if (res.body === null) return new Uint8Array(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(max, 'stopped reading');
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0]!;
  return Buffer.concat(chunks, total);
}

const NETWORK_CODES: Record<string, string> = {
  ENOTFOUND: 'could not resolve the host name',
  EAI_AGAIN: 'could not resolve the host name (temporary DNS failure)',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset by the server',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  EPIPE: 'connection closed by the server',
  UND_ERR_SOCKET: 'connection closed by the server',
};

export function mapFetchError(err: unknown, url: string, timeoutMs: number, timedOut: boolean): VigieError {
  if (err instanceof VigieError) return err;
  // Refused on the way (a connection's address check): that refusal is the error.
  for (let c = (err as { cause?: unknown })?.cause, depth = 0; c && depth < 5; c = (c as { cause?: unknown }).cause, depth++) {
    if (c instanceof VigieError) return c;
  }
  const e = err as { name?: string; message?: string; cause?: unknown };
  if (timedOut || e?.name === 'TimeoutError') {
    return new VigieError('E_TIMEOUT', `no complete answer from ${hostOf(url)} within ${timeoutMs} ms`, { cause: err });
  }
  if (e?.name === 'AbortError') {
    return new VigieError('E_NETWORK', 'fetch aborted', { cause: err, hint: 'the batch was stopped' });
  }
  const cause = findCode(err);
  if (cause === 'UND_ERR_CONNECT_TIMEOUT' || cause === 'ETIMEDOUT' || cause === 'UND_ERR_HEADERS_TIMEOUT') {
    return new VigieError('E_TIMEOUT', `connection to ${hostOf(url)} timed out`, { cause: err });
  }
  if (cause !== null && NETWORK_CODES[cause]) {
    return new VigieError('E_NETWORK', `${NETWORK_CODES[cause]} (${hostOf(url)})`, { cause: err });
  }
  if (cause !== null && /CERT|SSL|TLS/i.test(cause)) {
    return new VigieError('E_NETWORK', `TLS error with ${hostOf(url)}: ${cause}`, {
      cause: err,
      hint: 'the site has a certificate problem; check it in a browser',
    });
  }
  const detail = innermostMessage(err) ?? 'fetch failed';
  return new VigieError('E_NETWORK', `could not fetch ${url}: ${detail}`, { cause: err });
}

function findCode(err: unknown): string | null {
  for (let e = err, depth = 0; e && depth < 5; depth++) {
    const obj = e as { code?: unknown; cause?: unknown; errors?: unknown };
    if (typeof obj.code === 'string') return obj.code;
    if (Array.isArray(obj.errors) && obj.errors.length > 0) {
      const inner = findCode(obj.errors[0]);
      if (inner !== null) return inner;
    }
    e = obj.cause;
  }
  return null;
}

function innermostMessage(err: unknown): string | null {
  let msg: string | null = null;
  for (let e = err, depth = 0; e && depth < 5; depth++) {
    const obj = e as { message?: unknown; cause?: unknown };
    if (typeof obj.message === 'string' && obj.message !== '') msg = obj.message;
    e = obj.cause;
  }
  return msg;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
