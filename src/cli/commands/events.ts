/**
 * `vigie events INPUT...`: the inputs of `vigie analyze`, each article analysed and its
 * events coded. Output as JSON lines (default), a JSON array, ACLED's CSV, GeoJSON or
 * text. Inputs that fail are reported on stderr, one line each, and the others still written.
 */
import * as fs from 'node:fs';
import { Command, Option } from 'commander';
import { analyzeArticle } from '../../analyze/analyze.js';
import { loadGazetteer } from '../../analyze/gazetteer/loadGazetteer.js';
import { formatErrorLine, toVigieError, VigieError } from '../../core/errors.js';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from '../../core/options.js';
import { extractSources } from '../../extract/extractSources.js';
import { codeEvents } from '../../events/codeEvents.js';
import { toAcledCsv } from '../../events/formats/toAcledCsv.js';
import { toGeoJson } from '../../events/formats/toGeoJson.js';
import type { EventRecord } from '../../events/types.js';
import { formatEventText } from '../formatEvents.js';
import { parseEncoding, parsePositiveInt, parseSize, parseUrl, type CliIO } from './extract.js';

const FORMATS = ['jsonl', 'json', 'acled-csv', 'geojson', 'text'] as const;
type EventsFormat = (typeof FORMATS)[number];

interface EventsCliOptions {
  format: EventsFormat;
  gazetteer: string[];
  home?: string;
  download: boolean;
  url?: string;
  encoding?: string;
  maxBytes?: number;
  timeout?: number;
  output?: string;
  quiet?: boolean;
  all?: boolean;
}

export function registerEventsCommand(program: Command, onDone: (exitCode: number) => void, io: CliIO): Command {
  return program
    .command('events')
    .description('code events (ACLED and PLOVER) from articles: who did what, where, when, according to whom')
    .argument('<INPUT...>', 'file (.html .htm .txt, optionally .gz), directory, - for stdin, or http(s) URL')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('jsonl'))
    .option('--gazetteer <FILE>', 'also a gazetteer in GeoNames format, over the default one (repeatable)', collect, [])
    .option('--home <DIR>', 'folder holding a `vigie gazetteer fetch` download (default $VIGIE_HOME, else ./.vigie)')
    .option('--no-download', 'ignore the downloaded gazetteer in --home')
    .option('--all', 'also output negated, hypothetical, future and background events, flagged')
    .option('--url <URL>', 'page URL, for file or stdin input', parseUrl)
    .option('--encoding <LABEL>', 'force the charset (e.g. windows-1252)', parseEncoding)
    .option('--max-bytes <N>', `refuse inputs larger than N bytes (suffixes k, M, G; default ${DEFAULT_MAX_BYTES})`, parseSize)
    .option('--timeout <MS>', `network timeout in milliseconds (default ${DEFAULT_TIMEOUT_MS})`, parsePositiveInt)
    .option('-o, --output <FILE>', 'write results to FILE instead of stdout')
    .option('-q, --quiet', 'no summary on stderr (errors are still reported)')
    .action(async (inputs: string[], opts: EventsCliOptions) => {
      onDone(await runEvents(inputs, opts, io));
    });
}

async function runEvents(inputs: string[], opts: EventsCliOptions, io: CliIO): Promise<number> {
  if (inputs.filter((i) => i === '-').length > 1) {
    throw new VigieError('E_USAGE', "'-' (stdin) can be given only once", { hint: "run 'vigie events --help'" });
  }
  const gazetteer = await loadGazetteer({ home: opts.home ?? null, files: opts.gazetteer, useDownloaded: opts.download });
  const all: EventRecord[] = [];
  const chunks: string[] = [];
  let failed = 0;
  let articles = 0;
  const sources = extractSources(inputs, {
    url: opts.url ?? null,
    encoding: opts.encoding ?? null,
    ...(opts.maxBytes !== undefined ? { maxBytes: opts.maxBytes } : {}),
    ...(opts.timeout !== undefined ? { timeoutMs: opts.timeout } : {}),
    stdin: io.stdin,
  });
  for await (const extracted of sources) {
    if (!extracted.ok) {
      failed++;
      io.stderr.write(`${formatErrorLine(extracted.source, extracted.error)}\n`);
      continue;
    }
    try {
      const found = codeEvents(analyzeArticle(extracted, gazetteer), { keepFlagged: opts.all === true });
      articles++;
      all.push(...found);
      if (opts.format === 'jsonl') chunks.push(...found.map((e) => `${JSON.stringify(e)}\n`));
      if (opts.format === 'text') chunks.push(...found.map(formatEventText).map((t) => `${t}\n`));
    } catch (err) {
      failed++;
      io.stderr.write(`${formatErrorLine(extracted.source, toVigieError(err).toJSON())}\n`);
    }
  }
  const body =
    opts.format === 'json'
      ? `${JSON.stringify(all, null, 2)}\n`
      : opts.format === 'geojson'
        ? `${JSON.stringify(toGeoJson(all), null, 2)}\n`
        : opts.format === 'acled-csv'
          ? toAcledCsv(all)
          : chunks.join('');
  if (opts.output !== undefined) {
    try {
      fs.writeFileSync(opts.output, body);
    } catch (err) {
      const e = new VigieError('E_IO', `cannot write ${opts.output}: ${(err as Error).message}`, {
        hint: 'check the path and permissions of --output',
      });
      io.stderr.write(`${formatErrorLine('vigie', e.toJSON())}\n`);
      return 1;
    }
  } else io.stdout.write(body);
  if (!opts.quiet && io.stderr.isTTY)
    io.stderr.write(`vigie: ${all.length} events from ${articles} articles${failed > 0 ? `, ${failed} failed` : ''}\n`);
  return failed > 0 ? 1 : 0;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
