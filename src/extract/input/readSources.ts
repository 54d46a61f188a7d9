/**
 * Expands CLI inputs (files, directories, '-', http(s) URLs) into raw byte sources, in
 * order. Failures become sources carrying an error, so a batch always goes on.
 */
import { promises as fsp, type Stats } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { VigieError, toVigieError } from '../../core/errors.js';
import type { ResolvedExtractOptions } from '../../core/options.js';
import { fetchUrl } from './fetchUrl.js';

export type RawSource =
  | {
      /** The input as the user would type it (path, URL, '-'). */
      source: string;
      bytes: Uint8Array;
      url: string | null;
      contentType: string | null;
      /** Parent directory for files, host for URLs, 'stdin' for '-'. */
      group: string;
    }
  | { source: string; url: string | null; error: VigieError };

export type ReadSourcesOptions = ResolvedExtractOptions & { stdin?: NodeJS.ReadableStream };

/** Extensions read when walking a directory (also with a trailing .gz). */
export const DOCUMENT_EXTENSIONS = ['.html', '.htm', '.xhtml', '.txt'] as const;

/** URL fetches started ahead of the one being consumed. */
const PREFETCH = 4;

export function isHttpUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

export function isDocumentPath(p: string): boolean {
  let name = p.toLowerCase();
  if (name.endsWith('.gz')) name = name.slice(0, -3);
  return DOCUMENT_EXTENSIONS.some((ext) => name.endsWith(ext));
}

export async function* readSources(inputs: string[], opts: ReadSourcesOptions): AsyncGenerator<RawSource> {
  const stop = new AbortController();
  const fetches = new Map<number, Promise<RawSource>>();
  const startFetch = (i: number): void => {
    const input = inputs[i]!;
    if (!fetches.has(i) && isHttpUrl(input)) fetches.set(i, fetchSource(input, opts, stop.signal));
  };
  try {
    for (let i = 0; i < inputs.length; i++) {
      for (let j = i, ahead = 0; j < inputs.length && ahead <= PREFETCH; j++) {
        if (isHttpUrl(inputs[j]!)) {
          startFetch(j);
          ahead++;
        }
      }
      const input = inputs[i]!;
      const pending = fetches.get(i);
      if (pending) {
        fetches.delete(i);
        yield await pending;
      } else if (input === '-') {
        yield await readStdin(opts);
      } else {
        yield* readPath(input, opts);
      }
    }
  } finally {
    stop.abort();
  }
}

// ---------------------------------------------------------------------------------------
// URLs

async function fetchSource(input: string, opts: ReadSourcesOptions, signal: AbortSignal): Promise<RawSource> {
  try {
    const r = await fetchUrl(input, {
      timeoutMs: opts.timeoutMs,
      maxBytes: opts.maxBytes,
      maxRedirects: opts.maxRedirects,
      userAgent: opts.userAgent,
      signal,
    });
    return { source: input, bytes: r.bytes, url: r.url, contentType: r.contentType, group: hostOf(r.url) };
  } catch (err) {
    return { source: input, url: input, error: toVigieError(err) };
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

// ---------------------------------------------------------------------------------------
// stdin

async function readStdin(opts: ReadSourcesOptions): Promise<RawSource> {
  const stream = opts.stdin ?? process.stdin;
  try {
    const bytes = await readStreamCapped(stream, gzipBudget(opts.maxBytes));
    return { source: '-', bytes: maybeGunzip(bytes, opts.maxBytes), url: opts.url, contentType: null, group: 'stdin' };
  } catch (err) {
    return { source: '-', url: opts.url, error: toVigieError(err) };
  }
}

async function readStreamCapped(stream: NodeJS.ReadableStream, max: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += buf.length;
    if (total > max) {
      throw new VigieError('E_TOO_LARGE', `input is over the ${max}-byte cap (stopped reading)`);
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks, total);
}

// ---------------------------------------------------------------------------------------
// Files and directories

async function* readPath(input: string, opts: ReadSourcesOptions): AsyncGenerator<RawSource> {
  let p = input;
  if (/^file:\/\//i.test(input)) {
    try {
      p = fileURLToPath(input);
    } catch (err) {
      yield { source: input, url: opts.url, error: new VigieError('E_NOT_FOUND', `bad file URL: ${input}`, { cause: err }) };
      return;
    }
  } else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) {
    const scheme = input.slice(0, input.indexOf(':') + 1);
    yield {
      source: input,
      url: input,
      error: new VigieError('E_UNSUPPORTED_TYPE', `unsupported URL scheme ${scheme}`, {
        hint: 'give an http(s) URL, a file, a directory or - for stdin',
      }),
    };
    return;
  }
  let st: Stats;
  try {
    st = await fsp.stat(p);
  } catch (err) {
    yield { source: input, url: opts.url, error: fsError(err, input) };
    return;
  }
  if (st.isDirectory()) {
    let found = 0;
    for await (const file of walk(p, input, new Set())) {
      found++;
      if ('error' in file) yield { source: file.source, url: opts.url, error: file.error };
      else yield await readFile(file.path, file.source, opts);
    }
    if (found === 0) {
      yield {
        source: input,
        url: opts.url,
        error: new VigieError('E_NOT_FOUND', 'directory holds no .html, .htm, .xhtml or .txt files (gzipped or not)', {
          hint: 'check the path, or name the files explicitly',
        }),
      };
    }
    return;
  }
  yield await readFile(p, input, opts, st);
}

type WalkItem = { path: string; source: string } | { source: string; error: VigieError };

/** Files of a directory first (sorted), then its subdirectories (sorted), recursively. */
async function* walk(dir: string, shown: string, seen: Set<string>): AsyncGenerator<WalkItem> {
  let real: string;
  let entries: import('node:fs').Dirent[];
  try {
    real = await fsp.realpath(dir);
    if (seen.has(real)) return; // symlink loop
    seen.add(real);
    entries = await fsp.readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield { source: shown, error: fsError(err, shown) };
    return;
  }
  const files: string[] = [];
  const dirs: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const st = await fsp.stat(path.join(dir, e.name));
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch {
        continue; // dangling link
      }
    }
    if (isDir) dirs.push(e.name);
    else if (isFile && isDocumentPath(e.name)) files.push(e.name);
  }
  const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  files.sort(byName);
  dirs.sort(byName);
  for (const name of files) yield { path: path.join(dir, name), source: path.join(shown, name) };
  for (const name of dirs) yield* walk(path.join(dir, name), path.join(shown, name), seen);
}

async function readFile(p: string, source: string, opts: ReadSourcesOptions, st?: Stats): Promise<RawSource> {
  const group = path.dirname(source);
  const gz = p.toLowerCase().endsWith('.gz');
  try {
    const stats = st ?? (await fsp.stat(p));
    const budget = gz ? gzipBudget(opts.maxBytes) : opts.maxBytes;
    let bytes: Uint8Array;
    if (stats.isFile()) {
      if (stats.size > budget) {
        throw new VigieError('E_TOO_LARGE', `file is ${stats.size} bytes, over the ${opts.maxBytes}-byte cap`);
      }
      bytes = await fsp.readFile(p);
    } else {
      // A pipe or device, e.g. `vigie extract <(curl …)`.
      const handle = await fsp.open(p, 'r');
      try {
        bytes = await readStreamCapped(handle.createReadStream({ autoClose: false }), budget);
      } finally {
        await handle.close();
      }
    }
    return { source, bytes: maybeGunzip(bytes, opts.maxBytes), url: opts.url, contentType: null, group };
  } catch (err) {
    return { source, url: opts.url, error: fsError(err, source) };
  }
}

/** Compressed inputs bigger than this cannot possibly fit once decompressed. */
function gzipBudget(maxBytes: number): number {
  return maxBytes + Math.ceil(maxBytes / 100) + 1024;
}

function isGzip(b: Uint8Array): boolean {
  return b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;
}

/**
 * Gunzips when the bytes are gzip (a .gz file, stdin, or a page saved without
 * --compressed), stopping as soon as the output passes maxBytes.
 */
export function maybeGunzip(bytes: Uint8Array, maxBytes: number): Uint8Array {
  if (!isGzip(bytes)) {
    if (bytes.length > maxBytes) {
      throw new VigieError('E_TOO_LARGE', `input is ${bytes.length} bytes, over the ${maxBytes}-byte cap`);
    }
    return bytes;
  }
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
      throw new VigieError('E_TOO_LARGE', `decompressed input is over the ${maxBytes}-byte cap (stopped decompressing)`, {
        cause: err,
      });
    }
    throw new VigieError('E_BINARY', `could not gunzip: ${(err as Error).message}`, {
      cause: err,
      hint: 'the .gz file is corrupt or truncated; re-download it',
    });
  }
}

function fsError(err: unknown, source: string): VigieError {
  if (err instanceof VigieError) return err;
  const code = (err as { code?: string }).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new VigieError('E_NOT_FOUND', `no such file or directory: ${source}`, { cause: err });
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return new VigieError('E_IO', `permission denied: ${source}`, { cause: err, hint: 'check the file permissions' });
  }
  if (code === 'ELOOP') return new VigieError('E_IO', `symbolic link loop: ${source}`, { cause: err, hint: 'fix the link' });
  const message = err instanceof Error ? err.message : String(err);
  return new VigieError('E_IO', `could not read ${source}: ${message}`, { cause: err });
}
