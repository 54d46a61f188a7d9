/**
 * Article-body extraction benchmark: Vigie vs @mozilla/readability (on linkedom)
 * over the 181 pages of the Scrapinghub article-extraction benchmark.
 *
 *   npm run bench:extract [-- --no-write] [--only vigie|readability] [--dump-worst N] [--data-dir DIR]
 *
 * Each system runs in its own child process (bench/lib/runSystem.ts) so that its
 * peak RSS is measured alone. Predictions go to bench/out/<system>.jsonl and are
 * scored twice: by bench/lib/shingleScore.ts and by the reference scorer
 * (../shared/tools/extbench/score.mjs). If the two disagree at 3 decimals the run
 * fails (exit 1). Results go to BENCHMARKS.md between the bench:extract markers,
 * unless --no-write or --only is given.
 *
 * Exit status: 0 when everything ran and the scorers agree (whether or not the
 * targets are met), 1 on a scorer disagreement or a crashed run, 2 on bad usage.
 */
import { execFileSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { benchArgs, usageError } from './lib/benchArgs.js';
import { DEFAULT_DATA_DIR, REPO_ROOT, loadTruth, resolveDataDir } from './lib/dataset.js';
import { HEADERS, fmt, markdownTable, rowCells, textTable, upsertSection, type SystemRow, type Target } from './lib/report.js';
import type { RunResult } from './lib/runSystem.js';
import { scoreCorpus, type CorpusScore } from './lib/shingleScore.js';
import { SYSTEMS, isSystemName, type SystemName } from './lib/systems.js';
import { machine, median } from './lib/machine.js';

const TARGET_F1 = 0.965;
const TARGET_SPEEDUP = 3;
const TARGET_RSS_MB = 200;

const OUT_DIR = join(REPO_ROOT, 'bench', 'out');
// The bench runs compiled (npm run bench:extract builds it first): both systems are
// measured as shipped JavaScript, with no TypeScript loader in their processes.
const RUN_SYSTEM = fileURLToPath(new URL('./lib/runSystem.js', import.meta.url));
const REFERENCE_SCORER = '../shared/tools/extbench/score.mjs';
const BENCHMARKS_MD = join(REPO_ROOT, 'BENCHMARKS.md');
const COMMAND = 'npm run bench:extract';

const USAGE = `usage: npm run bench:extract -- [--no-write] [--only vigie|readability] [--dump-worst N] [--data-dir DIR]
  --no-write        do not update BENCHMARKS.md
  --only SYSTEM     run one system only (implies --no-write)
  --dump-worst N    list the N Vigie pages with the lowest per-page F1
  --data-dir DIR    data set directory (default ${DEFAULT_DATA_DIR}, relative to the repo root)`;

function usage(message: string): never {
  return usageError('bench:extract', USAGE, message);
}

interface Options {
  write: boolean;
  systems: SystemName[];
  dumpWorst: number;
  dataDir: string | undefined;
}

function parseOptions(): Options {
  const a = benchArgs('bench:extract', USAGE, { 'dump-worst': 0 }, ['only']);
  const only = a.values.only;
  let systems: SystemName[] = [...SYSTEMS];
  if (typeof only === 'string') {
    if (!isSystemName(only)) usage(`--only expects one of ${SYSTEMS.join(', ')}, got "${only}"`);
    systems = [only];
  }
  return { write: a.write && only === undefined, systems, dumpWorst: a.ints['dump-worst'], dataDir: a.dataDir };
}

/** Runs one system in a child process and returns what it wrote. */
function runChild(system: SystemName, dataDir: string | undefined): Promise<RunResult> {
  const resultFile = join(OUT_DIR, `${system}.run.json`);
  const args = [RUN_SYSTEM, system, '--result', resultFile];
  if (dataDir !== undefined) args.push('--data-dir', dataDir);
  return new Promise((resolvePromise, reject) => {
    // The child's stdout belongs to the extractor (it may log); send it to our stderr.
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.pipe(process.stderr);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code !== 0) {
        reject(new Error(`${system}: child process failed (${signal ?? `exit ${code}`})`));
        return;
      }
      try {
        resolvePromise(JSON.parse(readFileSync(resultFile, 'utf8')) as RunResult);
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });
  });
}

interface Reference {
  line: string;
  precision: string;
  recall: string;
  f1: string;
  accuracy: string;
  missing: number;
}

/** Runs the reference scorer on a predictions file and parses its one-line summary. */
function referenceScore(jsonl: string, dataDir: string | undefined): Reference {
  const args = [REFERENCE_SCORER, relative(REPO_ROOT, jsonl)];
  if (dataDir !== undefined) args.push('--data-dir', resolveDataDir(dataDir));
  const out = execFileSync(process.execPath, args, { cwd: REPO_ROOT, encoding: 'utf8' });
  const line = out.trim().split('\n').pop() ?? '';
  const num = '([0-9.]+|NaN)';
  const m = new RegExp(`missing (\\d+)\\s+precision ${num}\\s+recall ${num}\\s+F1 ${num}.*accuracy ${num}`).exec(line);
  if (!m) throw new Error(`cannot parse the reference scorer's output: ${JSON.stringify(out)}`);
  return { line, missing: Number(m[1]), precision: m[2] ?? '', recall: m[3] ?? '', f1: m[4] ?? '', accuracy: m[5] ?? '' };
}

interface SystemOutcome {
  system: SystemName;
  run: RunResult;
  score: CorpusScore;
  row: SystemRow;
  failuresByCode: Map<string, number>;
}

async function main(): Promise<void> {
  const opts = parseOptions();
  const dataDir = resolveDataDir(opts.dataDir);
  const truth = loadTruth(dataDir);
  const ids = [...truth.keys()];
  mkdirSync(OUT_DIR, { recursive: true });

  const outcomes: SystemOutcome[] = [];
  let disagreement = false;
  for (const system of opts.systems) {
    console.error(`bench:extract: running ${system} over ${ids.length} pages…`);
    const run = await runChild(system, opts.dataDir);
    const byId = new Map(run.pages.map((p) => [p.id, p]));

    const jsonl = join(OUT_DIR, `${system}.jsonl`);
    writeFileSync(jsonl, ids.map((id) => JSON.stringify({ id, text: byId.get(id)?.text ?? '' })).join('\n') + '\n');

    const score = scoreCorpus(ids.map((id) => ({ truth: truth.get(id)?.articleBody ?? '', pred: byId.get(id)?.text ?? '' })));
    const ref = referenceScore(jsonl, opts.dataDir);

    const ours = { precision: fmt3(score.precision), recall: fmt3(score.recall), f1: fmt3(score.f1), accuracy: fmt3(score.accuracy) };
    const diffs = (['precision', 'recall', 'f1', 'accuracy'] as const).filter((k) => ours[k] !== ref[k]);
    console.log(`${system}`);
    console.log(`  ours       precision ${ours.precision}  recall ${ours.recall}  F1 ${ours.f1}  accuracy ${ours.accuracy}`);
    console.log(`  reference  ${ref.line}`);
    if (ref.missing > 0)
      console.log(`  WARNING: the reference scorer found ${ref.missing} page(s) missing from ${relative(REPO_ROOT, jsonl)}`);
    if (diffs.length > 0) {
      disagreement = true;
      console.log(`  ERROR: scorers disagree at 3 decimals on ${diffs.join(', ')}`);
    }

    const totalMs = run.pages.reduce((s, p) => s + p.ms, 0);
    const failuresByCode = new Map<string, number>();
    for (const p of run.pages) if (p.failure) failuresByCode.set(p.failure, (failuresByCode.get(p.failure) ?? 0) + 1);
    const row: SystemRow = {
      system,
      precision: score.precision,
      recall: score.recall,
      f1: score.f1,
      accuracy: score.accuracy,
      pagesPerSecond: totalMs > 0 ? run.pages.length / (totalMs / 1000) : NaN,
      medianMs: median(run.pages.map((p) => p.ms)),
      peakRssMiB: run.maxRssKiB / 1024,
      failures: run.pages.filter((p) => p.failure).length,
    };
    outcomes.push({ system, run, score, row, failuresByCode });
  }

  const rows = outcomes.map((o) => rowCells(o.row));
  console.log('');
  console.log(textTable(HEADERS, rows));
  const failureNote = outcomes.map((o) => `${o.system} ${describeFailures(o.failuresByCode)}`).join('; ');
  console.log(`\npages without text: ${failureNote}`);

  const vigie = outcomes.find((o) => o.system === 'vigie');
  const readability = outcomes.find((o) => o.system === 'readability');
  const ratio = vigie && readability ? vigie.row.pagesPerSecond / readability.row.pagesPerSecond : NaN;
  const targets: Target[] = [];
  if (vigie) {
    // Speed and memory mean nothing if Vigie extracted nothing (e.g. every call failed at once).
    const extracted = vigie.run.pages.length - vigie.row.failures;
    const caveat = extracted === 0 ? ' (no page extracted)' : '';
    targets.push({ name: `F1 ≥ ${TARGET_F1}`, value: fmt(vigie.row.f1, 3), pass: vigie.row.f1 >= TARGET_F1 });
    if (readability) {
      targets.push({
        name: `speed ≥ ${TARGET_SPEEDUP}× Readability`,
        value: `${fmt(ratio, 2)}×${caveat}`,
        pass: extracted > 0 && ratio >= TARGET_SPEEDUP,
      });
    }
    targets.push({
      name: `peak RSS ≤ ${TARGET_RSS_MB} MB`,
      value: `${fmt(vigie.row.peakRssMiB, 1)} MB${caveat}`,
      pass: extracted > 0 && vigie.row.peakRssMiB <= TARGET_RSS_MB,
    });
  }
  if (vigie && readability) console.log(`speed ratio vigie ÷ readability (pages/s): ${fmt(ratio, 2)}×`);
  if (targets.length > 0) {
    console.log('\ntargets (Vigie):');
    for (const t of targets) console.log(`  ${t.pass ? 'PASS' : 'FAIL'}  ${t.name.padEnd(26)} ${t.value}`);
  }

  if (opts.dumpWorst > 0) {
    if (!vigie) console.log('\n--dump-worst: Vigie was not run (--only readability)');
    else dumpWorst(vigie, ids, truth, opts.dumpWorst);
  }

  if (disagreement) {
    console.error('\nbench:extract: FAILED — our shingle scorer disagrees with the reference scorer; BENCHMARKS.md left alone.');
    process.exit(1);
  }

  if (opts.write) {
    const section = [
      '## Article extraction — Scrapinghub benchmark (181 pages)',
      '',
      `- Date: ${new Date().toISOString().slice(0, 10)}`,
      `- Machine: ${machine()}`,
      `- Command: \`${COMMAND}\``,
      `- Data: \`${relative(REPO_ROOT, dataDir)}\`; body text scored with 4-gram shingles (\`bench/lib/shingleScore.ts\`, checked against \`${REFERENCE_SCORER}\` at 3 decimals).`,
      '- Readability: `@mozilla/readability` on a `linkedom` DOM, `textContent` split into paragraphs. Vigie is given the raw bytes, Readability the decoded string.',
      '- Each system runs in its own process; pages are held gzip-compressed and unpacked outside the timed call; one untimed warm-up pass precedes three timed passes, only the extraction call is timed, and each page counts with its median time over the passes (pages/s = pages ÷ the sum of those medians). Both run as compiled JavaScript (`tsc -p tsconfig.bench.json`). Peak RSS is the whole process (Node + the compressed inputs); Vigie is loaded from its extraction module (`src/extract/extract.ts`), not the package root, which also loads ingest, the store drivers, analyze and events.',
      '',
      markdownTable(HEADERS, rows),
      '',
      `Pages without text: ${failureNote}.`,
      '',
      ...(vigie && readability ? [`Speed ratio Vigie ÷ Readability (pages/s): **${fmt(ratio, 2)}×**`, ''] : []),
      markdownTable(
        ['target (Vigie)', 'measured', 'status'],
        targets.map((t) => [t.name, t.value, t.pass ? 'PASS' : 'FAIL']),
      ),
    ].join('\n');
    upsertSection(
      BENCHMARKS_MD,
      section,
      '# Benchmarks\n\nMeasured figures. Each section says when, on what machine, and with which command it was produced.',
    );
    console.log(`\nwrote ${relative(REPO_ROOT, BENCHMARKS_MD)}`);
  } else {
    console.log(`\n${relative(REPO_ROOT, BENCHMARKS_MD)} not updated (${opts.systems.length < SYSTEMS.length ? '--only' : '--no-write'})`);
  }
}

function fmt3(x: number): string {
  return Number.isFinite(x) ? x.toFixed(3) : 'NaN';
}

function describeFailures(byCode: Map<string, number>): string {
  const total = [...byCode.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return '0';
  return `${total} (${[...byCode].map(([code, n]) => `${code} ×${n}`).join(', ')})`;
}

function dumpWorst(o: SystemOutcome, ids: readonly string[], truth: ReturnType<typeof loadTruth>, n: number): void {
  const failures = new Map(o.run.pages.map((p) => [p.id, p.failure]));
  const ranked = ids
    .map((id, i) => ({ id, s: o.score.perPage[i] }))
    .filter((x): x is { id: string; s: NonNullable<typeof x.s> } => x.s !== undefined)
    .sort((a, b) => a.s.f1 - b.s.f1 || a.id.localeCompare(b.id))
    .slice(0, n);
  console.log(`\n${ranked.length} worst Vigie pages by per-page F1:`);
  const rows = ranked.map(({ id, s }) => [
    id,
    fmt(s.f1, 3),
    s.precision === null ? '—' : s.precision.toFixed(3),
    s.recall === null ? '—' : s.recall.toFixed(3),
    failures.get(id) ?? '',
    truth.get(id)?.url ?? '',
  ]);
  console.log(textTable(['id', 'F1', 'precision', 'recall', 'failure', 'url'], rows, [0, 4, 5]));
}

main().catch((e: unknown) => {
  console.error(`bench:extract: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  process.exit(1);
});
