/**
 * `vigie ingest INPUT...`: files, directories, .gz and WARC files, and http(s) URLs of
 * pages, feeds and sitemaps into the store. A progress bar on a terminal (stderr), and
 * always a summary at the end (stdout): counts, then one line per failure. Exit status:
 * 0 nothing failed, 1 something failed (or the run was interrupted), 2 usage error.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import cliProgress from 'cli-progress';
import { formatErrorLine } from '../../core/errors.js';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from '../../core/options.js';
import type { IngestEvent, IngestSummary } from '../../ingest/ingestEvents.js';
import { ingest } from '../../ingest/ingest.js';
import { DEFAULT_CONCURRENCY, DEFAULT_PER_HOST } from '../../ingest/ingestOptions.js';
import { analyzeArticle, analyzerName } from '../../analyze/analyze.js';
import { loadGazetteer } from '../../analyze/gazetteer/loadGazetteer.js';
import { addStoreOptions, withStore, type StoreCliOptions } from './db.js';
import { parsePositiveInt, parseSize, type CliIO } from './extract.js';

export interface IngestCliOptions extends StoreCliOptions {
  follow?: boolean;
  allowPrivate?: boolean;
  concurrency?: number;
  perHost?: number;
  timeout?: number;
  maxBytes?: number;
  url?: string;
  format?: 'text' | 'json';
  verbose?: boolean;
  quiet?: boolean;
  analyze?: boolean;
  gazetteer?: string[];
}

export function registerIngestCommand(program: Command, onDone: (exitCode: number) => void, io: CliIO): Command {
  const cmd = program
    .command('ingest')
    .description('fetch, extract and store articles from files, directories, WARC files, pages, feeds and sitemaps')
    .argument('<INPUT...>', 'file (.html .htm .xhtml .txt, optionally .gz), directory, .warc(.gz) file, - for stdin, or http(s) URL')
    .option('--follow', 'fetch the page of every feed entry (default: store only entries carrying full content, list the others)')
    .option('--allow-private', 'allow loopback, private and link-local addresses (refused by default)')
    .option('--concurrency <N>', `requests in flight at once (default ${DEFAULT_CONCURRENCY})`, parsePositiveInt)
    .option('--per-host <N>', `requests in flight at once to one host (default ${DEFAULT_PER_HOST})`, parsePositiveInt)
    .option('--timeout <MS>', `deadline for one request in milliseconds (default ${DEFAULT_TIMEOUT_MS})`, parsePositiveInt)
    .option('--max-bytes <N>', `refuse responses and files larger than N bytes (suffixes k, M, G; default ${DEFAULT_MAX_BYTES})`, parseSize)
    .option('--url <URL>', 'store a single file (or -) under this URL instead of file:///path', parseUrl)
    .addOption(new Option('-f, --format <format>', 'summary format').choices(['text', 'json']).default('text'))
    .option('--analyze', 'also analyse each new article or version (entities, places, quotes, times) and store the analysis with it')
    .option('--gazetteer <FILE>', 'with --analyze: also a gazetteer in GeoNames format, over the default one (repeatable)', collect, [])
    .option('-v, --verbose', 'one line per document on stderr as it is done (no progress bar)')
    .option('-q, --quiet', 'no progress bar');
  return addStoreOptions(cmd).action(async (inputs: string[], opts: IngestCliOptions) => {
    onDone(await runIngest(inputs, opts, io));
  });
}

export async function runIngest(inputs: string[], opts: IngestCliOptions, io: CliIO): Promise<number> {
  const stop = new AbortController();
  // First Ctrl-C: finish what is in flight, then report. Second: the default (exit).
  const onSigint = (): void => {
    process.off('SIGINT', onSigint);
    stop.abort(new Error('interrupted'));
  };
  const progress = createProgress(io.stderr, !opts.quiet && !opts.verbose);
  // Loaded before the store opens, so that a bad --gazetteer file fails at once, alone.
  const gazetteer = opts.analyze ? await loadGazetteer({ home: opts.home ?? null, files: opts.gazetteer ?? [] }) : null;
  const analyzer = analyzerName();
  const summary = await withStore(opts, async (store) => {
    process.on('SIGINT', onSigint);
    try {
      return await ingest(inputs, {
        store,
        follow: opts.follow ?? false,
        allowPrivate: opts.allowPrivate ?? false,
        ...(opts.concurrency !== undefined ? { concurrency: opts.concurrency } : {}),
        ...(opts.perHost !== undefined ? { perHost: opts.perHost } : {}),
        ...(opts.timeout !== undefined ? { timeoutMs: opts.timeout } : {}),
        ...(opts.maxBytes !== undefined ? { maxBytes: opts.maxBytes } : {}),
        url: opts.url ?? null,
        analyze: gazetteer === null ? null : (article) => ({ analyzer, analysis: analyzeArticle(article, gazetteer).analysis }),
        signal: stop.signal,
        onEvent: (e) => {
          progress.update(e);
          if (opts.verbose) verboseLine(io.stderr, e);
        },
      });
    } finally {
      progress.stop();
      process.off('SIGINT', onSigint);
    }
  });
  const interrupted = stop.signal.aborted;
  io.stdout.write(
    opts.format === 'json' ? `${JSON.stringify({ ...summary, interrupted }, null, 2)}\n` : formatSummary(summary, interrupted),
  );
  return summary.failed > 0 || interrupted ? 1 : 0;
}

export function formatSummary(s: IngestSummary, interrupted = false): string {
  const parts = [`${s.new} new`, `${s.updated} updated`, `${s.duplicate} duplicate`, `${s.failed} failed`];
  if (s.nearDuplicate > 0) parts.push(`${s.nearDuplicate} near-duplicate`);
  if (s.notModified > 0) parts.push(`${s.notModified} not modified`);
  if (s.listed > 0) parts.push(`${s.listed} listed (add --follow to fetch them)`);
  if (s.skipped > 0) parts.push(`${s.skipped} skipped`);
  const lines = [`${interrupted ? 'interrupted' : 'ingested'} in ${(s.elapsedMs / 1000).toFixed(1)} s: ${parts.join(', ')}`];
  for (const f of s.failures) lines.push(formatErrorLine(f.source, { code: f.code, message: flat(f.message), hint: flat(f.hint) }));
  return `${lines.join('\n')}\n`;
}

function flat(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ');
}

function verboseLine(stderr: CliIO['stderr'], e: IngestEvent): void {
  if (e.type === 'listing') stderr.write(`${e.kind} ${e.source}: ${e.entries} entries\n`);
  if (e.type !== 'item') return;
  const it = e.item;
  const version = it.version !== undefined && it.status !== 'duplicate' ? ` v${it.version}` : '';
  const why = it.error ? ` ${it.error.code} ${flat(it.error.message)}` : '';
  stderr.write(`${it.status}${version} ${it.url ?? it.source}${why}\n`);
}

/** A bar on a terminal only: done units over known units, and the counts so far. */
function createProgress(stderr: CliIO['stderr'], enabled: boolean): { update(e: IngestEvent): void; stop(): void } {
  if (!enabled || stderr.isTTY !== true) return { update: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    {
      stream: stderr,
      format: 'ingest [{bar}] {value}/{total} | {new} new, {updated} updated, {duplicate} duplicate, {failed} failed',
      hideCursor: true,
      clearOnComplete: true,
      gracefulExit: false,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  const counts = { new: 0, updated: 0, duplicate: 0, failed: 0 };
  let total = 0;
  let done = 0;
  let started = false;
  return {
    update(e) {
      if (!started) {
        bar.start(0, 0, counts);
        started = true;
      }
      if (e.type === 'found') {
        total += e.count;
        bar.setTotal(total);
        return;
      }
      done++;
      if (e.type === 'item' && e.item.status in counts) counts[e.item.status as keyof typeof counts]++;
      bar.update(done, counts);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

function parseUrl(value: string): string {
  try {
    const u = new URL(value);
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
  } catch {
    // fall through
  }
  throw new InvalidArgumentError('expected an absolute http(s) URL.');
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
