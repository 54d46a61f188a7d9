import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decodeBytes, firstInvalidUtf8 } from '../../src/extract/input/decodeBytes.js';
import { VigieError } from '../../src/core/errors.js';

const MAX = 1024 * 1024;
const decode = (b: Uint8Array, o: { override?: string | null; contentType?: string | null; maxBytes?: number } = {}) =>
  decodeBytes(b, { maxBytes: MAX, ...o });

function throwsCode(fn: () => unknown, code: string, message?: RegExp): void {
  assert.throws(fn, (err: unknown) => {
    assert.ok(err instanceof VigieError, `expected VigieError, got ${String(err)}`);
    assert.equal(err.code, code);
    if (message) assert.match(err.message, message);
    assert.ok(err.hint.length > 0);
    return true;
  });
}

test('UTF-8 BOM: decoded as UTF-8 and stripped', () => {
  const r = decode(Buffer.from('\ufeff<p>Café</p>', 'utf8'));
  assert.equal(r.encoding, 'utf-8');
  assert.equal(r.text, '<p>Café</p>');
});

test('UTF-16 BOM: decoded despite the NUL bytes', () => {
  const r = decode(iconv.encode('\ufeff<p>Grüße</p>', 'utf-16le'));
  assert.equal(r.encoding, 'utf-16le');
  assert.equal(r.text, '<p>Grüße</p>');
});

test('BOM beats a contradicting Content-Type', () => {
  const r = decode(Buffer.from('\ufeffé', 'utf8'), { contentType: 'text/html; charset=iso-8859-1' });
  assert.equal(r.encoding, 'utf-8');
  assert.equal(r.text, 'é');
});

test('<meta charset=windows-1252> page with é', () => {
  const html = '<html><head><meta charset="windows-1252"><title>Été</title></head><body><p>Le café — déjà “là”</p></body></html>';
  const r = decode(iconv.encode(html, 'windows-1252'));
  assert.equal(r.encoding, 'windows-1252');
  assert.equal(r.text, html);
});

test('<meta http-equiv> with ISO-8859-1 maps to windows-1252 like browsers', () => {
  const html = '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>Noël</p>';
  const r = decode(Buffer.from(html, 'latin1'));
  assert.equal(r.encoding, 'windows-1252');
  assert.match(r.text, /Noël/);
});

test('<meta charset> found after the first KB of the head', () => {
  const html = `<html><head><script>${'x'.repeat(3000)}</script><meta charset="iso-8859-15"><title>€uro</title></head><body><p>Prix : 5 €</p></body></html>`;
  const r = decode(iconv.encode(html, 'iso-8859-15'));
  assert.equal(r.encoding, 'iso-8859-15');
  assert.match(r.text, /5 €/);
});

test('Content-Type charset is used (and beats <meta>)', () => {
  const html = '<meta charset="utf-8"><p>Zürich</p>';
  const r = decode(Buffer.from(html, 'latin1'), { contentType: 'text/html; charset="windows-1252"' });
  assert.equal(r.encoding, 'windows-1252');
  assert.match(r.text, /Zürich/);
});

test('override beats everything, even a BOM', () => {
  const r = decode(Buffer.from('\ufeffé', 'utf8'), { override: 'latin1', contentType: 'text/html; charset=utf-8' });
  assert.equal(r.encoding, 'windows-1252');
  assert.equal(r.text, 'ï»¿Ã©');
});

test('unknown override label → E_ENCODING', () => {
  throwsCode(() => decode(Buffer.from('abc'), { override: 'klingon-8' }), 'E_ENCODING', /unknown charset/);
});

test('undeclared valid UTF-8 is UTF-8', () => {
  const r = decode(Buffer.from('<p>Bonjour — “ça va” ? 日本</p>', 'utf8'));
  assert.equal(r.encoding, 'utf-8');
  assert.equal(r.text, '<p>Bonjour — “ça va” ? 日本</p>');
});

test('undeclared latin-1 bytes are sniffed, not rejected', () => {
  const s = 'Le café est très chaud, la crème brûlée était délicieuse à Noël. Où est la gare ?';
  const r = decode(Buffer.from(`<p>${s}</p>`, 'latin1'));
  assert.equal(r.encoding, 'windows-1252');
  assert.equal(r.text, `<p>${s}</p>`);
});

test('undeclared windows-1251 Cyrillic is sniffed', () => {
  const s = 'Привет, как дела? Это тест кодировки для новостей.';
  const r = decode(iconv.encode(s, 'windows-1251'));
  assert.equal(r.encoding, 'windows-1251');
  assert.equal(r.text, s);
});

test('declared UTF-8 (meta) with invalid bytes → E_ENCODING naming the byte', () => {
  const bytes = Buffer.concat([Buffer.from('<meta charset="utf-8"><p>caf'), Buffer.from([0xe9]), Buffer.from(' noir</p>')]);
  throwsCode(() => decode(bytes), 'E_ENCODING', /declared UTF-8 but byte 28 \(0xE9\) is invalid/);
  try {
    decode(bytes);
  } catch (e) {
    assert.match((e as VigieError).hint, /--encoding/);
  }
});

test('declared UTF-8 (header) with invalid bytes → E_ENCODING', () => {
  throwsCode(() => decode(Buffer.from('caf\xe9 au lait', 'latin1'), { contentType: 'text/html; charset=UTF-8' }), 'E_ENCODING', /byte 3 /);
});

test('declared UTF-8 (BOM) with an overlong sequence → E_ENCODING', () => {
  throwsCode(() => decode(Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0xc0, 0xaf, 0x62])), 'E_ENCODING', /byte 4 /);
});

test('declared UTF-8: a sequence cut off at the very end is ignored', () => {
  const full = Buffer.from('<meta charset=utf-8><p>prix 5 €', 'utf8');
  const r = decode(full.subarray(0, full.length - 1));
  assert.equal(r.encoding, 'utf-8');
  assert.equal(r.text, '<meta charset=utf-8><p>prix 5 ');
});

test('firstInvalidUtf8 agrees with TextDecoder on surrogates and out-of-range', () => {
  assert.deepEqual(firstInvalidUtf8(Buffer.from([0x61, 0xed, 0xa0, 0x80])), { invalidAt: 1, truncatedAt: null });
  assert.deepEqual(firstInvalidUtf8(Buffer.from([0xf4, 0x90, 0x80, 0x80])), { invalidAt: 0, truncatedAt: null });
  assert.deepEqual(firstInvalidUtf8(Buffer.from([0x61, 0xf0, 0x9f])), { invalidAt: null, truncatedAt: 1 });
  assert.deepEqual(firstInvalidUtf8(Buffer.from('ok ✓', 'utf8')), { invalidAt: null, truncatedAt: null });
});

test('empty: 0 bytes, only whitespace, only a BOM', () => {
  throwsCode(() => decode(new Uint8Array(0)), 'E_EMPTY');
  throwsCode(() => decode(Buffer.from(' \n\t\r\n  ')), 'E_EMPTY');
  throwsCode(() => decode(Buffer.from('\ufeff \n', 'utf8')), 'E_EMPTY');
  throwsCode(() => decode(iconv.encode('\ufeff   ', 'utf-16le')), 'E_EMPTY');
});

test('binary: PDF, PNG, GIF, JPEG, ZIP, gzip magic numbers', () => {
  throwsCode(() => decode(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj')), 'E_BINARY', /PDF/);
  throwsCode(() => decode(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])), 'E_BINARY', /PNG/);
  throwsCode(() => decode(Buffer.from('GIF89a....')), 'E_BINARY', /GIF/);
  throwsCode(() => decode(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x10])), 'E_BINARY', /JPEG/);
  throwsCode(() => decode(Buffer.from('PK\x03\x04word/document.xml', 'latin1')), 'E_BINARY', /ZIP/);
  throwsCode(() => decode(Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x41])), 'E_BINARY', /gzip/);
});

test('binary: random bytes with NULs', () => {
  let seed = 42;
  const rnd = new Uint8Array(4096).map(() => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff);
  rnd[100] = 0;
  throwsCode(() => decode(rnd), 'E_BINARY');
  throwsCode(() => decode(Buffer.from('<p>hello\0world</p>')), 'E_BINARY', /NUL byte at offset 8/);
});

test('too large: over maxBytes', () => {
  throwsCode(() => decode(Buffer.alloc(2049, 0x61), { maxBytes: 2048 }), 'E_TOO_LARGE');
  assert.equal(decode(Buffer.alloc(2048, 0x61), { maxBytes: 2048 }).text.length, 2048);
});
