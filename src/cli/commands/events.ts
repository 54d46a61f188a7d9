/**
 * `vigie events [INPUT...]`.
 * - With INPUT (the inputs of `vigie analyze`): each article is analysed and its events
 *   coded, then events are merged across the inputs (syndicated copies, found by MinHash
 *   as the store finds them, count once). Nothing is stored.
 * - Without INPUT: the store's merged events, filtered by --since, --until, --place,
 *   --type, --actor and --source; articles not coded yet are coded first.
 * Output as JSON lines (default), a JSON array, ACLED's CSV, GeoJSON or text. Inputs that
 * fail are reported on stderr, one line each, and the others still written.
 */
import * as fs from 'node:fs';
import { Command, Option } from 'commander';
import { analyzeArticle, type AnalyzedArticle } from '../../analyze/analyze.js';
import { loadGazetteer } from '../../analyze/gazetteer/loadGazetteer.js';
import { formatErrorLine, toVigieError, VigieError } from '../../core/errors.js';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from '../../core/options.js';
import { extractSources } from '../../extract/extractSources.js';
import { codeEvents } from '../../events/codeEvents.js';
import { findControlClaims } from '../../events/findControlClaims.js';
import { toAcledCsv } from '../../events/formats/toAcledCsv.js';
import { toGeoJson } from '../../events/formats/toGeoJson.js';
import { mergeEvents, type EventMention } from '../../events/mergeEvents.js';
import type { ControlClaim, EventRecord } from '../../events/types.js';
import { DUPLICATE_THRESHOLD, estimateJaccard, minhashSignature } from '../../store/fingerprint.js';
import { formatControlClaims, formatEventText } from '../formatEvents.js';
import { parseEncoding, parsePositiveInt, parseSize, parseUrl, type CliIO } from './extract.js';
import { addStoredEventsOptions, parseDay, resolvePlace, withCodedStore, type StoredEventsCliOptions } from './storedEvents.js';

const FORMATS = ['jsonl', 'json', 'acled-csv', 'geojson', 'text'] as const;
type EventsFormat = (typeof FORMATS)[number];

interface EventsCliOptions extends StoredEventsCliOptions {
  format: EventsFormat;
  url?: string;
  encoding?: string;
  maxBytes?: number;
  timeout?: number;
  output?: string;
  all?: boolean;
  since?: string;
  until?: string;
  place?: string;
  type?: string;
  actor?: string;
  source?: string;
  limit?: number;
}

export function registerEventsCommand(program: Command, onDone: (exitCode: number) => void, io: CliIO): Command {
  return addStoredEventsOptions(
    program
      .command('events')
      .description('code events (ACLED and PLOVER) from articles, or list the stored ones: who did what, where, when, according to whom')
      .argument('[INPUT...]', 'file (.html .htm .txt, optionally .gz), directory, - for stdin, or http(s) URL; none: the store')
      .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('jsonl'))
      .option('--since <DAY>', 'store: events on or after DAY (YYYY-MM-DD)', parseDay)
      .option('--until <DAY>', 'store: events on or before DAY (inclusive)', parseDay)
      .option('--place <NAME>', 'store: events at this place or inside it (any spelling the gazetteer knows: Alep, Aleppo)')
      .option('--type <TYPE>', 'store: event type or sub-type, or part of one (Battles, "air", protest)')
      .option('--actor <NAME>', "store: part of an actor's name (either side, associated actors included)")
      .option('--source <TEXT>', 'store: part of an outlet, a URL, or who the event is attributed to (OSDH)')
      .option('-n, --limit <N>', 'store: at most N events', parsePositiveInt)
      .option('--all', 'INPUT: also output negated, hypothetical, future and background events, flagged')
      .option('--url <URL>', 'page URL, for file or stdin input', parseUrl)
      .option('--encoding <LABEL>', 'force the charset (e.g. windows-1252)', parseEncoding)
      .option('--max-bytes <N>', `refuse inputs larger than N bytes (suffixes k, M, G; default ${DEFAULT_MAX_BYTES})`, parseSize)
      .option('--timeout <MS>', `network timeout in milliseconds (default ${DEFAULT_TIMEOUT_MS})`, parsePositiveInt)
      .option('-o, --output <FILE>', 'write results to FILE instead of stdout'),
  ).action(async (inputs: string[], opts: EventsCliOptions) => {
    onDone(inputs.length > 0 ? await runOnInputs(inputs, opts, io) : await runOnStore(opts, io));
  });
}

async function runOnInputs(inputs: string[], opts: EventsCliOptions, io: CliIO): Promise<number> {
  const storeOnly = (['since', 'until', 'place', 'type', 'actor', 'source', 'limit', 'db', 'recode'] as const).filter(
    (k) => opts[k] !== undefined,
  );
  if (storeOnly.length > 0) {
    throw new VigieError('E_USAGE', `--${storeOnly[0]} reads the store: give no INPUT with it`, {
      hint: "run 'vigie events --help'",
    });
  }
  if (inputs.filter((i) => i === '-').length > 1) {
    throw new VigieError('E_USAGE', "'-' (stdin) can be given only once", { hint: "run 'vigie events --help'" });
  }
  const gazetteer = await loadGazetteer({ home: opts.home ?? null, files: opts.gazetteer ?? [], useDownloaded: opts.download !== false });
  const coded: { article: AnalyzedArticle; id: string; events: EventRecord[] }[] = [];
  const claims: ControlClaim[] = [];
  let failed = 0;
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
      const article = analyzeArticle(extracted, gazetteer);
      coded.push({ article, id: article.url ?? article.source, events: codeEvents(article, { keepFlagged: opts.all === true }) });
      claims.push(...findControlClaims(article));
    } catch (err) {
      failed++;
      io.stderr.write(`${formatErrorLine(extracted.source, toVigieError(err).toJSON())}\n`);
    }
  }
  const groups = syndicationGroups(coded.map((c) => ({ id: c.id, text: c.article.text, publishedAt: c.article.publishedAt })));
  const mentions: EventMention[] = coded.flatMap((c) =>
    c.events.map((record) => ({ record, article: c.id, group: groups.get(c.id) ?? c.id })),
  );
  const events = mergeEvents(mentions);
  const ok = await writeEvents(events, claims, opts, io);
  if (opts.quiet !== true && io.stderr.isTTY)
    io.stderr.write(`vigie: ${events.length} events from ${coded.length} articles${failed > 0 ? `, ${failed} failed` : ''}\n`);
  return failed > 0 || !ok ? 1 : 0;
}

async function runOnStore(opts: EventsCliOptions, io: CliIO): Promise<number> {
  const { value, failed } = await withCodedStore(opts, io, opts.place !== undefined, async (store, gazetteer) => {
    const place = opts.place !== undefined ? resolvePlace(opts.place, gazetteer) : null;
    const events = await store.events({
      since: opts.since ?? null,
      until: opts.until ?? null,
      place,
      type: opts.type ?? null,
      actor: opts.actor ?? null,
      source: opts.source ?? null,
      limit: opts.limit ?? null,
    });
    const claims = opts.format === 'text' ? await store.controlClaims(place) : [];
    return { events, claims: claims.filter((c) => inRange(c.asOf, opts)) };
  });
  if (value.events.length === 0 && opts.quiet !== true)
    io.stderr.write('vigie: no stored event matches (ingest articles, or widen the filters)\n');
  const ok = await writeEvents(value.events, value.claims, opts, io);
  return failed > 0 || !ok ? 1 : 0;
}

function inRange(day: string | null, opts: EventsCliOptions): boolean {
  if (day === null) return opts.since === undefined && opts.until === undefined;
  return (opts.since === undefined || day >= opts.since) && (opts.until === undefined || day <= opts.until);
}

/** Writes in the chosen format to --output or stdout; false when --output cannot be written. */
async function writeEvents(events: EventRecord[], claims: ControlClaim[], opts: EventsCliOptions, io: CliIO): Promise<boolean> {
  const body =
    opts.format === 'json'
      ? `${JSON.stringify(events, null, 2)}\n`
      : opts.format === 'geojson'
        ? `${JSON.stringify(toGeoJson(events), null, 2)}\n`
        : opts.format === 'acled-csv'
          ? toAcledCsv(events)
          : opts.format === 'text'
            ? [...events.map(formatEventText), ...(claims.length > 0 ? [formatControlClaims(claims)] : [])].join('\n')
            : events.map((e) => `${JSON.stringify(e)}\n`).join('');
  if (opts.output === undefined) {
    io.stdout.write(body);
    return true;
  }
  try {
    fs.writeFileSync(opts.output, body);
    return true;
  } catch (err) {
    const e = new VigieError('E_IO', `cannot write ${opts.output}: ${(err as Error).message}`, {
      hint: 'check the path and permissions of --output',
    });
    io.stderr.write(`${formatErrorLine('vigie', e.toJSON())}\n`);
    return false;
  }
}

/**
 * Near-duplicate articles among the inputs, as the store links them: MinHash over the
 * body, the earliest published of each group its canonical. Article id → canonical id.
 */
function syndicationGroups(articles: { id: string; text: string; publishedAt: string | null }[]): Map<string, string> {
  const order = [...articles].sort(
    (a, b) => (a.publishedAt ?? '\uffff').localeCompare(b.publishedAt ?? '\uffff') || a.id.localeCompare(b.id),
  );
  const sigs = order.map((a) => minhashSignature(a.text));
  const groups = new Map<string, string>();
  for (let i = 0; i < order.length; i++) {
    const sig = sigs[i];
    let canonical = order[i]!.id;
    if (sig !== null && sig !== undefined) {
      for (let j = 0; j < i; j++) {
        const other = sigs[j];
        if (other != null && estimateJaccard(sig, other) >= DUPLICATE_THRESHOLD) {
          canonical = groups.get(order[j]!.id) ?? order[j]!.id;
          break;
        }
      }
    }
    groups.set(order[i]!.id, canonical);
  }
  return groups;
}
