/**
 * `vigie export`: every stored article, latest version, in id order, as JSON lines
 * (StoredArticle) or CSV. Streams page by page, waiting on the output: memory stays
 * flat whatever the store's size.
 */
import * as fs from 'node:fs';
import { Command, Option } from 'commander';
import { VigieError } from '../../core/errors.js';
import type { StoredArticle } from '../../store/types.js';
import { addStoreOptions, createWriter, withStore, type StoreCliOptions } from './db.js';
import type { CliIO } from './extract.js';

export const CSV_COLUMNS = ['id', 'url', 'outlet', 'language', 'published_at', 'title', 'word_count', 'duplicate_group', 'text'] as const;

interface ExportCliOptions extends StoreCliOptions {
  format: 'jsonl' | 'csv';
  output?: string;
}

export function registerExportCommand(program: Command, onDone: (exitCode: number) => void, io: CliIO): Command {
  return addStoreOptions(
    program
      .command('export')
      .description('write every stored article (latest version), streaming')
      .addOption(new Option('-f, --format <format>', 'output format').choices(['jsonl', 'csv']).default('jsonl'))
      .option('-o, --output <FILE>', 'write to FILE instead of stdout'),
  ).action(async (opts: ExportCliOptions) => {
    let stream: NodeJS.WritableStream = io.stdout;
    let file: fs.WriteStream | null = null;
    if (opts.output !== undefined) {
      try {
        file = fs.createWriteStream(opts.output, { fd: fs.openSync(opts.output, 'w') });
      } catch (err) {
        throw new VigieError('E_IO', `cannot write ${opts.output}: ${(err as Error).message}`, {
          hint: 'check the path and permissions of --output',
        });
      }
      stream = file;
    }
    const out = createWriter(stream);
    await withStore(opts, async (store) => {
      if (opts.format === 'csv') await out.write(`${CSV_COLUMNS.join(',')}\r\n`);
      for await (const a of store.export()) {
        await out.write(opts.format === 'csv' ? csvRow(a) : `${JSON.stringify(a)}\n`);
        if (out.broken) break;
      }
    });
    if (file !== null) await new Promise<void>((resolve) => file.end(resolve));
    onDone(0);
  });
}

function csvRow(a: StoredArticle): string {
  const x = a.article;
  const cells = [a.id, a.url, a.outlet, x.language, x.publishedAt, x.title, x.wordCount, a.duplicateGroup, x.text];
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** RFC 4180: quote a field holding a comma, a quote or a line break; double its quotes. */
export function csvCell(v: string | number | null): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
