/**
 * Downloads one URL to a file, streamed (GeoNames dumps run to hundreds of megabytes),
 * with an idle timeout rather than a total one (a large file on a slow line is fine, a
 * stalled one is not), progress reports, and a `.part` file renamed into place only
 * when the body is complete, so that an interrupted download never passes for a whole one.
 * Every failure is an E_DOWNLOAD VigieError naming the URL.
 */
import * as fs from 'node:fs';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { VigieError } from '../../core/errors.js';
import { USER_AGENT } from '../../core/options.js';
import { mapFetchError } from '../../extract/input/fetchUrl.js';
import type { FetchProgress } from './gazetteerOptions.js';

export interface DownloadOptions {
  idleTimeoutMs: number;
  onProgress: (event: FetchProgress) => void;
}

/** Reports at most this often, so a fast local download does not flood stderr. */
const PROGRESS_EVERY_BYTES = 4 * 1024 * 1024;

export async function downloadFile(url: string, dest: string, o: DownloadOptions): Promise<number> {
  const controller = new AbortController();
  let timedOut = false;
  let timer: NodeJS.Timeout | undefined;
  const arm = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, o.idleTimeoutMs);
  };
  const part = `${dest}.part`;
  let bytes = 0;
  try {
    arm();
    let res: Response;
    try {
      res = await fetch(url, { signal: controller.signal, headers: { 'user-agent': USER_AGENT } });
    } catch (err) {
      throw downloadError(url, err, o.idleTimeoutMs, timedOut);
    }
    if (!res.ok || res.body === null) {
      await res.body?.cancel().catch(() => undefined);
      throw new VigieError('E_DOWNLOAD', `${url}: HTTP ${res.status} ${res.statusText}`.trim(), {
        hint:
          res.status === 404
            ? 'no such file at --base-url: check the URL and, with --countries, that each code is one GeoNames publishes'
            : 'the server refused the download; retry later or check --base-url',
      });
    }
    const lengthHeader = res.headers.get('content-length');
    const total = lengthHeader !== null && /^\d+$/.test(lengthHeader) ? Number(lengthHeader) : null;
    o.onProgress({ type: 'download-start', url, bytesTotal: total });
    let reported = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        arm();
        bytes += chunk.length;
        if (bytes - reported >= PROGRESS_EVERY_BYTES) {
          reported = bytes;
          o.onProgress({ type: 'download-progress', url, bytes, bytesTotal: total });
        }
        done(null, chunk);
      },
    });
    const out = fs.createWriteStream(part);
    let writeFailed = false;
    out.on('error', () => (writeFailed = true));
    try {
      await pipeline(Readable.fromWeb(res.body as WebReadableStream<Uint8Array>), counter, out);
    } catch (err) {
      if (writeFailed) throw new VigieError('E_IO', `cannot write ${part}: ${(err as Error).message}`, { cause: err });
      throw downloadError(url, err, o.idleTimeoutMs, timedOut);
    }
    if (total !== null && bytes !== total) {
      throw new VigieError('E_DOWNLOAD', `${url}: truncated (${bytes} of ${total} bytes)`, { hint: 'the connection dropped; retry' });
    }
    fs.renameSync(part, dest);
    o.onProgress({ type: 'download-done', url, bytes });
    return bytes;
  } catch (err) {
    fs.rmSync(part, { force: true });
    throw err;
  } finally {
    clearTimeout(timer);
  }
}

function downloadError(url: string, err: unknown, idleMs: number, timedOut: boolean): VigieError {
  if (timedOut) {
    return new VigieError('E_DOWNLOAD', `${url}: nothing received for ${Math.round(idleMs / 1000)} s`, {
      hint: 'the server stalled; retry later',
      cause: err,
    });
  }
  const e = mapFetchError(err, url, idleMs, false);
  return new VigieError('E_DOWNLOAD', e.message.includes(url) ? e.message : `${url}: ${e.message}`, { cause: err });
}
