/**
 * The pages inside a WARC file (web archives, Common Crawl's CC-NEWS), streamed record
 * by record with warcio: memory holds one record at a time, whatever the file's size.
 * Plain and gzipped (.warc.gz, one member per record) files are read alike.
 *
 * Only `response` records with an HTTP 2xx status and an HTML or text payload are
 * documents; other responses are reported as skipped, and request, metadata, warcinfo
 * and revisit records (which carry no new payload) are passed over silently.
 */
import { createReadStream, promises as fsp } from 'node:fs';
import { WARCParser } from 'warcio';
import { VigieError } from '../core/errors.js';
import { keptHeaders } from './httpGet.js';

export type WarcItem =
  | { kind: 'document'; url: string; fetchedAt: Date; status: number; headers: Record<string, string>; bytes: Uint8Array }
  | { kind: 'skipped'; url: string; reason: string }
  | { kind: 'failed'; url: string; error: VigieError };

/** By name: .warc, .warc.gz (and the older .arc, which warcio does not read, is not claimed). */
export function isWarcPath(p: string): boolean {
  return /\.warc(?:\.gz)?$/i.test(p);
}

/** A file starting with "WARC/" (uncompressed) is a WARC file whatever its name. */
export async function looksLikeWarc(p: string): Promise<boolean> {
  if (isWarcPath(p)) return true;
  let handle: fsp.FileHandle | null = null;
  try {
    handle = await fsp.open(p, 'r');
    const buf = Buffer.alloc(5);
    const { bytesRead } = await handle.read(buf, 0, 5, 0);
    return bytesRead === 5 && buf.toString('latin1') === 'WARC/';
  } catch {
    return false;
  } finally {
    await handle?.close();
  }
}

export async function* readWarc(path: string, opts: { maxBytes: number }): AsyncGenerator<WarcItem> {
  try {
    await fsp.access(path);
  } catch (err) {
    throw new VigieError('E_NOT_FOUND', `no such file: ${path}`, { cause: err });
  }
  const stream = createReadStream(path);
  try {
    const parser = new WARCParser(stream);
    for await (const record of parser) {
      if (record.warcType !== 'response') continue;
      const url = record.warcTargetURI ?? '';
      const http = record.httpHeaders;
      if (!/^https?:\/\//i.test(url) || http === null) continue;
      const status = Number(http.statusCode);
      const headers = keptHeaders(http.headers as Iterable<[string, string]>);
      const type = (headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      if (!(status >= 200 && status < 300)) {
        yield { kind: 'skipped', url, reason: `HTTP ${status}` };
        continue;
      }
      if (type !== '' && !/^(?:text\/html|application\/xhtml\+xml|text\/plain)$/.test(type)) {
        yield { kind: 'skipped', url, reason: `not a page (${type})` };
        continue;
      }
      const date = record.warcDate ? new Date(record.warcDate) : null;
      const fetchedAt = date !== null && Number.isFinite(date.getTime()) ? date : new Date();
      // Iterating the record yields the payload with chunking and Content-Encoding undone.
      const chunks: Uint8Array[] = [];
      let total = 0;
      let tooLarge = false;
      for await (const chunk of record) {
        total += chunk.byteLength;
        if (total > opts.maxBytes) {
          tooLarge = true;
          break; // the parser skips the rest of the record
        }
        chunks.push(chunk);
      }
      if (tooLarge) {
        yield { kind: 'failed', url, error: new VigieError('E_TOO_LARGE', `WARC payload is over the ${opts.maxBytes}-byte cap`) };
        continue;
      }
      yield { kind: 'document', url, fetchedAt, status, headers, bytes: Buffer.concat(chunks, total) };
    }
  } catch (err) {
    if (err instanceof VigieError) throw err;
    throw new VigieError('E_IO', `could not read the WARC file ${path}: ${(err as Error).message}`, {
      cause: err,
      hint: 'the file is corrupt or truncated; records before the damage were read',
    });
  } finally {
    stream.destroy();
  }
}
