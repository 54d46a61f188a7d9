/** What every bench prints and records: the median of timings, and the machine they ran on. */
import os from 'node:os';

/** NaN for no values. */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** "Linux 6.1 (x64), 2 × AMD EPYC, 24 GiB RAM, Node v20.20.2". */
export function machine(): string {
  const cpus = os.cpus();
  const model = cpus[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
  const gib = (os.totalmem() / 2 ** 30).toFixed(0);
  return `${os.type()} ${os.release()} (${os.arch()}), ${cpus.length} × ${model}, ${gib} GiB RAM, Node ${process.version}`;
}
