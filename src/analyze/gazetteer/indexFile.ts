/**
 * Reads and writes compiled IndexData. The file is an 8-byte magic, a JSON header, then
 * the typed columns as raw little-endian bytes (8-byte aligned, so they are viewed in
 * place rather than parsed) and the strings as '\n'-separated UTF-8. Reading one back is a
 * file read and two string splits: the default gazetteer loads in a fraction of the time
 * it takes to build.
 *
 * A file that does not match (other format version, other cache key, truncated,
 * tampered) is refused with null, never half-read: callers rebuild it.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { KINDS, type IndexData } from './indexData.js';

const MAGIC = 'VIGIEGZ1';
/** Bump when IndexData or this layout changes: old files are then rebuilt. */
export const INDEX_FORMAT_VERSION = 3;

const NUMERIC = [
  ['ids', Int32Array],
  ['lats', Float64Array],
  ['lons', Float64Array],
  ['populations', Float64Array],
  ['parents', Int32Array],
  ['kinds', Uint8Array],
  ['featureCodes', Uint16Array],
  ['countries', Uint16Array],
  ['admin1s', Uint16Array],
  ['nameStart', Int32Array],
  ['nameFlags', Uint8Array],
  ['nameLangs', Uint8Array],
  ['slots', Int32Array],
  ['postingStart', Int32Array],
  ['postings', Int32Array],
] as const;
type NumericName = (typeof NUMERIC)[number][0];

interface Header {
  version: number;
  cacheKey: string;
  /** Free-form description of where the data came from, kept with it. */
  sources: string[];
  tables: IndexData['tables'];
  arrays: Record<NumericName, [offset: number, length: number]>;
  strings: Record<'nameTexts' | 'keys', [offset: number, byteLength: number, count: number]>;
  payloadBytes: number;
}

export interface IndexFile {
  data: IndexData;
  sources: string[];
}

const align8 = (n: number): number => (n + 7) & ~7;

/** Writes atomically (a temporary file renamed into place), so a reader never sees half a file. */
export function writeIndexFile(file: string, data: IndexData, cacheKey: string, sources: readonly string[]): void {
  if (os.endianness() !== 'LE') throw new Error('index files are little-endian only');
  const parts: Buffer[] = [];
  let offset = 0;
  const push = (b: Buffer): number => {
    const at = offset;
    parts.push(b);
    offset += b.length;
    const pad = align8(offset) - offset;
    if (pad > 0) {
      parts.push(Buffer.alloc(pad));
      offset += pad;
    }
    return at;
  };
  const arrays = {} as Header['arrays'];
  for (const [name] of NUMERIC) {
    const arr = data[name];
    arrays[name] = [push(Buffer.from(arr.buffer, arr.byteOffset, arr.byteLength)), arr.length];
  }
  const strings = {} as Header['strings'];
  for (const name of ['nameTexts', 'keys'] as const) {
    const b = Buffer.from(data[name].join('\n'), 'utf8');
    strings[name] = [push(b), b.length, data[name].length];
  }
  const header: Header = {
    version: INDEX_FORMAT_VERSION,
    cacheKey,
    sources: [...sources],
    tables: data.tables,
    arrays,
    strings,
    payloadBytes: offset,
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const head = Buffer.alloc(align8(MAGIC.length + 4 + json.length));
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(json.length, MAGIC.length);
  json.copy(head, MAGIC.length + 4);

  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    const fd = fs.openSync(tmp, 'w', 0o644);
    try {
      fs.writeSync(fd, head);
      for (const p of parts) fs.writeSync(fd, p);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, file);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}

/** The index in `file` if it is whole and was built under `cacheKey` (any key when null), else null. */
export function readIndexFile(file: string, cacheKey: string | null): IndexFile | null {
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch {
    return null;
  }
  try {
    if (buf.length < MAGIC.length + 4 || buf.toString('latin1', 0, MAGIC.length) !== MAGIC) return null;
    const jsonLength = buf.readUInt32LE(MAGIC.length);
    const headerEnd = MAGIC.length + 4 + jsonLength;
    if (headerEnd > buf.length) return null;
    const header = JSON.parse(buf.toString('utf8', MAGIC.length + 4, headerEnd)) as Header;
    if (header.version !== INDEX_FORMAT_VERSION || (cacheKey !== null && header.cacheKey !== cacheKey)) return null;
    const start = align8(headerEnd);
    if (start + header.payloadBytes !== buf.length) return null;
    // Typed views need an 8-byte aligned base; a pooled or offset Buffer gets copied once.
    const payload =
      (buf.byteOffset + start) % 8 === 0
        ? new Uint8Array(buf.buffer, buf.byteOffset + start, header.payloadBytes)
        : new Uint8Array(buf.subarray(start));
    const view = <T>(
      Ctor: { new (b: ArrayBufferLike, o: number, l: number): T; BYTES_PER_ELEMENT: number },
      [off, len]: [number, number],
    ): T => {
      if (off % Ctor.BYTES_PER_ELEMENT !== 0 || off + len * Ctor.BYTES_PER_ELEMENT > payload.length) throw new Error('bad section');
      return new Ctor(payload.buffer, payload.byteOffset + off, len);
    };
    const text = ([off, bytes, count]: [number, number, number]): string[] => {
      if (off + bytes > payload.length) throw new Error('bad section');
      if (count === 0) return [];
      const list = Buffer.from(payload.buffer, payload.byteOffset + off, bytes)
        .toString('utf8')
        .split('\n');
      if (list.length !== count) throw new Error('bad section');
      return list;
    };
    const a = header.arrays;
    const data: IndexData = {
      ids: view(Int32Array, a.ids),
      lats: view(Float64Array, a.lats),
      lons: view(Float64Array, a.lons),
      populations: view(Float64Array, a.populations),
      parents: view(Int32Array, a.parents),
      kinds: view(Uint8Array, a.kinds),
      featureCodes: view(Uint16Array, a.featureCodes),
      countries: view(Uint16Array, a.countries),
      admin1s: view(Uint16Array, a.admin1s),
      tables: header.tables,
      nameStart: view(Int32Array, a.nameStart),
      nameTexts: text(header.strings.nameTexts),
      nameFlags: view(Uint8Array, a.nameFlags),
      nameLangs: view(Uint8Array, a.nameLangs),
      keys: text(header.strings.keys),
      slots: view(Int32Array, a.slots),
      postingStart: view(Int32Array, a.postingStart),
      postings: view(Int32Array, a.postings),
    };
    return isConsistent(data) ? { data, sources: header.sources } : null;
  } catch {
    return null;
  }
}

/** Cheap checks that every index points inside its array, so that lookups cannot run off. */
function isConsistent(d: IndexData): boolean {
  const n = d.ids.length;
  const names = d.nameTexts.length;
  const same = [d.lats, d.lons, d.populations, d.parents, d.kinds, d.featureCodes, d.countries, d.admin1s].every((c) => c.length === n);
  if (!same || d.nameStart.length !== n + 1 || d.nameStart[n] !== names || d.nameFlags.length !== names || d.nameLangs.length !== names)
    return false;
  if (d.postingStart.length !== d.keys.length + 1 || d.postingStart[d.keys.length] !== d.postings.length) return false;
  for (let i = 0; i < n; i++) if (d.nameStart[i]! > d.nameStart[i + 1]! || (i > 0 && d.ids[i - 1]! >= d.ids[i]!)) return false;
  for (const p of d.postings) if (p < 0 || p >= names) return false;
  const size = d.slots.length;
  if (size === 0 || (size & (size - 1)) !== 0 || size < d.keys.length) return false;
  for (const s of d.slots) if (s < 0 || s > d.keys.length) return false;
  for (const l of d.nameLangs) if (l >= Math.max(1, d.tables.languages.length)) return false;
  for (const k of d.kinds) if (k >= KINDS.length) return false;
  for (let i = 0; i < n; i++) {
    if (d.featureCodes[i]! >= d.tables.featureCodes.length || d.countries[i]! >= d.tables.countries.length) return false;
    if (d.admin1s[i]! >= d.tables.admin1s.length) return false;
  }
  return true;
}
