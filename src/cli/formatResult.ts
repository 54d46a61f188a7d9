/**
 * Renders extraction results for the terminal or a file: json, jsonl, text, markdown.
 * Failures appear as objects in json/jsonl and are left out of text/markdown (the CLI
 * reports them on stderr in every format).
 */
import type { Article, Block, ExtractResult } from '../core/article.js';

export const OUTPUT_FORMATS = ['json', 'jsonl', 'text', 'markdown'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Streams a batch: `start()`, then `record()` per result, then `end()`. */
export interface BatchFormatter {
  start(): string;
  record(result: ExtractResult): string;
  end(): string;
}

/**
 * `single`: exactly one result is coming; json then prints a bare object instead of an
 * array.
 */
export function createBatchFormatter(format: OutputFormat, single: boolean, text: (a: Article) => string = formatText): BatchFormatter {
  let count = 0;
  switch (format) {
    case 'json':
      if (single) {
        return { start: () => '', record: (r) => `${JSON.stringify(r, null, 2)}\n`, end: () => '' };
      }
      return {
        start: () => '[',
        record: (r) => `${count++ === 0 ? '\n' : ',\n'}${indent(JSON.stringify(r, null, 2), '  ')}`,
        end: () => (count === 0 ? ']\n' : '\n]\n'),
      };
    case 'jsonl':
      return { start: () => '', record: (r) => `${JSON.stringify(r)}\n`, end: () => '' };
    case 'text':
    case 'markdown': {
      const separator = format === 'text' ? `\n${'='.repeat(72)}\n\n` : '\n---\n\n';
      return {
        start: () => '',
        record: (r) => {
          if (!r.ok) return '';
          const body = format === 'text' ? text(r) : formatMarkdown(r);
          return (count++ === 0 ? '' : separator) + body;
        },
        end: () => '',
      };
    }
  }
}

/** One result on its own, in the given format. */
export function formatResult(result: ExtractResult, format: OutputFormat): string {
  const f = createBatchFormatter(format, true);
  return f.start() + f.record(result) + f.end();
}

function indent(s: string, pad: string): string {
  return pad + s.replace(/\n/g, `\n${pad}`);
}

// ---------------------------------------------------------------------------------------
// Plain text

export function formatText(a: Article): string {
  const out: string[] = [];
  out.push(a.title ?? '(untitled)');
  const meta: Array<[string, string | null]> = [
    ['Source', a.source],
    ['URL', a.canonicalUrl ?? a.url],
    ['Site', a.siteName],
    ['By', a.authors.length > 0 ? a.authors.join(', ') : null],
    ['Dateline', a.dateline],
    [
      'Published',
      a.publishedAt === null
        ? null
        : a.published?.zone === 'assumed'
          ? `${a.publishedAt} (zone assumed ${a.published.assumedOffset})`
          : a.publishedAt,
    ],
    ['Modified', a.modifiedAt],
    ['Section', a.section],
    ['Language', a.language],
    ['Tags', a.tags.length > 0 ? a.tags.join(', ') : null],
    ['Words', String(a.wordCount)],
  ];
  for (const [label, value] of meta) if (value !== null && value !== '') out.push(`${label}: ${value}`);
  const removed = Object.entries(a.removed.byReason)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  if (removed) out.push(`Removed: ${removed}`);
  out.push('');
  // The reading view: the standfirst set off, headings underlined, captions and
  // quotes marked, so a terminal shows the structure the blocks carry.
  if (a.lede) out.push(`> ${a.lede}`, '');
  for (const b of a.blocks) {
    if (b.kind === 'heading') out.push(b.text, '-'.repeat(Math.min(b.text.length, 72)), '');
    else if (b.kind === 'caption') out.push(`[caption] ${b.text}`, '');
    else if (b.kind === 'image') {
      if (b.caption === null && b.alt) out.push(`[image] ${b.alt}`, '');
    } else if (b.kind === 'quote') out.push(`  “${b.text}”`, '');
    else if (b.kind === 'list') out.push(...b.items.map((it, i) => (b.ordered ? `  ${i + 1}. ${it}` : `  • ${it}`)), '');
    else out.push(b.text, '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

// ---------------------------------------------------------------------------------------
// Markdown

export function formatMarkdown(a: Article): string {
  const parts: string[] = [];
  parts.push(`# ${oneLine(escapeMd(a.title ?? 'Untitled'))}`);
  const meta: string[] = [];
  if (a.authors.length > 0) meta.push(`By ${escapeMd(a.authors.join(', '))}`);
  if (a.publishedAt) meta.push(escapeMd(a.publishedAt));
  if (a.siteName) meta.push(escapeMd(a.siteName));
  const url = a.canonicalUrl ?? a.url;
  if (url) meta.push(`<${url.replace(/>/g, '%3E')}>`);
  if (meta.length > 0) parts.push(meta.join(' · '));
  if (a.lede) parts.push(italic(a.lede));
  const blocks = a.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const md = blockToMarkdown(blocks[i]!, blocks[i + 1]);
    if (md !== '') parts.push(md);
  }
  return `${parts.join('\n\n')}\n`;
}

function blockToMarkdown(b: Block, next: Block | undefined): string {
  switch (b.kind) {
    case 'heading':
      return `${'#'.repeat(Math.min(6, Math.max(2, b.level)))} ${oneLine(escapeMd(b.text))}`;
    case 'paragraph':
      return escapeMd(b.text);
    case 'quote':
      return escapeMd(b.text)
        .split('\n')
        .map((l) => (l.trim() === '' ? '>' : `> ${l}`))
        .join('\n');
    case 'list':
      return (b.items.length > 0 ? b.items : [b.text])
        .map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${oneLine(escapeMd(item))}`)
        .join('\n');
    case 'caption':
      return italic(b.text);
    case 'image': {
      const lines: string[] = [];
      if (b.src) lines.push(`![${oneLine(escapeMd(b.alt ?? ''))}](<${b.src.replace(/>/g, '%3E')}>)`);
      const caption = b.caption ?? (b.src ? null : b.text || null);
      const repeated = next?.kind === 'caption' && caption !== null && next.text.trim() === caption.trim();
      if (caption && !repeated) lines.push(italic(caption));
      return lines.join('\n\n');
    }
  }
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function italic(s: string): string {
  const t = oneLine(escapeMd(s));
  return t === '' ? '' : `*${t}*`;
}

/** Escapes what would otherwise turn plain text into Markdown syntax. */
export function escapeMd(s: string): string {
  return s
    .replace(/[\\`*_[\]<>|]/g, '\\$&')
    .replace(/^(\s*)([#+=-]|\d+[.)])(?=\s|$|[-=#])/gm, (_m, sp: string, mark: string) =>
      /^\d/.test(mark) ? `${sp}${mark.replace(/([.)])$/, '\\$1')}` : `${sp}\\${mark}`,
    );
}
