/**
 * When to try a request again, and how long to wait first.
 */

/** 429 and 5xx are worth another try: the server is busy or failing, not refusing. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599 && status !== 501 && status !== 505);
}

/**
 * Retry-After in milliseconds: either delay-seconds or an HTTP date (RFC 9110 §10.2.3).
 * null when absent or unreadable; a date in the past is 0.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | null {
  if (value === null || value === undefined) return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const t = Date.parse(v);
  if (!Number.isFinite(t)) return null;
  return Math.max(0, t - now);
}

/**
 * Exponential backoff with jitter: base·2^(try-1), plus up to half of it again at
 * random, so that clients refused together do not come back together.
 */
export function backoffDelay(attempt: number, baseMs: number, random: () => number = Math.random): number {
  const d = baseMs * 2 ** Math.max(0, attempt - 1);
  return Math.round(d + d * 0.5 * random());
}
