/**
 * Ingest and search benchmark: the 181 Scrapinghub pages, as files under distinct
 * URLs, repeated to reach 10,000 articles, stored in PGlite and in PostgreSQL.
 *
 *   npm run bench:ingest [-- --articles N] [--engines pglite,postgres] [--no-write]
 *
 * Each engine runs in its own child process (bench/lib/runIngest.ts). Reports
 * articles per second, the share of ingest time spent in storage, search latency
 * p50/p95 over 100 queries, peak RSS and RSS every 1,000 articles (flat or not).
 * Results go to BENCHMARKS.md between the bench:ingest markers unless --no-write.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from './lib/dataset.js';
import { fmt, markdownTable, textTable, upsertSection } from './lib/report.js';
import type { IngestRun } from './lib/runIngest.js';
import { machine } from './lib/machine.js';

const TARGET_STORE_SHARE = 0.25;
const TARGET_P95_MS = 50;
/** RSS at the end may exceed RSS at the first checkpoint by at most this factor to count as flat. */
const FLAT_FACTOR = 1.25;

const RUN_INGEST = fileURLToPath(new URL('./lib/runIngest.js', import.meta.url));
const OUT_DIR = join(REPO_ROOT, 'bench', 'out');
const COMMAND = 'npm run bench:ingest';

function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

function spawnRun(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [RUN_INGEST, ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args[0]} run exited with ${code}`))));
  });
}

async function runChild(engine: string, articles: number, copies: string): Promise<IngestRun> {
  mkdirSync(OUT_DIR, { recursive: true });
  const result = join(OUT_DIR, `ingest-${engine}-${copies}.json`);
  const extra: string[] = [];
  if (engine === 'pglite') {
    const home = mkdtempSync(join(os.tmpdir(), 'vigie-bench-'));
    await spawnRun([engine, '--result', result, '--home', home, '--init']);
    extra.push('--home', home);
  }
  await spawnRun([engine, '--result', result, '--articles', String(articles), '--copies', copies, ...extra]);
  return JSON.parse(readFileSync(result, 'utf8')) as IngestRun;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { articles: { type: 'string' }, engines: { type: 'string' }, copies: { type: 'string' }, 'no-write': { type: 'boolean' } },
  });
  const articles = Number(values.articles ?? 10_000);
  if (!Number.isInteger(articles) || articles < 1) {
    console.error('bench:ingest: --articles expects a positive integer');
    process.exit(2);
  }
  const engines = (values.engines ?? 'pglite,postgres').split(',').map((e) => e.trim());
  const copyKinds = (values.copies ?? 'verbatim,edited').split(',').map((e) => e.trim());
  if (copyKinds.some((c) => c !== 'verbatim' && c !== 'edited')) {
    console.error('bench:ingest: --copies expects verbatim, edited or both (comma-separated)');
    process.exit(2);
  }
  const rows: string[][] = [];
  const targets: Array<{ name: string; value: string; pass: boolean }> = [];
  const series: string[] = [];
  /** How many pages an edit sets apart from their original (measured by the edited runs). */
  let editedNote = 'most pages';
  for (const copies of copyKinds)
    for (const engine of engines) {
      console.error(`bench:ingest: ${engine}, ${articles} articles, ${copies} copies…`);
      const r = await runChild(engine, articles, copies);
      if (r.editedDistinct) editedNote = `${r.editedDistinct.distinct} of the ${r.editedDistinct.fingerprinted} fingerprinted pages`;
      const label = `${engine}, ${copies} copies`;
      const perSec = r.articles / (r.totalMs / 1000);
      const share = r.storeMs / r.totalMs;
      const waitShare = r.waitMs / r.totalMs;
      const p50 = percentile(r.searchMs, 50);
      const p95 = percentile(r.searchMs, 95);
      const first = r.rssSeries[0]?.[1] ?? NaN;
      const last = r.rssSeries[r.rssSeries.length - 1]?.[1] ?? NaN;
      const flat = last <= first * FLAT_FACTOR;
      rows.push([
        label,
        String(r.articles),
        fmt(perSec, 1),
        `${fmt(share * 100, 1)}%`,
        `${fmt(waitShare * 100, 1)}%`,
        fmt(p50, 1),
        fmt(p95, 1),
        fmt(r.maxRssKiB / 1024, 1),
        Object.entries(r.outcomes)
          .map(([k, v]) => `${k} ${v}`)
          .join(', '),
      ]);
      series.push(`${label}: ${r.rssSeries.map(([n, mb]) => `${n}→${mb.toFixed(0)}`).join(', ')} (MB RSS by articles stored)`);
      targets.push({ name: `${label}: storage ≤ 25% of ingest time`, value: `${fmt(share * 100, 1)}%`, pass: share <= TARGET_STORE_SHARE });
      targets.push({ name: `${label}: search p95 ≤ 50 ms`, value: `${fmt(p95, 1)} ms`, pass: p95 <= TARGET_P95_MS });
      targets.push({
        name: `${label}: memory flat (end ≤ ${FLAT_FACTOR}× first checkpoint)`,
        value: `${fmt(first, 0)} → ${fmt(last, 0)} MB`,
        pass: flat,
      });
    }
  const headers = [
    'engine, copies',
    'articles',
    'articles/s',
    'storage share',
    'of which waiting',
    'search p50 ms',
    'search p95 ms',
    'peak RSS MB',
    'outcomes',
  ];
  console.log(`\n${textTable(headers, rows, [0, 8])}\n`);
  for (const s of series) console.log(s);
  console.log('\ntargets:');
  for (const t of targets) console.log(`  ${t.pass ? 'PASS' : 'FAIL'}  ${t.name.padEnd(68)} ${t.value}`);
  if (values['no-write']) return;
  const section = [
    `## Ingest and search — ${articles} articles (the 181 benchmark pages under distinct URLs)`,
    '',
    `- Date: ${new Date().toISOString().slice(0, 10)}`,
    `- Machine: ${machine()}`,
    `- Command: \`${COMMAND}\``,
    '- Each engine runs in its own process: read, extract and save each page as `vigie ingest` does (up to 64 saves in flight, written by group commit: one transaction per batch, near-duplicate linking included; saves are prepared (hashes, fingerprints, compression) and written on the store\'s own thread, with PGlite itself on that thread), merge the full-text index\'s pending list at the end as `vigie ingest` does, then run 100 searches (limit 20) on frequent title words, after 10 untimed warm-up searches. The storage share is the part of the loop wall time not spent reading and extracting: handing saves over, and waiting for the store when it falls behind ("of which waiting"). An embedded store is created (initdb) by a separate process first, as a first `vigie` run would.',
    `- Copies: *verbatim* repeats the same bytes under new URLs (the issue's setup). A verbatim copy's fingerprint equals its original's, and the store then keeps no LSH bands for it (they would add nothing to the lookup), so that setup is the cheap case for duplicate detection. *edited* changes one body word of each later copy everywhere it occurs (\`--copies edited\`): ${editedNote} then get a fingerprint of their own, bands included, so most copies cost what a lightly edited syndicated copy costs.`,
    '',
    markdownTable(headers, rows),
    '',
    ...series.map((s) => `- ${s}`),
    '',
    markdownTable(
      ['target', 'measured', 'status'],
      targets.map((t) => [t.name, t.value, t.pass ? 'PASS' : 'FAIL']),
    ),
  ].join('\n');
  upsertSection(join(REPO_ROOT, 'BENCHMARKS.md'), section, '# Benchmarks', 'ingest');
  console.log('\nwrote BENCHMARKS.md');
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
