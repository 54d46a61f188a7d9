/** Tables for the console and for BENCHMARKS.md. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** The markers around one bench's section of BENCHMARKS.md. */
export function markers(bench: string): { start: string; end: string } {
  return { start: `<!-- bench:${bench}:start -->`, end: `<!-- bench:${bench}:end -->` };
}

export interface SystemRow {
  system: string;
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  pagesPerSecond: number;
  medianMs: number;
  peakRssMiB: number;
  failures: number;
}

export interface Target {
  name: string;
  value: string;
  pass: boolean;
}

export const fmt = (x: number, digits: number): string => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');

export const HEADERS = ['system', 'precision', 'recall', 'F1', 'accuracy', 'pages/s', 'median ms/page', 'peak RSS MB'] as const;

export function rowCells(r: SystemRow): string[] {
  return [
    r.system,
    fmt(r.precision, 3),
    fmt(r.recall, 3),
    fmt(r.f1, 3),
    fmt(r.accuracy, 3),
    fmt(r.pagesPerSecond, 1),
    fmt(r.medianMs, 2),
    fmt(r.peakRssMiB, 1),
  ];
}

/** Plain-text table. By default the first column is left-aligned and the others right-aligned. */
export function textTable(headers: readonly string[], rows: readonly string[][], leftAligned: readonly number[] = [0]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const last = headers.length - 1;
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (leftAligned.includes(i) ? (i === last ? c : c.padEnd(widths[i] ?? 0)) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function markdownTable(headers: readonly string[], rows: readonly string[][]): string {
  const sep = headers.map((_, i) => (i === 0 ? '---' : '---:'));
  return [headers, sep, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** Replaces (or adds) the marked section of a Markdown file, keeping everything else. */
export function upsertSection(file: string, section: string, header: string, bench = 'extract'): void {
  const { start: START_MARKER, end: END_MARKER } = markers(bench);
  const block = `${START_MARKER}\n${section.trim()}\n${END_MARKER}`;
  if (!existsSync(file)) {
    writeFileSync(file, `${header.trim()}\n\n${block}\n`);
    return;
  }
  const old = readFileSync(file, 'utf8');
  const start = old.indexOf(START_MARKER);
  const end = old.indexOf(END_MARKER, start === -1 ? 0 : start);
  let next: string;
  if (start !== -1 && end !== -1) {
    next = old.slice(0, start) + block + old.slice(end + END_MARKER.length);
  } else if (start === -1 && end === -1) {
    next = `${old.replace(/\s*$/, '')}\n\n${block}\n`;
  } else {
    throw new Error(`${file}: found only one of ${START_MARKER} / ${END_MARKER}; fix the file by hand`);
  }
  writeFileSync(file, next);
}
