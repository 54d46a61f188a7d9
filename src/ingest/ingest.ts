/**
 * `ingest(inputs, options)`: the pipeline discover → fetch → extract → save → report.
 *
 * Inputs are files, directories, .gz files, WARC files, '-' (stdin, with `url`), and
 * http(s) URLs of pages, feeds or sitemaps. Local inputs are read one document at a
 * time, in order; URLs run concurrently under the fetcher's limits. Every outcome is an
 * event (`onEvent`), and the summary returned at the end is their tally.
 *
 * Idempotent and resumable: documents already stored with the same bytes are skipped
 * before extraction, and each document is saved in its own transaction, so running the
 * same inputs again — after a kill -9 or not — stores only what is missing.
 */
import { fileURLToPath } from 'node:url';
import { VigieError } from '../core/errors.js';
import { isHttpUrl } from '../extract/input/readSources.js';
import { emptySummary, tallyEvent, type IngestEvent, type IngestSummary } from './ingestEvents.js';
import { resolveIngestOptions, type IngestOptions } from './ingestOptions.js';
import { ingestPath, isDirectory } from './ingestPath.js';
import { ingestUrl } from './ingestUrl.js';
import { ingestWarc } from './ingestWarc.js';
import { PoliteFetcher } from './politeFetcher.js';
import { looksLikeWarc } from './readWarc.js';
import type { RunContext } from './runContext.js';

export async function ingest(inputs: string[], options: IngestOptions): Promise<IngestSummary> {
  const o = resolveIngestOptions(options);
  const started = Date.now();
  if (inputs.length === 0) throw new VigieError('E_USAGE', 'no INPUT given', { hint: 'give files, directories, WARC files or URLs' });
  if (o.url === null && inputs.includes('-')) {
    throw new VigieError('E_USAGE', 'stdin (-) needs --url: a document is stored under its URL', {
      hint: "e.g. 'vigie ingest - --url https://…'",
    });
  }
  const one = inputs[0]!;
  if (
    o.url !== null &&
    (inputs.length !== 1 || isHttpUrl(one) || (await isDirectory(one)) || (one !== '-' && (await looksLikeWarc(localPath(one)))))
  ) {
    throw new VigieError('E_USAGE', '--url names one document: give exactly one file (or -), not a directory, WARC file or URL', {
      hint: 'without --url, files are stored as file:///absolute/path',
    });
  }

  const summary = emptySummary();
  const seen = new Set<string>();
  const ctx: RunContext = {
    o,
    fetcher: new PoliteFetcher(o),
    emit(event: IngestEvent) {
      tallyEvent(summary, event);
      o.onEvent?.(event);
    },
    claim(url) {
      if (seen.has(url)) return false;
      seen.add(url);
      return true;
    },
    ingestUrl: (req) => ingestUrl(ctx, req),
  };

  // Inputs given twice are done once (and counted once).
  const unique = [...new Set(inputs)];
  ctx.emit({ type: 'found', count: unique.length, via: null });
  const network: Array<Promise<boolean>> = [];
  try {
    for (const input of unique) {
      if (o.signal?.aborted) break;
      if (isHttpUrl(input)) {
        const url = normaliseUrl(input);
        if (url === null || !ctx.claim(url)) {
          if (url === null)
            ctx.emit({ type: 'item', item: { source: input, url: null, via: null, status: 'failed', error: badUrl(input) } });
          else ctx.emit({ type: 'item', item: { source: input, url, via: null, status: 'duplicate' } });
          continue;
        }
        network.push(ctx.ingestUrl({ url, source: input, via: null, role: 'input', depth: 0 }));
      } else if (input !== '-' && (await looksLikeWarc(localPath(input)))) {
        await ingestWarc(ctx, localPath(input));
      } else {
        await ingestPath(ctx, input);
      }
    }
    await Promise.all(network);
  } finally {
    await ctx.fetcher.close();
  }
  // New articles are searchable already; this makes searching them fast (Store.flush).
  await o.store.flush();
  summary.elapsedMs = Date.now() - started;
  return summary;
}

function normaliseUrl(input: string): string | null {
  try {
    return new URL(input).href;
  } catch {
    return null;
  }
}

function badUrl(input: string) {
  return new VigieError('E_USAGE', `not a valid URL: ${input}`, { hint: 'check the URL' }).toJSON();
}

function localPath(input: string): string {
  if (!/^file:\/\//i.test(input)) return input;
  try {
    return fileURLToPath(input);
  } catch {
    return input;
  }
}
