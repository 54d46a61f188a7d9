/**
 * Batch extraction: reads every input (files, directories, '-', URLs) and yields one
 * ExtractResult per document, in input order. A failing input becomes a failure result
 * and the batch goes on.
 *
 * Plain-text documents carry no markup to tell boilerplate from content, so lines
 * repeated across several text documents of one group (same directory, same host) are
 * passed to `extract` as `boilerplateLines`. Only such runs are buffered; HTML streams.
 */
import type { ExtractResult } from '../core/article.js';
import { toVigieError } from '../core/errors.js';
import { resolveExtractOptions, type ExtractOptions } from '../core/options.js';
import { extract } from './extract.js';
import { decodeBytes } from './input/decodeBytes.js';
import { readSources, type RawSource } from './input/readSources.js';
import { repeatedLines } from './text/repeatedLines.js';

export type ExtractSourcesOptions = ExtractOptions & { stdin?: NodeJS.ReadableStream };

/** Held text documents are flushed past these limits, to bound memory. */
const MAX_HELD_DOCS = 1000;
const MAX_HELD_BYTES = 256 * 1024 * 1024;

type ByteSource = Extract<RawSource, { bytes: Uint8Array }>;
interface Held {
  raw: RawSource;
  /** Decoded text, for text documents that decoded cleanly. */
  text: string | null;
  isText: boolean;
}
interface Run {
  group: string;
  held: Held[];
  texts: number;
  bytes: number;
  /** Boilerplate learnt from earlier windows of the same run. */
  carry: Set<string>;
}

/** A source with the boilerplate lines learnt from its group (null when none apply). */
export interface GroupedSource {
  raw: RawSource;
  boilerplate: ReadonlySet<string> | null;
}

/**
 * Reads every input and pairs each document with the lines repeated across the text
 * documents of its group. `extractSources` extracts from it; `vigie ingest` stores
 * from it, so both drop a source's repeated lines alike.
 */
export async function* groupSources(inputs: string[], options: ExtractSourcesOptions = {}): AsyncGenerator<GroupedSource> {
  const { stdin, ...extractOptions } = options;
  const resolved = resolveExtractOptions(extractOptions);
  const source = readSources(inputs, stdin ? { ...resolved, stdin } : resolved);

  function* flush(run: Run): Generator<GroupedSource> {
    const texts = run.held.flatMap((h) => (h.text === null ? [] : [h.text]));
    const learnt = texts.length >= 2 ? repeatedLines(texts) : new Set<string>();
    for (const line of run.carry) learnt.add(line);
    if (resolved.boilerplateLines) for (const line of resolved.boilerplateLines) learnt.add(line);
    const boilerplate = learnt.size > 0 ? learnt : resolved.boilerplateLines;
    const held = run.held;
    run.carry = learnt;
    run.held = [];
    run.texts = 0;
    run.bytes = 0;
    for (const h of held) yield { raw: h.raw, boilerplate: h.isText ? boilerplate : resolved.boilerplateLines };
  }

  let run: Run | null = null;
  for await (const raw of source) {
    const group = 'error' in raw ? null : raw.group;
    if (run !== null && group !== null && group !== run.group) {
      yield* flush(run);
      run = null;
    }
    if (run === null && group !== null) run = { group, held: [], texts: 0, bytes: 0, carry: new Set() };

    const isText = !('error' in raw) && isTextDocument(raw, resolved.format);
    if (run === null || (!isText && run.texts === 0)) {
      yield { raw, boilerplate: resolved.boilerplateLines };
      continue;
    }
    let text: string | null = null;
    if (isText) {
      const bytes = (raw as ByteSource).bytes;
      try {
        text = decodeBytes(bytes, {
          override: resolved.encoding,
          contentType: (raw as ByteSource).contentType,
          maxBytes: resolved.maxBytes,
        }).text;
      } catch {
        text = null; // extract() will report the same problem
      }
      run.texts++;
      run.bytes += bytes.byteLength;
    }
    run.held.push({ raw, text, isText });
    if (run.held.length >= MAX_HELD_DOCS || run.bytes >= MAX_HELD_BYTES) yield* flush(run);
  }
  if (run !== null) yield* flush(run);
}

export async function* extractSources(inputs: string[], options: ExtractSourcesOptions = {}): AsyncGenerator<ExtractResult> {
  const { stdin: _stdin, ...extractOptions } = options;
  for await (const { raw, boilerplate } of groupSources(inputs, options)) {
    if ('error' in raw) {
      yield { ok: false, source: raw.source, url: raw.url, error: raw.error.toJSON() };
      continue;
    }
    try {
      yield extract(raw.bytes, {
        ...extractOptions,
        source: raw.source,
        url: raw.url,
        contentType: raw.contentType,
        boilerplateLines: boilerplate,
      });
    } catch (err) {
      yield { ok: false, source: raw.source, url: raw.url, error: toVigieError(err).toJSON() };
    }
  }
}

/**
 * Whether a source is a plain-text document (rather than HTML), judged as `extract`
 * judges it: the forced format, then the Content-Type, then markup in the first bytes
 * (not the file name: crawlers save HTML as .txt and vice versa).
 */
export function isTextDocument(raw: ByteSource, format: 'html' | 'text' | null): boolean {
  if (format !== null) return format === 'text';
  const type = raw.contentType ?? '';
  if (/html|xml/i.test(type)) return false;
  if (/text\/plain/i.test(type)) return true;
  return !looksLikeHtml(raw.bytes);
}

const MARKUP = /<\/?(?:html|head|body|div|p|meta|title|article|span|a|br|script|!doctype)\b/gi;

function looksLikeHtml(b: Uint8Array): boolean {
  // latin1 keeps ASCII markup readable whatever the charset (UTF-16 aside).
  const head = Buffer.from(b.buffer, b.byteOffset, Math.min(b.byteLength, 4096)).toString('latin1');
  const tags = head.match(MARKUP);
  return tags !== null && tags.length >= 2;
}
