/**
 * Hostile or broken inputs through the public extract() entry point (and the batch
 * reader): each one must come back as { ok: false } with the right code, never a throw,
 * a hang or a crash.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractResult } from '../../src/core/article.js';
import { extract } from '../../src/extract/extract.js';
import { extractSources } from '../../src/extract/extractSources.js';
import { Readable } from 'node:stream';

function failsWith(r: ExtractResult, code: string): void {
  assert.equal(r.ok, false, `expected ${code}, got ok:true`);
  if (!r.ok) {
    assert.equal(r.error.code, code, `${r.error.code}: ${r.error.message}`);
    assert.ok(r.error.message.length > 0);
    assert.ok(r.error.hint.length > 0);
  }
}

const FIFTY_MB = 50 * 1024 * 1024;

function bigHtml(): Buffer {
  const unit = Buffer.from('<p>The council met again today to discuss the bridge and the budget.</p>\n');
  const buf = Buffer.allocUnsafe(FIFTY_MB);
  for (let off = 0; off < FIFTY_MB; off += unit.length) unit.copy(buf, off, 0, Math.min(unit.length, FIFTY_MB - off));
  return buf;
}

test('50 MB of HTML as bytes → E_TOO_LARGE (default cap)', () => {
  const t0 = Date.now();
  failsWith(extract(bigHtml(), { source: 'big.html' }), 'E_TOO_LARGE');
  assert.ok(Date.now() - t0 < 2000, 'the size check should come before any parsing');
});

test('50 MB of HTML as a string → E_TOO_LARGE', () => {
  const s = '<html><body>' + '<p>The council met again today to discuss the bridge.</p>\n'.repeat(FIFTY_MB / 56) + '</body></html>';
  failsWith(extract(s), 'E_TOO_LARGE');
});

test('50 MB on stdin through the batch reader → E_TOO_LARGE, the batch goes on', async () => {
  const out: ExtractResult[] = [];
  for await (const r of extractSources(['-', 'missing-file-for-vigie-test.html'], { stdin: Readable.from([bigHtml()]) })) out.push(r);
  assert.equal(out.length, 2);
  failsWith(out[0]!, 'E_TOO_LARGE');
  failsWith(out[1]!, 'E_NOT_FOUND');
});

test('HTML nested 100,000 levels deep → E_TOO_DEEP', () => {
  const depth = 100_000;
  const html = '<html><body>' + '<div>'.repeat(depth) + '<p>deep text</p>' + '</div>'.repeat(depth) + '</body></html>';
  const t0 = Date.now();
  failsWith(extract(html), 'E_TOO_DEEP');
  failsWith(extract(Buffer.from(html)), 'E_TOO_DEEP');
  assert.ok(Date.now() - t0 < 10_000);
});

test('100,000 unclosed nested elements → E_TOO_DEEP', () => {
  failsWith(extract('<body>' + '<span><b><i>'.repeat(34_000) + 'text'), 'E_TOO_DEEP');
  failsWith(extract('<html><body>' + '<blockquote>'.repeat(100_000)), 'E_TOO_DEEP');
});

test('a lower --max-depth is honoured', () => {
  failsWith(extract('<body>' + '<div>'.repeat(50) + '<p>x</p>', { maxDepth: 20 }), 'E_TOO_DEEP');
});

test('empty and whitespace-only inputs → E_EMPTY', () => {
  failsWith(extract(new Uint8Array(0)), 'E_EMPTY');
  failsWith(extract(''), 'E_EMPTY');
  failsWith(extract(Buffer.from('  \n\t\r\n ')), 'E_EMPTY');
});

test('binary inputs → E_BINARY', () => {
  failsWith(extract(Buffer.from('%PDF-1.7\n1 0 obj << >>')), 'E_BINARY');
  failsWith(extract(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])), 'E_BINARY');
  failsWith(extract(Buffer.from([0x3c, 0x70, 0x3e, 0, 0, 0x41])), 'E_BINARY');
});

test('invalid UTF-8 where UTF-8 is declared → E_ENCODING', () => {
  const bytes = Buffer.concat([Buffer.from('<meta charset="utf-8"><p>Le caf'), Buffer.from([0xe9]), Buffer.from(' est chaud.</p>')]);
  failsWith(extract(bytes), 'E_ENCODING');
  failsWith(extract(Buffer.from('<p>caf\xe9 noir</p>', 'latin1'), { contentType: 'text/html; charset=utf-8' }), 'E_ENCODING');
});
