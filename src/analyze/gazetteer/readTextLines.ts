/**
 * Lines of a text file that may be plain, gzip-compressed (.gz) or a zip archive (.zip,
 * as GeoNames serves its dumps), streamed: GeoNames files run to hundreds of megabytes.
 */
import * as fs from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import yauzl from 'yauzl';

/** Thrown for an archive that cannot be read; callers turn it into their own typed error. */
export class ArchiveError extends Error {
  override readonly name = 'ArchiveError';
}

export async function* readTextLines(file: string, options: { entry?: (fileName: string) => boolean } = {}): AsyncGenerator<string> {
  const lower = file.toLowerCase();
  let stream: Readable;
  let close = (): void => undefined;
  if (lower.endsWith('.zip')) {
    const zip = await openZip(file);
    close = () => zip.close();
    stream = await openZipEntry(zip, file, options.entry ?? defaultEntry);
  } else {
    const raw = fs.createReadStream(file);
    if (lower.endsWith('.gz')) {
      const gunzip = createGunzip();
      raw.on('error', (e) => gunzip.destroy(e));
      stream = raw.pipe(gunzip);
    } else stream = raw;
  }
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let first = true;
  try {
    for await (const line of lines) {
      // A byte-order mark (files saved by some editors) is not part of the first field.
      yield first && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
      first = false;
    }
  } catch (err) {
    if (lower.endsWith('.zip') || lower.endsWith('.gz')) throw new ArchiveError(`${file}: ${(err as Error).message}`, { cause: err });
    throw err;
  } finally {
    lines.close();
    stream.destroy();
    close();
  }
}

/** The first .txt that is not GeoNames's readme. */
const defaultEntry = (name: string): boolean => /\.txt$/i.test(name) && !/(^|\/)readme\.txt$/i.test(name);

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, autoClose: false }, (err, zip) => {
      if (err) reject(new ArchiveError(`${file}: not a readable zip archive (${err.message})`, { cause: err }));
      else resolve(zip);
    });
  });
}

function openZipEntry(zip: yauzl.ZipFile, file: string, wanted: (fileName: string) => boolean): Promise<Readable> {
  return new Promise((resolve, reject) => {
    const fail = (err: Error): void => {
      zip.close();
      reject(err instanceof ArchiveError ? err : new ArchiveError(`${file}: ${err.message}`, { cause: err }));
    };
    zip.on('error', fail);
    zip.on('end', () => fail(new ArchiveError(`${file}: no matching .txt file in the archive`)));
    zip.on('entry', (entry: yauzl.Entry) => {
      if (!wanted(entry.fileName)) {
        zip.readEntry();
        return;
      }
      zip.openReadStream(entry, (err, stream) => (err ? fail(err) : resolve(stream)));
    });
    zip.readEntry();
  });
}
