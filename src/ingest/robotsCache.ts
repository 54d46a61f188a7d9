/**
 * robots.txt, fetched once per origin (scheme, host and port: RFC 9309 §2.3) and kept
 * for the run. Read as RFC 9309 says: a 4xx means no rules; a 5xx, a network error or a
 * timeout means the site is unreachable and everything is disallowed for now. The
 * caller's getter fetches without retries: a site that fails its robots.txt is skipped.
 */
import { createRequire } from 'node:module';
import { VigieError } from '../core/errors.js';
import type { HttpResponse } from './httpGet.js';

/** The part of robots-parser's Robot used here (its typings do not load under NodeNext). */
interface Robots {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getMatchingLineNumber(url: string, ua?: string): number;
  getCrawlDelay(ua?: string): number | undefined;
}
const robotsParser = createRequire(import.meta.url)('robots-parser') as (url: string, contents: string) => Robots;

export interface RobotsVerdict {
  /** Crawl-delay for Vigie's group (or *), ms; 0 when none. */
  crawlDelayMs: number;
}

type Entry = { robots: Robots | null; failure: string | null };

/** RFC 9309 §2.5: crawlers must parse at least the first 500 KiB. */
export const ROBOTS_MAX_BYTES = 512 * 1024;

export class RobotsCache {
  private readonly cache = new Map<string, Promise<Entry>>();

  constructor(
    /** Fetches robots.txt (address checks included, no robots check of course). */
    private readonly get: (url: string) => Promise<HttpResponse>,
    private readonly userAgent: string,
  ) {}

  /** Throws E_ROBOTS when the URL is disallowed or the site's robots.txt is unreachable. */
  async check(url: URL): Promise<RobotsVerdict> {
    let entry = this.cache.get(url.origin);
    if (entry === undefined) {
      entry = this.load(url.origin);
      this.cache.set(url.origin, entry);
    }
    const { robots, failure } = await entry;
    if (failure !== null) {
      throw new VigieError('E_ROBOTS', `robots.txt of ${url.host} could not be read (${failure}), so the site is off-limits for now`, {
        hint: 'retry later; RFC 9309 asks crawlers to stay away while robots.txt is unreachable',
      });
    }
    if (robots === null) return { crawlDelayMs: 0 };
    if (robots.isAllowed(url.href, this.userAgent) === false) {
      const line = robots.getMatchingLineNumber(url.href, this.userAgent);
      throw new VigieError('E_ROBOTS', `robots.txt of ${url.host} disallows ${url.pathname}${line > 0 ? ` (line ${line})` : ''}`);
    }
    const delay = robots.getCrawlDelay(this.userAgent);
    return { crawlDelayMs: delay !== undefined && Number.isFinite(delay) && delay > 0 ? delay * 1000 : 0 };
  }

  private async load(origin: string): Promise<Entry> {
    const robotsUrl = `${origin}/robots.txt`;
    let res: HttpResponse;
    try {
      res = await this.get(robotsUrl);
    } catch (err) {
      if (!(err instanceof VigieError)) throw err;
      // Refused addresses are reported as such, not as an unreachable robots.txt.
      if (err.code === 'E_PRIVATE_ADDRESS') throw err;
      // Only an unreachable server forbids everything; a robots.txt too long, in a strange
      // type or behind too many redirects is, like a 404, no rules at all (RFC 9309 §2.3.1).
      if (err.code === 'E_NETWORK' || err.code === 'E_TIMEOUT') return { robots: null, failure: `${err.code} ${err.message}` };
      return { robots: null, failure: null };
    }
    if (res.status >= 500) return { robots: null, failure: `HTTP ${res.status}` };
    if (res.status >= 400 || res.bytes === null) return { robots: null, failure: null };
    const text = new TextDecoder('utf-8').decode(res.bytes.subarray(0, ROBOTS_MAX_BYTES));
    return { robots: robotsParser(robotsUrl, text), failure: null };
  }
}
