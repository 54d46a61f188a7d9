/**
 * `vigie extract [INPUT...]`: files, directories, '-' (stdin) or http(s) URLs in; one
 * record per document out. Exit status: 0 all ok, 1 some input failed, 2 usage error.
 */
import * as fs from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { Article, ExtractResult } from '../../core/article.js';
import { formatErrorLine, toVigieError, VigieError, type ErrorInfo } from '../../core/errors.js';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, DEFAULT_TIMEOUT_MS } from '../../core/options.js';
import { extractSources } from '../../extract/extractSources.js';
import { normaliseLabel } from '../../extract/input/decodeBytes.js';
import { isHttpUrl } from '../../extract/input/readSources.js';
import { createBatchFormatter, OUTPUT_FORMATS, type OutputFormat } from '../formatResult.js';

export interface ExtractCliOptions {
  format?: OutputFormat;
  url?: string;
  encoding?: string;
  maxBytes?: number;
  timeout?: number;
  maxDepth?: number;
  output?: string;
  quiet?: boolean;
}

export interface CliIO {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

/** Progress is shown on a TTY once a batch passes this many inputs. */
const PROGRESS_AFTER = 20;

export function registerExtractCommand(program: Command, onDone: (exitCode: number) => void, io: CliIO): Command {
  return program
    .command('extract')
    .description('extract articles from HTML or text files, directories, stdin (-) or http(s) URLs')
    .argument('[INPUT...]', 'file (.html .htm .xhtml .txt, optionally .gz), directory, - for stdin, or http(s) URL')
    .addOption(
      new Option('-f, --format <format>', 'output format (default: json for one input, jsonl for several)').choices(OUTPUT_FORMATS),
    )
    .option('--url <URL>', 'page URL, for file or stdin input', parseUrl)
    .option('--encoding <LABEL>', 'force the charset (e.g. windows-1252)', parseEncoding)
    .option('--max-bytes <N>', `refuse inputs larger than N bytes (suffixes k, M, G; default ${DEFAULT_MAX_BYTES})`, parseSize)
    .option('--timeout <MS>', `network timeout in milliseconds (default ${DEFAULT_TIMEOUT_MS})`, parsePositiveInt)
    .option('--max-depth <N>', `refuse HTML nested deeper than N (default ${DEFAULT_MAX_DEPTH})`, parsePositiveInt)
    .option('-o, --output <FILE>', 'write results to FILE instead of stdout')
    .option('-q, --quiet', 'no progress or summary on stderr (errors are still reported)')
    .action(async (inputs: string[], opts: ExtractCliOptions) => {
      onDone(await runExtract(inputs, opts, io));
    });
}

/**
 * What a command built on extraction adds (`vigie analyze`): a step run on each
 * extracted article, a text view for its result, and its name in messages.
 */
export interface ExtractHooks {
  command: string;
  /** Run on every extracted article; a throw fails that input alone. */
  transform?: (article: Article) => Promise<ExtractResult> | ExtractResult;
  /** Renders one successful result for `--format text`. */
  text?: (result: Article) => string;
  /** Word in the progress line ("extracted", "analysed"). */
  verb?: string;
}

export async function runExtract(
  inputs: string[],
  opts: ExtractCliOptions,
  io: CliIO,
  hooks: ExtractHooks = { command: 'extract' },
): Promise<number> {
  if (inputs.length === 0) {
    if (io.stdin.isTTY) {
      throw new VigieError('E_USAGE', 'no INPUT given', {
        hint: `give a file, a directory, a URL, or pipe a page into 'vigie ${hooks.command} -'`,
      });
    }
    inputs = ['-'];
  }
  if (inputs.filter((i) => i === '-').length > 1) {
    throw new VigieError('E_USAGE', "'-' (stdin) can be given only once", { hint: `run 'vigie ${hooks.command} --help'` });
  }

  const single = inputs.length === 1 && !isDirectory(inputs[0]!);
  const format: OutputFormat = opts.format ?? (single ? 'json' : 'jsonl');

  let out: NodeJS.WritableStream = io.stdout;
  let file: fs.WriteStream | null = null;
  if (opts.output !== undefined) {
    try {
      file = fs.createWriteStream(opts.output, { fd: fs.openSync(opts.output, 'w') });
      out = file;
    } catch (err) {
      const e = new VigieError('E_IO', `cannot write ${opts.output}: ${(err as Error).message}`, {
        hint: 'check the path and permissions of --output',
      });
      io.stderr.write(`${formatErrorLine('vigie', e.toJSON())}\n`);
      return 1;
    }
  }

  let broken = false;
  const onError = (err: NodeJS.ErrnoException): void => {
    broken = true;
    if (err.code !== 'EPIPE')
      io.stderr.write(
        `${formatErrorLine('vigie', { code: 'E_IO', message: `cannot write output: ${err.message}`, hint: 'check free space' })}\n`,
      );
  };
  out.on('error', onError);
  const write = async (s: string): Promise<void> => {
    if (s === '' || broken) return;
    if (!out.write(s)) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          out.off('drain', done);
          out.off('error', done);
          out.off('close', done);
          resolve();
        };
        out.on('drain', done);
        out.on('error', done);
        out.on('close', done);
      });
    }
  };

  const progress = createProgress(
    io.stderr,
    !opts.quiet,
    inputs.every((i) => !isDirectory(i)) ? inputs.length : null,
    hooks.verb ?? 'extracted',
  );
  const formatter = createBatchFormatter(format, single, hooks.text);
  let failed = 0;
  let count = 0;

  await write(formatter.start());
  const results = extractSources(inputs, {
    url: opts.url ?? null,
    encoding: opts.encoding ?? null,
    ...(opts.maxBytes !== undefined ? { maxBytes: opts.maxBytes } : {}),
    ...(opts.timeout !== undefined ? { timeoutMs: opts.timeout } : {}),
    ...(opts.maxDepth !== undefined ? { maxDepth: opts.maxDepth } : {}),
    stdin: io.stdin,
  });
  for await (const extracted of results) {
    count++;
    const result = extracted.ok && hooks.transform ? await transformed(extracted, hooks.transform) : extracted;
    if (!result.ok) {
      failed++;
      progress.clear();
      io.stderr.write(`${formatErrorLine(result.source, oneLineInfo(result.error))}\n`);
    }
    await write(formatter.record(result));
    progress.update(count);
    if (broken) break;
  }
  await write(formatter.end());
  progress.clear();
  if (!opts.quiet && io.stderr.isTTY && failed > 0 && count > 1) {
    io.stderr.write(`vigie: ${failed} of ${count} inputs failed\n`);
  }
  if (file !== null) await new Promise<void>((resolve) => file.end(resolve));
  out.off('error', onError);
  return failed > 0 ? 1 : 0;
}

function oneLineInfo(e: ErrorInfo): ErrorInfo {
  const flat = (s: string): string => s.replace(/\s*\n\s*/g, ' ');
  return { code: e.code, message: flat(e.message), hint: flat(e.hint) };
}

function isDirectory(input: string): boolean {
  if (input === '-' || isHttpUrl(input)) return false;
  try {
    return fs.statSync(input).isDirectory();
  } catch {
    return false;
  }
}

/** A failing step becomes that input's failure, reported like an extraction error. */
async function transformed(article: Article, step: NonNullable<ExtractHooks['transform']>): Promise<ExtractResult> {
  try {
    return await step(article);
  } catch (err) {
    const e = toVigieError(err);
    return { ok: false, source: article.source, url: article.url, error: e.toJSON() };
  }
}

function createProgress(
  stderr: CliIO['stderr'],
  enabled: boolean,
  total: number | null,
  verb: string,
): { update(n: number): void; clear(): void } {
  const on = enabled && stderr.isTTY === true;
  let shown = false;
  let last = 0;
  return {
    update(n) {
      if (!on || (n <= PROGRESS_AFTER && (total === null || total <= PROGRESS_AFTER))) return;
      const now = Date.now();
      if (now - last < 100 && n !== total) return;
      last = now;
      stderr.write(`\r\x1b[K${verb} ${n}${total !== null ? `/${total}` : ''}…`);
      shown = true;
    },
    clear() {
      if (shown) stderr.write('\r\x1b[K');
      shown = false;
    },
  };
}

// ---------------------------------------------------------------------------------------
// Argument parsers (commander turns InvalidArgumentError into a usage error)

export function parsePositiveInt(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError('expected a positive whole number.');
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number.');
  return n;
}

export function parseSize(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*$/i.exec(value);
  if (!m) throw new InvalidArgumentError('expected a size in bytes, e.g. 1048576, 512k or 50M.');
  const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  const n = Math.floor(Number(m[1]) * unit);
  if (!Number.isSafeInteger(n) || n <= 0) throw new InvalidArgumentError('expected a size greater than 0.');
  return n;
}

export function parseUrl(value: string): string {
  try {
    const u = new URL(value);
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
  } catch {
    // fall through
  }
  throw new InvalidArgumentError('expected an absolute http(s) URL.');
}

export function parseEncoding(value: string): string {
  if (normaliseLabel(value) === null) throw new InvalidArgumentError('unknown charset label (try utf-8, windows-1252, iso-8859-15).');
  return value;
}
