/**
 * Near-duplicate fingerprints: MinHash over word 3-shingles of the folded body text,
 * banded for locality-sensitive lookup. The same agency dispatch republished with a new
 * title, an extra sentence or a trimmed ending keeps most of its shingles, so its
 * estimated Jaccard similarity stays high; two independent reports of one event share
 * few three-word runs. Pure and deterministic: signatures are stored and compared later.
 */
import { foldText } from '../core/foldText.js';

export const NUM_HASHES = 128;
export const BANDS = 32;
export const ROWS_PER_BAND = NUM_HASHES / BANDS;
/** Estimated Jaccard similarity from which two bodies count as the same dispatch. */
export const DUPLICATE_THRESHOLD = 0.5;
/** Bodies shorter than this many words are not fingerprinted: too little to tell a copy from a coincidence. */
export const MIN_WORDS = 25;
const SHINGLE = 3;

/** The MinHash signature of a body, or null when it is too short to judge. */
export function minhashSignature(text: string): Uint32Array | null {
  const words = foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < MIN_WORDS) return null;
  // Each word is hashed once; a shingle's hash combines its words' hashes, so no
  // shingle string is ever built (this runs on every saved article).
  const wh = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i++) wh[i] = fnv1a(words[i]!, 0x811c9dc5);
  const sig = new Uint32Array(NUM_HASHES).fill(0xffffffff);
  const seen = new Set<number>();
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    const h1 = fmix32(Math.imul(fmix32(Math.imul(wh[i]! ^ 0x9e3779b9, 0x85ebca6b) ^ wh[i + 1]!), 0xc2b2ae35) ^ wh[i + 2]!);
    if (seen.has(h1)) continue;
    seen.add(h1);
    // Kirsch–Mitzenmacher: hash k = h1 + k·h2, then a final mix, stands in for 128
    // independent hash functions at the cost of two hashes per shingle.
    const h2 = fmix32(h1 ^ 0x27d4eb2f) | 1;
    for (let k = 0; k < NUM_HASHES; k++) {
      const h = fmix32((h1 + Math.imul(k, h2)) | 0);
      if (h < sig[k]!) sig[k] = h;
    }
  }
  return sig;
}

/** One 32-bit (signed, to fit PostgreSQL's integer) hash per band of ROWS_PER_BAND values. */
export function lshBands(sig: Uint32Array): number[] {
  const out: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x9747b28c ^ b;
    for (let r = 0; r < ROWS_PER_BAND; r++) h = fmix32(Math.imul(h ^ sig[b * ROWS_PER_BAND + r]!, 0x5bd1e995));
    out.push(h | 0);
  }
  return out;
}

/** The share of equal positions: an unbiased estimate of the Jaccard similarity. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}

/** Signatures are stored as bytea: little-endian uint32s. */
export function signatureToBytes(sig: Uint32Array): Buffer {
  const buf = Buffer.alloc(sig.length * 4);
  sig.forEach((v, i) => buf.writeUInt32LE(v, i * 4));
  return buf;
}

export function signatureFromBytes(bytes: Uint8Array): Uint32Array {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sig = new Uint32Array(Math.floor(buf.length / 4));
  for (let i = 0; i < sig.length; i++) sig[i] = buf.readUInt32LE(i * 4);
  return sig;
}

function fnv1a(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finaliser: spreads every input bit over the output. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
