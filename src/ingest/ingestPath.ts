/**
 * Local inputs: a file (.gz or not), a directory (walked by readSources, as `vigie
 * extract` walks it, and searched for WARC files), or '-' for stdin. A file's identity is file:///absolute/path, or
 * --url. A file holding a feed or a sitemap is expanded like a fetched one.
 */
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { groupSources } from '../extract/extractSources.js';
import { classifyDocument } from './classifyDocument.js';
import { ingestWarc } from './ingestWarc.js';
import { isWarcPath } from './readWarc.js';
import { expandListing } from './expandListing.js';
import { reportFailure, reportSaved, type RunContext } from './runContext.js';
import { saveDocument } from './saveDocument.js';

export async function ingestPath(ctx: RunContext, input: string): Promise<void> {
  const isDir = await isDirectory(input);
  // WARC files inside a directory are read as archives, after the directory's pages.
  const warcs = isDir ? await warcFilesIn(input) : [];
  // Grouped like `vigie extract` groups them: a directory of one outlet's text dumps
  // teaches which lines are that outlet's boilerplate.
  const sources = groupSources([input], {
    maxBytes: ctx.o.maxBytes,
    timeoutMs: ctx.o.timeoutMs,
    userAgent: ctx.o.userAgent,
    url: ctx.o.url,
  });
  let files = 0;
  const inflight: Array<Promise<unknown>> = [];
  try {
    for await (const { raw, boilerplate } of sources) {
      if (ctx.o.signal?.aborted) return;
      const via = isDir ? input : null;
      // A directory is one unit; each file found in it is one more.
      if (isDir) {
        files++;
        ctx.emit({ type: 'found', count: 1, via: input });
      }
      if ('error' in raw) {
        // A directory holding only WARC files has no pages, and that is no failure.
        if (warcs.length > 0 && raw.source === input && raw.error.code === 'E_NOT_FOUND') continue;
        reportFailure(ctx, { source: raw.source, url: raw.url, via }, raw.error);
        continue;
      }
      const url = raw.url ?? fileIdentity(raw.source);
      const where = { source: raw.source, url, via };
      try {
        const kind = classifyDocument(raw.bytes, raw.contentType);
        const fetchedAt = new Date();
        if (kind !== 'page') {
          await expandListing(ctx, {
            kind,
            bytes: raw.bytes,
            contentType: raw.contentType,
            url,
            source: raw.source,
            via,
            status: null,
            fetchedAt,
            depth: 0,
          });
          continue;
        }
        const headers: Record<string, string> = raw.contentType !== null ? { 'content-type': raw.contentType } : {};
        const record = { url, source: raw.source, status: null, headers, fetchedAt, raw: raw.bytes };
        // Several documents stay in flight so the store can write them together (group
        // commit) while the next file is read and extracted.
        inflight.push(
          saveDocument(ctx.o.store, record, { maxBytes: ctx.o.maxBytes, boilerplateLines: boilerplate }).then((r) =>
            reportSaved(ctx, where, r),
          ),
        );
        if (inflight.length >= IN_FLIGHT) await inflight.shift();
      } catch (err) {
        reportFailure(ctx, where, err);
      }
    }
  } finally {
    await Promise.all(inflight);
  }
  for (const warc of warcs) {
    if (ctx.o.signal?.aborted) return;
    files++;
    ctx.emit({ type: 'found', count: 1, via: input });
    await ingestWarc(ctx, warc);
  }
  if (isDir) ctx.emit({ type: 'listing', kind: 'directory', source: input, url: null, via: null, entries: files });
}

/** `.warc` and `.warc.gz` files anywhere under `dir`, in a stable order. */
async function warcFilesIn(dir: string): Promise<string[]> {
  try {
    const names = await fsp.readdir(dir, { recursive: true });
    return names
      .filter((n) => isWarcPath(n))
      .sort()
      .map((n) => path.join(dir, n));
  } catch {
    return []; // the walk of the directory itself reports what is wrong with it
  }
}

/** Documents extracted ahead while earlier ones are being written. */
const IN_FLIGHT = 64;

export function fileIdentity(source: string): string {
  if (/^file:\/\//i.test(source)) return new URL(source).href;
  return pathToFileURL(path.resolve(source)).href;
}

export async function isDirectory(input: string): Promise<boolean> {
  if (input === '-') return false;
  try {
    const p = /^file:\/\//i.test(input) ? new URL(input) : input;
    return (await fsp.stat(p)).isDirectory();
  } catch {
    return false;
  }
}
