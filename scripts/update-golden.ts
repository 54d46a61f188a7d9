/**
 * Regenerates the golden snapshots in test/golden/ from the current extractor.
 *
 *   npm run golden:update                      # rewrite every snapshot, print what changed
 *   npm run golden:update -- --dry-run         # print what would change, write nothing
 *   npm run golden:update -- fr-amp gazette    # only pages whose name contains one of these
 *   npm run golden:update -- --allow-failures  # also snapshot pages the extractor fails on
 *   npm run golden:update -- --prune           # delete snapshots whose page no longer exists
 *
 * Pages are every .html/.htm/.txt file under test/fixtures/pages (recursively), plus the
 * project's seed document, read from ../shared at run time (never copied). A page's golden
 * name is its path under test/fixtures/pages without the extension; the seed's is "seed".
 * Documents in a folder whose name ends in "samesource" come from one source and are
 * extracted together with `extractSources` when src/index.ts exports it, so that lines
 * repeated across them can be recognised as boilerplate; otherwise one by one with `extract`.
 *
 * test/golden.test.ts imports the helpers below, so the test and this script always agree on
 * how a page is extracted and how a snapshot is written.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExtractResult } from '../src/index.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const PAGES_DIR = join(ROOT, 'test', 'fixtures', 'pages');
export const GOLDEN_DIR = join(ROOT, 'test', 'golden');
export const SHARED_DIR = resolve(ROOT, '..', 'shared');
export const SEED_FILE = join(SHARED_DIR, 'seed', '000_0de1e556a333c2f9.txt');
export const SEED_GOLD_FILE = join(SHARED_DIR, 'gold', 'seed.json');
export const SEED_NAME = 'seed';

const PAGE_EXTENSIONS = new Set(['.html', '.htm', '.txt']);
const SAME_SOURCE_SUFFIX = 'samesource';

export interface Page {
  /** Golden name: path under test/fixtures/pages without extension, '/'-separated; "seed" for the seed. */
  name: string;
  /** Absolute path of the page. */
  file: string;
  /** What is passed to the extractor as `source`: the path relative to the project root, '/'-separated. */
  source: string;
  /** Pages with the same non-null group come from one source and are extracted together. */
  group: string | null;
  /** Absolute path of the hand-made expectation file, when there is one. */
  expectFile: string | null;
}

export type Outcome = { ok: true; result: ExtractResult } | { ok: false; error: string };

function posix(p: string): string {
  return p.split(sep).join('/');
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(p));
    else if (entry.isFile()) out.push(p);
  }
  return out;
}

/** The fixture pages (sorted by name), then the seed when ../shared is present. */
export function listPages(): Page[] {
  const pages: Page[] = [];
  for (const file of walk(PAGES_DIR)) {
    const ext = extname(file).toLowerCase();
    if (!PAGE_EXTENSIONS.has(ext)) continue;
    const name = posix(relative(PAGES_DIR, file)).slice(0, -ext.length);
    const dir = dirname(file);
    const expectFile = file.slice(0, -ext.length) + '.expect.json';
    pages.push({
      name,
      file,
      source: posix(relative(ROOT, file)),
      group: dir.endsWith(SAME_SOURCE_SUFFIX) ? posix(relative(PAGES_DIR, dir)) : null,
      expectFile: existsSync(expectFile) ? expectFile : null,
    });
  }
  if (existsSync(SEED_FILE)) {
    pages.push({ name: SEED_NAME, file: SEED_FILE, source: posix(relative(ROOT, SEED_FILE)), group: null, expectFile: null });
  }
  return pages;
}

export function goldenPath(name: string): string {
  return join(GOLDEN_DIR, ...name.split('/')) + '.json';
}

function describeError(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

/**
 * Runs the batch entry point on one same-source folder. Contract, as in
 * src/extract/extractSources.ts: `extractSources(paths: string[])` yields one ExtractResult
 * per document, in input order, each with `source` set to the path it was given. Arrays and
 * promises are accepted too, so a change of shape fails here with a clear message.
 *
 * Absolute paths are passed so the result does not depend on the working directory; each
 * result's `source` is then rewritten to the page's project-relative path, the same one
 * `extract` is given, so snapshots are identical on every machine.
 */
async function runExtractSources(fn: (...args: unknown[]) => unknown, members: Page[]): Promise<ExtractResult[]> {
  const raw: unknown = await fn(members.map((p) => p.file));
  const results: ExtractResult[] = [];
  if (raw && typeof raw === 'object' && Symbol.asyncIterator in raw) {
    for await (const r of raw as AsyncIterable<ExtractResult>) results.push(r);
  } else if (Array.isArray(raw)) {
    results.push(...(raw as ExtractResult[]));
  } else {
    throw new Error(`extractSources returned ${typeof raw}; update runExtractSources in scripts/update-golden.ts`);
  }
  if (results.length !== members.length) {
    throw new Error(`extractSources gave ${results.length} results for ${members.length} documents`);
  }
  const bySource = new Map(results.map((r) => [r.source, r] as const));
  return members.map((p, i) => {
    const r = bySource.get(p.file) ?? results[i]!;
    return { ...r, source: p.source };
  });
}

/** Extracts every page; never throws (a thrown error becomes an `ok: false` outcome). */
export async function extractPages(pages: Page[]): Promise<Map<string, Outcome>> {
  const mod = (await import('../src/index.js')) as typeof import('../src/index.js') & Record<string, unknown>;
  const batch = typeof mod['extractSources'] === 'function' ? (mod['extractSources'] as (...args: unknown[]) => unknown) : null;
  const outcomes = new Map<string, Outcome>();

  const groups = new Map<string, Page[]>();
  for (const p of pages) if (p.group !== null) groups.set(p.group, [...(groups.get(p.group) ?? []), p]);
  if (batch) {
    for (const members of groups.values()) {
      try {
        const results = await runExtractSources(batch, members);
        members.forEach((p, i) => outcomes.set(p.name, { ok: true, result: results[i]! }));
      } catch (e) {
        for (const p of members) outcomes.set(p.name, { ok: false, error: `extractSources threw ${describeError(e)}` });
      }
    }
  }
  for (const p of pages) {
    if (outcomes.has(p.name)) continue;
    try {
      const bytes = new Uint8Array(readFileSync(p.file));
      outcomes.set(p.name, { ok: true, result: await mod.extract(bytes, { source: p.source, url: null }) });
    } catch (e) {
      outcomes.set(p.name, { ok: false, error: `extract threw ${describeError(e)}` });
    }
  }
  return outcomes;
}

// ---------------------------------------------------------------------------------------
// Snapshots

/** Top-level order follows src/core/article.ts, so a snapshot reads like the Article type. */
const TOP_LEVEL_ORDER = [
  'ok',
  'source',
  'url',
  'canonicalUrl',
  'siteName',
  'title',
  'lede',
  'authors',
  'dateline',
  'publishedAt',
  'published',
  'modifiedAt',
  'modified',
  'language',
  'section',
  'tags',
  'blocks',
  'text',
  'wordCount',
  'removed',
  'diagnostics',
  'format',
  'encoding',
  'error',
];
/** Nested objects: these first (a block reads kind, text, …), the rest alphabetically. */
const NESTED_FIRST = ['kind', 'text'];

const VOLATILE_KEY = /^(?:timings?|elapsed(?:Ms)?|duration(?:Ms)?|took(?:Ms)?|startedAt|finishedAt)$/;
const TIMING_CODE = /tim(?:e|ing)|elapsed|duration|perf/i;
const TIMING_MESSAGE = /\b\d+(?:\.\d+)?\s?(?:ms|µs|ns)\b|\btook\b/i;

function isTimingDiagnostic(d: unknown): boolean {
  if (!d || typeof d !== 'object') return false;
  const { code, message } = d as { code?: unknown; message?: unknown };
  return (typeof code === 'string' && TIMING_CODE.test(code)) || (typeof message === 'string' && TIMING_MESSAGE.test(message));
}

function ordered(value: unknown, order: readonly string[]): unknown {
  if (Array.isArray(value)) return value.map((v) => ordered(v, NESTED_FIRST));
  if (!value || typeof value !== 'object') return value;
  const rank = (k: string): number => {
    const i = order.indexOf(k);
    return i === -1 ? order.length : i;
  };
  const keys = Object.keys(value)
    .filter((k) => !VOLATILE_KEY.test(k))
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    let v = (value as Record<string, unknown>)[k];
    if (k === 'diagnostics' && Array.isArray(v)) v = v.filter((d) => !isTimingDiagnostic(d));
    out[k] = ordered(v, NESTED_FIRST);
  }
  return out;
}

/** The result as a plain JSON value: volatile fields (timings) dropped, keys in a stable order. */
export function toSnapshot(result: ExtractResult): unknown {
  return JSON.parse(JSON.stringify(ordered(result, TOP_LEVEL_ORDER))) as unknown;
}

export function serializeSnapshot(snapshot: unknown): string {
  return JSON.stringify(snapshot, null, 2) + '\n';
}

// ---------------------------------------------------------------------------------------
// Line diff

export interface LineDiff {
  added: number;
  removed: number;
  /** The first few changed lines, prefixed with '+' or '-'. */
  preview: string[];
}

/** Line diff by longest common subsequence (snapshots are a few hundred lines). */
export function diffLines(before: string, after: string, previewLines = 8): LineDiff {
  const a = before.split('\n');
  const b = after.split('\n');
  const n = a.length;
  const m = b.length;
  if (n * m > 25_000_000) {
    // Too large for a table: count lines present on one side only.
    const setA = new Set(a);
    const setB = new Set(b);
    const rem = a.filter((l) => !setB.has(l));
    const add = b.filter((l) => !setA.has(l));
    return {
      added: add.length,
      removed: rem.length,
      preview: [...rem.map((l) => '-' + l), ...add.map((l) => '+' + l)].slice(0, previewLines),
    };
  }
  const w = m + 1;
  const lcs = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * w + j] = a[i] === b[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
    }
  }
  const diff: LineDiff = { added: 0, removed: 0, preview: [] };
  const note = (line: string): void => {
    if (diff.preview.length < previewLines) diff.preview.push(line);
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      i++;
      j++;
    } else if (i < n && (j === m || lcs[(i + 1) * w + j]! >= lcs[i * w + j + 1]!)) {
      diff.removed++;
      note('-' + a[i++]);
    } else {
      diff.added++;
      note('+' + b[j++]);
    }
  }
  return diff;
}

// ---------------------------------------------------------------------------------------
// Command line

function listGoldenFiles(dir: string): string[] {
  return existsSync(dir) ? walk(dir).filter((f) => f.endsWith('.json')) : [];
}

async function main(argv: string[]): Promise<number> {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const filters = argv.filter((a) => !a.startsWith('--'));
  for (const f of flags) {
    if (!['--dry-run', '--allow-failures', '--prune', '--help'].includes(f)) {
      console.error(`unknown flag ${f} (known: --dry-run, --allow-failures, --prune)`);
      return 2;
    }
  }
  if (flags.has('--help')) {
    console.log('usage: npm run golden:update -- [--dry-run] [--allow-failures] [--prune] [name-substring ...]');
    return 0;
  }
  const dryRun = flags.has('--dry-run');
  const allPages = listPages();
  if (!existsSync(SEED_FILE)) console.warn(`warning: seed not found at ${SEED_FILE}; its snapshot is not updated`);
  const selected = filters.length ? allPages.filter((p) => filters.some((f) => p.name.includes(f))) : allPages;
  if (selected.length === 0) {
    console.error(`no page matches ${filters.join(', ')}`);
    return 2;
  }
  // A same-source folder is always extracted whole, since its members inform each other.
  const groups = new Set(selected.map((p) => p.group).filter((g): g is string => g !== null));
  const outcomes = await extractPages(allPages.filter((p) => selected.includes(p) || (p.group !== null && groups.has(p.group))));

  let created = 0;
  let changed = 0;
  let unchanged = 0;
  const failures: string[] = [];
  for (const page of selected) {
    const outcome = outcomes.get(page.name)!;
    if (!outcome.ok || (!outcome.result.ok && !flags.has('--allow-failures'))) {
      failures.push(
        outcome.ok
          ? `${page.name}: extraction failed (${outcome.result.ok ? '' : `${outcome.result.error.code}: ${outcome.result.error.message}`})`
          : `${page.name}: ${outcome.error}`,
      );
      continue;
    }
    const next = serializeSnapshot(toSnapshot(outcome.result));
    const target = goldenPath(page.name);
    const prev = existsSync(target) ? readFileSync(target, 'utf8') : null;
    const label = posix(relative(ROOT, target));
    if (prev === next) {
      unchanged++;
      continue;
    }
    if (prev === null) {
      created++;
      console.log(`new      ${label}  (${next.split('\n').length - 1} lines)`);
    } else {
      changed++;
      const d = diffLines(prev, next);
      console.log(`changed  ${label}  +${d.added} -${d.removed}`);
      for (const line of d.preview) console.log(`           ${line.length > 110 ? line.slice(0, 107) + '...' : line}`);
      if (d.added + d.removed > d.preview.length) console.log('           ...');
    }
    if (!dryRun) {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, next);
    }
  }

  if (filters.length === 0) {
    const expected = new Set(allPages.map((p) => goldenPath(p.name)));
    for (const f of listGoldenFiles(GOLDEN_DIR)) {
      if (expected.has(f) || (f === goldenPath(SEED_NAME) && !existsSync(SEED_FILE))) continue;
      const label = posix(relative(ROOT, f));
      if (flags.has('--prune') && !dryRun) {
        unlinkSync(f);
        console.log(`deleted  ${label}  (its page is gone)`);
      } else {
        console.log(`stale    ${label}  (no page any more; --prune deletes it)`);
      }
    }
  }

  for (const f of failures) console.error(`FAILED   ${f}`);
  const verb = dryRun ? 'would write' : 'wrote';
  console.log(
    `\n${selected.length} pages: ${created} new, ${changed} changed, ${unchanged} unchanged, ${failures.length} failed` +
      (created + changed ? ` — ${verb} ${created + changed} snapshot(s)` : ''),
  );
  if (created + changed && !dryRun) console.log('Read the changes before committing: git diff -- test/golden');
  if (failures.length && !flags.has('--allow-failures')) {
    console.log('Failed pages keep their previous snapshot. --allow-failures snapshots failures too.');
  }
  return failures.length ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
