/**
 * Admission for requests: at most `perHost` in flight to one host, at most `global` in
 * flight in all, and successive starts to one host spaced by its crawl delay (or held
 * back after a Retry-After). A host waiting out a delay holds only its own slot, never
 * a global one, so one slow site does not stall the others.
 */
import pLimit, { type LimitFunction } from 'p-limit';

interface HostState {
  limit: LimitFunction;
  /** Minimum gap between two request starts, ms. */
  delayMs: number;
  /** Earliest start time for the next request (epoch ms). */
  nextStart: number;
}

export class HostGate {
  private readonly global: LimitFunction;
  private readonly hosts = new Map<string, HostState>();

  constructor(
    globalLimit: number,
    private readonly perHost: number,
    private readonly signal: AbortSignal | null = null,
  ) {
    this.global = pLimit(globalLimit);
  }

  /** Crawl-delay from robots.txt: the minimum gap between two request starts to the host. */
  setDelay(host: string, delayMs: number): void {
    this.state(host).delayMs = Math.max(0, delayMs);
  }

  /** No request to `host` starts before `until` (epoch ms): the server asked us to back off. */
  pauseUntil(host: string, until: number): void {
    const h = this.state(host);
    h.nextStart = Math.max(h.nextStart, until);
  }

  run<T>(host: string, fn: () => Promise<T>): Promise<T> {
    const h = this.state(host);
    return h.limit(async () => {
      for (;;) {
        const now = Date.now();
        if (h.nextStart <= now) break;
        // Re-check after the wait: a pauseUntil may have pushed the start further.
        await sleep(h.nextStart - now, this.signal);
      }
      h.nextStart = Date.now() + h.delayMs;
      return this.global(fn);
    });
  }

  private state(host: string): HostState {
    let h = this.hosts.get(host);
    if (h === undefined) {
      h = { limit: pLimit(this.perHost), delayMs: 0, nextStart: 0 };
      this.hosts.set(host, h);
    }
    return h;
  }
}

export function sleep(ms: number, signal: AbortSignal | null = null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(t);
      reject(signal!.reason);
    };
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
