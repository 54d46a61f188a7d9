import {
  countWords,
  type Article,
  type Block,
  type DateInfo,
  type Diagnostic,
  type ExtractResult,
  type RemovedSummary,
} from '../core/article.js';
import { VigieError, toVigieError } from '../core/errors.js';
import { resolveExtractOptions, type ExtractOptions, type ResolvedExtractOptions } from '../core/options.js';
import { namesFromByline } from './bylines.js';
import { assumeZone, findDateInText, isDatelineLine, parseDate } from './dates/index.js';
import { detectLanguage } from './detectLanguage.js';
import { extractHtml } from './html/extractHtml.js';
import type { RawDate } from './html/readMetadata.js';
import { decodeBytes } from './input/decodeBytes.js';
import { extractText } from './text/extractText.js';

export interface ExtractCallOptions extends ExtractOptions {
  /** What to report as `source` (path, URL, '-'); '<string>' by default. */
  source?: string;
  /** Content-Type header of the response, when the input came over HTTP. */
  contentType?: string | null;
}

/** The state one document carries through the pipeline's stages. */
interface Ctx {
  input: string | Uint8Array;
  opts: ResolvedExtractOptions;
  source: string;
  contentType: string | null;
  text: string;
  encoding: string;
  format: 'html' | 'text';
  article: Article;
  publishedRaw: RawDate[];
  modifiedRaw: RawDate[];
  datelines: string[];
  modifiedLines: string[];
  declaredLanguage: string | null;
  removedItems: Array<{ reason: string; text: string }>;
  timings: Record<string, number>;
}

type Stage = (ctx: Ctx) => void;

/** The pipeline: one ordered list of named stages. */
const STAGES: ReadonlyArray<readonly [string, Stage]> = [
  ['decode', decode],
  ['sniff-format', sniffFormat],
  ['structure', structure],
  ['language', language],
  ['dates', resolveDates],
  ['finish', finish],
];

/**
 * Extracts one article from HTML or plain-text content (a string, or raw bytes in
 * any charset). Never throws: bad input comes back as `{ ok: false, error }` with a
 * code, a message and a hint.
 */
export function extract(input: string | Uint8Array, options: ExtractCallOptions = {}): ExtractResult {
  const opts = resolveExtractOptions(options);
  const source = options.source ?? '<string>';
  const ctx: Ctx = {
    input,
    opts,
    source,
    contentType: options.contentType ?? null,
    text: '',
    encoding: 'utf-8',
    format: 'html',
    article: emptyArticle(source, opts.url),
    publishedRaw: [],
    modifiedRaw: [],
    datelines: [],
    modifiedLines: [],
    declaredLanguage: null,
    removedItems: [],
    timings: {},
  };
  try {
    for (const [name, stage] of STAGES) {
      const t0 = performance.now();
      stage(ctx);
      ctx.timings[name] = performance.now() - t0;
    }
    return ctx.article;
  } catch (err) {
    const e =
      err instanceof RangeError && /call stack/i.test(err.message)
        ? new VigieError('E_TOO_DEEP', 'input is nested too deeply to process', { cause: err })
        : toVigieError(err);
    return { ok: false, source, url: opts.url, error: e.toJSON() };
  }
}

function emptyArticle(source: string, url: string | null): Article {
  return {
    ok: true,
    source,
    url,
    canonicalUrl: null,
    siteName: null,
    title: null,
    lede: null,
    authors: [],
    dateline: null,
    publishedAt: null,
    published: null,
    modifiedAt: null,
    modified: null,
    language: null,
    section: null,
    tags: [],
    blocks: [],
    text: '',
    wordCount: 0,
    removed: { count: 0, chars: 0, byReason: {}, samples: [] },
    diagnostics: [],
    format: 'html',
    encoding: 'utf-8',
  };
}

// ---------------------------------------------------------------- stages

function decode(ctx: Ctx): void {
  if (typeof ctx.input === 'string') {
    const s = ctx.input;
    if (s.length > ctx.opts.maxBytes)
      throw new VigieError('E_TOO_LARGE', `input is ${s.length} characters, over the ${ctx.opts.maxBytes} cap`);
    if (s.trim().length === 0) throw new VigieError('E_EMPTY', 'input is empty');
    if (looksBinary(s)) throw new VigieError('E_BINARY', 'input contains NUL or control characters: not a text document');
    ctx.text = s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
    ctx.encoding = 'utf-16';
    return;
  }
  const d = decodeBytes(ctx.input, { override: ctx.opts.encoding, contentType: ctx.contentType, maxBytes: ctx.opts.maxBytes });
  ctx.text = d.text;
  ctx.encoding = d.encoding;
}

function looksBinary(s: string): boolean {
  const n = Math.min(s.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0) return true;
    if (c < 9 || (c > 13 && c < 32)) control++;
  }
  return control > n * 0.1;
}

function sniffFormat(ctx: Ctx): void {
  if (ctx.opts.format) ctx.format = ctx.opts.format;
  else if (ctx.contentType && /html|xml/i.test(ctx.contentType)) ctx.format = 'html';
  else if (ctx.contentType && /text\/plain/i.test(ctx.contentType)) ctx.format = 'text';
  else {
    // Markup, not a file name, decides: crawlers save HTML as .txt and vice versa.
    const head = ctx.text.slice(0, 4096);
    const known = head.match(/<\/?(?:html|head|body|div|p|meta|title|article|span|a|br|script|!doctype)\b/gi)?.length ?? 0;
    const any = head.match(/<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi)?.length ?? 0;
    ctx.format = known >= 2 || any >= 5 ? 'html' : 'text';
  }
  ctx.article.format = ctx.format;
  ctx.article.encoding = ctx.encoding;
}

function structure(ctx: Ctx): void {
  const a = ctx.article;
  if (ctx.format === 'html') {
    const h = extractHtml(ctx.text, ctx.opts.maxDepth);
    const m = h.meta;
    a.title = h.title;
    a.lede = h.lede ?? null;
    a.siteName = m.siteName;
    a.canonicalUrl = absolute(m.canonicalUrl ?? m.ogUrl, ctx.opts.url);
    a.url = ctx.opts.url ?? a.canonicalUrl;
    a.authors = m.authors.length > 0 ? m.authors : dedupe([...h.bylines.flatMap(namesFromByline), ...h.authorNames]);
    a.section = m.section;
    a.tags = m.tags;
    a.blocks = h.blocks;
    ctx.publishedRaw = m.published;
    ctx.modifiedRaw = m.modified;
    ctx.datelines = h.datelines;
    ctx.modifiedLines = h.modifiedLines;
    ctx.declaredLanguage = m.declaredLanguage;
    ctx.removedItems = h.removed;
    for (const d of h.diagnostics) note(a, 'info', 'EXTRACT', d);
  } else {
    const t = extractText(ctx.text, ctx.opts.boilerplateLines);
    a.title = t.title;
    a.lede = t.lede;
    a.dateline = t.dateline;
    a.authors = t.bylines.flatMap(namesFromByline);
    a.blocks = t.blocks;
    if (t.dateline) ctx.datelines = [t.dateline];
    ctx.removedItems = t.removed;
  }
}

function resolveDates(ctx: Ctx): void {
  const a = ctx.article;
  // The detected language decides day/month order in numeric dates (12/11 in Paris is November).
  const langs = a.language ? [a.language] : undefined;
  // Metadata first (JSON-LD, then meta tags, then <time>), the printed dateline second.
  const pick = (raws: RawDate[]): DateInfo | null => {
    for (const r of raws) {
      const d = parseDate(r.raw, { source: r.source, ...(langs ? { languages: langs } : {}) });
      if (d) return d;
    }
    return null;
  };
  let published = pick(ctx.publishedRaw);
  for (const line of ctx.datelines) {
    const found = findDateInText(line, langs);
    if (!found) continue;
    // The dateline as printed: the whole line when it is nothing but a date, else
    // just the date within it (bylines share the line on many sites).
    if (a.dateline === null) a.dateline = isDatelineLine(line, langs) ? line : found.info.raw;
    if (!published) published = found.info;
    break;
  }
  a.published = published ? assumeZone(published, a.language, a.url) : null;
  a.publishedAt = published?.value ?? null;
  let modified = pick(ctx.modifiedRaw);
  for (const line of ctx.modifiedLines) {
    if (modified) break;
    modified = findDateInText(line, langs)?.info ?? null;
  }
  a.modified = modified ? assumeZone(modified, a.language, a.url) : null;
  a.modifiedAt = modified?.value ?? null;
}

function language(ctx: Ctx): void {
  const a = ctx.article;
  const sample = [a.title ?? '', a.lede ?? '', bodyText(a.blocks).slice(0, 2000)].join('\n');
  const l = detectLanguage(sample, ctx.declaredLanguage);
  a.language = l.language;
  if (l.method === 'none') note(a, 'warn', 'LANGUAGE_UNKNOWN', 'language could not be determined');
}

function finish(ctx: Ctx): void {
  const a = ctx.article;
  a.text = bodyText(a.blocks);
  a.wordCount = countWords(a.text);
  a.removed = summarize(ctx.removedItems);
  if (a.text.length === 0) note(a, 'warn', 'NO_BODY', 'no article body found');
  if (!a.title) note(a, 'warn', 'NO_TITLE', 'no title found');
  if (!a.publishedAt) note(a, 'info', 'NO_DATE', 'no publication date found');
}

// ---------------------------------------------------------------- helpers

/** The body text: every block but captions and images, separated by blank lines. */
export function bodyText(blocks: Block[]): string {
  const parts: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'caption' || b.kind === 'image') continue;
    parts.push(b.text);
  }
  return parts.join('\n\n');
}

function summarize(items: Array<{ reason: string; text: string }>): RemovedSummary {
  const byReason: Record<string, number> = {};
  let chars = 0;
  const samples: string[] = [];
  for (const it of items) {
    byReason[it.reason] = (byReason[it.reason] ?? 0) + 1;
    chars += it.text.length;
    if (samples.length < 5 && it.reason !== 'markup' && it.text.length > 0)
      samples.push(it.text.length > 80 ? `${it.text.slice(0, 77)}...` : it.text);
  }
  return { count: items.length, chars, byReason, samples };
}

function note(a: Article, level: Diagnostic['level'], code: string, message: string): void {
  a.diagnostics.push({ level, code, message });
}

function dedupe(xs: string[]): string[] {
  return [...new Set(xs)];
}

function absolute(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return /^https?:\/\//i.test(href) ? href : null;
  }
}
