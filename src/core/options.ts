/**
 * Every extraction option and its default, resolved in one place. Stages read the
 * resolved object and never invent their own defaults.
 */
export interface ExtractOptions {
  /** The page URL, when the input is a file or a string. */
  url?: string | null;
  /** Force a charset instead of detecting one (any label iconv-lite knows). */
  encoding?: string | null;
  /** Force the input format instead of sniffing it. */
  format?: 'html' | 'text' | null;
  /** Refuse inputs larger than this many bytes (after gunzip). */
  maxBytes?: number;
  /** Refuse HTML nested deeper than this. */
  maxDepth?: number;
  /** Network timeout for URL inputs, in milliseconds. */
  timeoutMs?: number;
  /** Maximum redirects followed for URL inputs. */
  maxRedirects?: number;
  /** User-Agent sent with URL fetches. */
  userAgent?: string;
  /**
   * Lines known to be boilerplate for this batch (e.g. lines repeated across several
   * documents from one source); they are dropped wherever they appear.
   */
  boilerplateLines?: ReadonlySet<string> | null;
}

export type ResolvedExtractOptions = Required<ExtractOptions>;

export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;
export const DEFAULT_MAX_DEPTH = 1024;
export const DEFAULT_TIMEOUT_MS = 15_000;
export const USER_AGENT = 'Vigie/0.1 (+https://github.com/vigie-news/vigie; news-monitoring engine)';

export function resolveExtractOptions(o: ExtractOptions = {}): ResolvedExtractOptions {
  return {
    url: o.url ?? null,
    encoding: o.encoding ?? null,
    format: o.format ?? null,
    maxBytes: positive(o.maxBytes, DEFAULT_MAX_BYTES),
    maxDepth: positive(o.maxDepth, DEFAULT_MAX_DEPTH),
    timeoutMs: positive(o.timeoutMs, DEFAULT_TIMEOUT_MS),
    maxRedirects: o.maxRedirects !== undefined && o.maxRedirects >= 0 ? o.maxRedirects : 5,
    userAgent: o.userAgent ?? USER_AGENT,
    boilerplateLines: o.boilerplateLines ?? null,
  };
}

function positive(v: number | undefined, d: number): number {
  return v !== undefined && Number.isFinite(v) && v > 0 ? v : d;
}
