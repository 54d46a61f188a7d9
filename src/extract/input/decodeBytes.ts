/**
 * Turns raw bytes into text: refuses empty, oversized and binary inputs, then picks a
 * charset in this order: override → BOM → HTTP Content-Type charset → <meta> prescan →
 * "the bytes are valid UTF-8" → chardet guess. Pure and synchronous: `extract()` calls
 * it on the hot path.
 */
import { createRequire } from 'node:module';
import iconv from 'iconv-lite';
import { analyse as chardetAnalyse } from 'chardet';
import { VigieError } from '../../core/errors.js';

const require = createRequire(import.meta.url);
// html-encoding-sniffer ships no types. With no transport label it runs BOM + <meta>
// prescan (first 1024 bytes) and returns `defaultEncoding` when neither says anything.
const sniffHtmlEncoding = require('html-encoding-sniffer') as (
  bytes: Uint8Array,
  options?: { transportLayerEncodingLabel?: string; defaultEncoding?: string },
) => string;

export interface DecodeOptions {
  /** Charset forced by the user (any label iconv-lite or the WHATWG Encoding spec knows). */
  override?: string | null;
  /** Content-Type header, when the bytes came over HTTP. */
  contentType?: string | null;
  /** Refuse inputs larger than this. */
  maxBytes: number;
}

export interface Decoded {
  text: string;
  /** Lower-case canonical name of the charset used, e.g. 'utf-8', 'windows-1252'. */
  encoding: string;
}

type Declared = { encoding: string; via: 'override' | 'BOM' | 'Content-Type header' | '<meta> charset' | 'XML declaration' };

const UTF8 = 'utf-8';
const SNIFF_NONE = '\u0000none';
const BINARY_SAMPLE = 8192;
const utf8Fatal = new TextDecoder(UTF8, { fatal: true, ignoreBOM: true });

export function decodeBytes(bytes: Uint8Array, opts: DecodeOptions): Decoded {
  const n = bytes.length;
  if (n > opts.maxBytes) {
    throw new VigieError('E_TOO_LARGE', `input is ${formatSize(n)}, over the ${formatSize(opts.maxBytes)} cap`);
  }
  if (n === 0) throw new VigieError('E_EMPTY', 'input is empty (0 bytes)');

  const bom = bomEncoding(bytes);
  let declared: Declared | null = null;
  if (opts.override != null && opts.override.trim() !== '') {
    const name = normaliseLabel(opts.override);
    if (name === null) {
      throw new VigieError('E_ENCODING', `unknown charset '${opts.override}'`, {
        hint: 'use a charset label such as utf-8, windows-1252, iso-8859-15 or shift_jis',
      });
    }
    declared = { encoding: name, via: 'override' };
  } else if (bom !== null) {
    declared = { encoding: bom.encoding, via: 'BOM' };
  } else {
    const label = charsetFromContentType(opts.contentType);
    const name = label === null ? null : normaliseLabel(label);
    if (name !== null) declared = { encoding: name, via: 'Content-Type header' };
  }

  const wide = declared !== null && isWide(declared.encoding);
  if (!wide) {
    checkBinary(bytes);
    if (isAllAsciiWhitespace(bytes, bom !== null && bom.encoding === UTF8 ? 3 : 0)) {
      throw new VigieError('E_EMPTY', 'input contains only whitespace');
    }
  }

  if (declared === null) declared = sniffDeclared(bytes);

  let result: Decoded;
  if (declared !== null) {
    result =
      declared.encoding === UTF8
        ? { text: decodeDeclaredUtf8(bytes, declared), encoding: UTF8 }
        : { text: decodeLegacy(bytes, declared.encoding), encoding: declared.encoding };
  } else {
    const text = tryUtf8(bytes);
    if (text !== null) {
      result = { text, encoding: UTF8 };
    } else {
      const guess = guessLegacy(bytes);
      result = { text: decodeLegacy(bytes, guess), encoding: guess };
    }
  }

  if (result.text.charCodeAt(0) === 0xfeff) result.text = result.text.slice(1);
  if (!/\S/.test(result.text)) throw new VigieError('E_EMPTY', 'input contains only whitespace');
  return result;
}

// ---------------------------------------------------------------------------------------
// Charset labels

const labelCache = new Map<string, string | null>();

/**
 * Canonical lower-case name for a charset label, or null when nothing can decode it.
 * WHATWG labels map as browsers do (latin1 → windows-1252); other labels iconv-lite
 * knows are kept as given.
 */
export function normaliseLabel(label: string): string | null {
  const key = label.trim().toLowerCase();
  const hit = labelCache.get(key);
  if (hit !== undefined) return hit;
  let name: string | null = null;
  try {
    name = new TextDecoder(key).encoding;
  } catch {
    // Not a WHATWG label (or 'replacement'): fall through to iconv-lite.
  }
  if (name === null && key !== '' && iconv.encodingExists(key)) {
    name = /^utf-?8$/.test(key) ? UTF8 : key;
  }
  labelCache.set(key, name);
  return name;
}

function isWide(encoding: string): boolean {
  return /^(utf-?16|utf-?32|ucs-?2)/.test(encoding);
}

function bomEncoding(b: Uint8Array): { encoding: string; length: number } | null {
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: UTF8, length: 3 };
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  return null;
}

/** `text/html; charset="ISO-8859-1"` → `ISO-8859-1`. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = /;\s*charset\s*=\s*("([^"]*)"|[^;\s]*)/i.exec(contentType);
  if (!m) return null;
  const v = (m[2] ?? m[1] ?? '').trim();
  return v === '' ? null : v;
}

/** <meta> prescan (spec, first 1024 bytes), then a looser look further into the head. */
function sniffDeclared(bytes: Uint8Array): Declared | null {
  const sniffed = sniffHtmlEncoding(bytes, { defaultEncoding: SNIFF_NONE });
  if (sniffed !== SNIFF_NONE) {
    const name = normaliseLabel(sniffed);
    if (name !== null) return { encoding: name, via: '<meta> charset' };
  }
  if (bytes.length <= 1024) return null;
  // Many real pages put <meta charset> after 1 KB of scripts and comments.
  const head = latin1(bytes, 0, Math.min(bytes.length, 16384));
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']?([\w.:-]+)/i.exec(head);
  if (xml?.[1]) {
    const name = normaliseLabel(xml[1]);
    if (name !== null) return { encoding: name, via: 'XML declaration' };
  }
  const end = head.search(/<body[\s>]/i);
  const region = end === -1 ? head : head.slice(0, end);
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(region);
  if (meta?.[1]) {
    let name = normaliseLabel(meta[1]);
    if (name !== null && isWide(name)) name = UTF8; // as the spec prescan does
    if (name !== null) return { encoding: name, via: '<meta> charset' };
  }
  return null;
}

function latin1(b: Uint8Array, start: number, end: number): string {
  return Buffer.from(b.buffer, b.byteOffset + start, end - start).toString('latin1');
}

// ---------------------------------------------------------------------------------------
// Binary and empty detection

function checkBinary(b: Uint8Array): void {
  const magic = binaryMagic(b);
  if (magic !== null) {
    throw new VigieError('E_BINARY', `input is ${magic}, not text`, {
      hint:
        magic === 'gzip data'
          ? 'name the file with a .gz extension, or gunzip it first'
          : 'Vigie reads HTML and plain text; convert the document first',
    });
  }
  const limit = Math.min(b.length, BINARY_SAMPLE);
  let controls = 0;
  for (let i = 0; i < limit; i++) {
    const c = b[i]!;
    if (c < 0x20) {
      if (c === 0) {
        throw new VigieError('E_BINARY', `input is binary (NUL byte at offset ${i})`);
      }
      if (c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) controls++;
    }
  }
  if (limit >= 32 && controls * 10 > limit) {
    throw new VigieError('E_BINARY', `input is binary (${controls} control bytes in the first ${limit})`);
  }
}

function startsWith(b: Uint8Array, sig: readonly number[], at = 0): boolean {
  if (b.length < at + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (b[at + i] !== sig[i]) return false;
  return true;
}

const MAGIC: ReadonlyArray<readonly [string, readonly number[], number?]> = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]], // GIF8
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a ZIP archive (or DOCX/XLSX/ODT/EPUB)', [0x50, 0x4b, 0x03, 0x04]],
  ['a ZIP archive', [0x50, 0x4b, 0x05, 0x06]],
  ['a ZIP archive', [0x50, 0x4b, 0x07, 0x08]],
  ['gzip data', [0x1f, 0x8b]],
  ['bzip2 data', [0x42, 0x5a, 0x68, 0x39]],
  ['xz data', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ['zstd data', [0x28, 0xb5, 0x2f, 0xfd]],
  ['a 7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['a RAR archive', [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]],
  ['an MS Office (OLE2) document', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['an ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['a RIFF (WebP/WAV/AVI) file', [0x52, 0x49, 0x46, 0x46]],
  ['an MP4/MOV/HEIC file', [0x66, 0x74, 0x79, 0x70], 4], // ....ftyp
  ['an MP3 file', [0x49, 0x44, 0x33]], // ID3
  ['an Ogg file', [0x4f, 0x67, 0x67, 0x53]],
  ['a TIFF image', [0x49, 0x49, 0x2a, 0x00]],
  ['a TIFF image', [0x4d, 0x4d, 0x00, 0x2a]],
  ['a WebAssembly module', [0x00, 0x61, 0x73, 0x6d]],
  ['a SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66]],
];

function binaryMagic(b: Uint8Array): string | null {
  for (const [what, sig, at] of MAGIC) if (startsWith(b, sig, at ?? 0)) return what;
  return null;
}

function isAllAsciiWhitespace(b: Uint8Array, from: number): boolean {
  for (let i = from; i < b.length; i++) {
    const c = b[i];
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09 && c !== 0x0c) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------
// UTF-8

/** Valid UTF-8 → text; invalid → null. A sequence cut off at the very end is dropped. */
function tryUtf8(b: Uint8Array): string | null {
  try {
    return utf8Fatal.decode(b);
  } catch {
    const bad = firstInvalidUtf8(b);
    if (bad.truncatedAt !== null) return tryUtf8(b.subarray(0, bad.truncatedAt));
    return null;
  }
}

function decodeDeclaredUtf8(b: Uint8Array, declared: Declared): string {
  const text = tryUtf8(b);
  if (text !== null) return text;
  const { invalidAt } = firstInvalidUtf8(b);
  const at = invalidAt ?? 0;
  const hex = (b[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  let suggestion = 'windows-1252';
  try {
    suggestion = guessLegacy(b);
  } catch {
    // keep the default suggestion
  }
  throw new VigieError('E_ENCODING', `declared UTF-8 but byte ${at} (0x${hex}) is invalid (declared by ${declared.via})`, {
    hint: `pass the real charset with --encoding (e.g. --encoding ${suggestion})`,
  });
}

/**
 * Where WHATWG UTF-8 decoding first fails. `truncatedAt` is set when the only problem is
 * a sequence cut off at the end of the bytes (the offset where it starts).
 */
export function firstInvalidUtf8(b: Uint8Array): { invalidAt: number | null; truncatedAt: number | null } {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return { invalidAt: i, truncatedAt: null };
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return { invalidAt: null, truncatedAt: i };
      const d = b[i + k]!;
      if (d < lo || d > hi) return { invalidAt: i, truncatedAt: null };
      lo = 0x80;
      hi = 0xbf;
    }
    i += need + 1;
  }
  return { invalidAt: null, truncatedAt: null };
}

// ---------------------------------------------------------------------------------------
// Legacy charsets

const CHARDET_SAMPLE = 256 * 1024;

const LATIN_FAMILY = /^(iso-8859-(1|2|3|4|9|10|13|14|15|16)|windows-125[02478]|windows-1252)$/;

/**
 * Best guess for bytes that are not UTF-8 and declare nothing. chardet often hesitates
 * between Latin-1 and its Central-European cousins on short texts; windows-1252 (what
 * browsers assume) wins whenever it is a close second.
 */
function guessLegacy(b: Uint8Array): string {
  const sample = b.length > CHARDET_SAMPLE ? b.subarray(0, CHARDET_SAMPLE) : b;
  let best: string | null = null;
  let bestConfidence = 0;
  let western = 0;
  for (const m of chardetAnalyse(sample)) {
    const name = normaliseLabel(m.name);
    // UTF-8/ASCII are wrong by construction here; wide guesses would have had NULs.
    if (name === null || name === UTF8 || isWide(name) || !canDecode(name)) continue;
    if (best === null) {
      best = name;
      bestConfidence = m.confidence;
    }
    if (name === 'windows-1252') western = Math.max(western, m.confidence);
  }
  if (best === null) return 'windows-1252';
  if (best !== 'windows-1252' && LATIN_FAMILY.test(best) && western >= bestConfidence * 0.75) return 'windows-1252';
  return best;
}

function canDecode(name: string): boolean {
  if (iconv.encodingExists(name)) return true;
  try {
    new TextDecoder(name);
    return true;
  } catch {
    return false;
  }
}

function decodeLegacy(b: Uint8Array, name: string): string {
  if (iconv.encodingExists(name)) {
    return iconv.decode(Buffer.from(b.buffer, b.byteOffset, b.byteLength), name);
  }
  try {
    return new TextDecoder(name).decode(b);
  } catch {
    throw new VigieError('E_ENCODING', `charset '${name}' is not supported`, {
      hint: 'give a supported charset with --encoding (e.g. --encoding windows-1252)',
    });
  }
}

function formatSize(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(n % 1024 === 0 ? 0 : 1)} KB`;
  return `${n} bytes`;
}
