/**
 * `vigie search QUERY…`: ranked full-text search over stored articles, accent-insensitive,
 * with each language's stemming. Web-search syntax: "a phrase", or, -excluded.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { VigieError } from '../../core/errors.js';
import { DEFAULT_SEARCH_LIMIT, MAX_SEARCH_LIMIT } from '../../store/searchArticles.js';
import type { SearchHit } from '../../store/types.js';
import { addStoreOptions, createWriter, withStore, type StoreCliOptions } from './db.js';
import { parsePositiveInt, type CliIO } from './extract.js';

export const SEARCH_FORMATS = ['text', 'json', 'jsonl'] as const;

interface SearchCliOptions extends StoreCliOptions {
  lang?: string;
  since?: string;
  until?: string;
  source?: string;
  limit: number;
  format: (typeof SEARCH_FORMATS)[number];
}

export function registerSearchCommand(program: Command, onDone: (exitCode: number) => void, io: CliIO): Command {
  return addStoreOptions(
    program
      .command('search')
      .description('search stored articles, best match first (accents and case ignored; "a phrase", or, -word)')
      .argument('<QUERY...>', 'words to look for')
      .option('--lang <CODE>', 'only articles in this language (ISO 639-1, e.g. fr)', parseLang)
      .option('--since <DATE>', 'published on or after DATE (YYYY-MM-DD, or an ISO timestamp)', parseDateArg)
      .option('--until <DATE>', 'published on or before DATE (inclusive)', parseDateArg)
      .option('--source <TEXT>', 'only outlets whose host or name contains TEXT')
      .option(
        '-n, --limit <N>',
        `at most N hits (default ${DEFAULT_SEARCH_LIMIT}, max ${MAX_SEARCH_LIMIT})`,
        parseLimit,
        DEFAULT_SEARCH_LIMIT,
      )
      .addOption(new Option('-f, --format <format>', 'output format').choices(SEARCH_FORMATS).default('text')),
  ).action(async (words: string[], opts: SearchCliOptions) => {
    const text = words.join(' ').trim();
    if (text === '') throw new VigieError('E_USAGE', 'empty QUERY', { hint: "run 'vigie search --help'" });
    const hits = await withStore(opts, (s) =>
      s.search({ text, lang: opts.lang, since: opts.since, until: opts.until, source: opts.source, limit: opts.limit }),
    );
    const out = createWriter(io.stdout);
    if (opts.format === 'json') await out.write(`${JSON.stringify(hits, null, 2)}\n`);
    else if (opts.format === 'jsonl') for (const h of hits) await out.write(`${JSON.stringify(h)}\n`);
    else if (hits.length === 0) io.stderr.write(`vigie: no article matches ${JSON.stringify(text)}\n`);
    else await out.write(formatHits(hits));
    onDone(0);
  });
}

/** Readable in a terminal: one short block per hit. */
export function formatHits(hits: SearchHit[]): string {
  const width = String(hits.length).length;
  return hits
    .map((h, i) => {
      const pad = ' '.repeat(width + 2);
      const facts = [
        h.publishedAt?.slice(0, 10) ?? 'undated',
        h.outlet ?? '(no outlet)',
        h.language ?? 'und',
        `#${h.id}`,
        h.duplicateGroup !== null && h.duplicateGroup !== h.id ? `copy of #${h.duplicateGroup}` : null,
        `score ${h.rank.toFixed(3)}`,
      ].filter((f) => f !== null);
      return [
        `${String(i + 1).padStart(width)}. ${h.title ?? '(untitled)'}`,
        `${pad}${facts.join(' · ')}`,
        `${pad}${h.url}`,
        ...(h.snippet ? [`${pad}${h.snippet}`] : []),
      ].join('\n');
    })
    .join('\n\n')
    .concat('\n');
}

function parseLang(value: string): string {
  if (!/^[a-z]{2,3}$/i.test(value.trim())) throw new InvalidArgumentError('expected a language code such as fr or en.');
  return value.trim().toLowerCase();
}

function parseDateArg(value: string): string {
  const v = value.trim();
  const t = new Date(`${v}T00:00:00Z`);
  const day = /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === v;
  const stamp = /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v));
  if (!day && !stamp) throw new InvalidArgumentError('expected a date, YYYY-MM-DD, or an ISO timestamp.');
  return v;
}

function parseLimit(value: string): number {
  const n = parsePositiveInt(value);
  if (n > MAX_SEARCH_LIMIT) throw new InvalidArgumentError(`expected at most ${MAX_SEARCH_LIMIT}.`);
  return n;
}
