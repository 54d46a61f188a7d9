/**
 * Runs ONE extractor over the whole data set, in its own process so that its
 * peak RSS is its own. Started by bench/extract.ts:
 *
 *   node build/bench/lib/runSystem.js <vigie|readability> --result FILE [--data-dir DIR]
 *
 * Pages are read compressed and gunzipped (and, for string-based systems, decoded)
 * one at a time outside the timed call, after one untimed warm-up pass; each page is
 * then timed over several passes (--passes, default 3) and its median kept;
 * only the per-page extraction call is timed. The result (texts,
 * per-page times, failures, peak RSS) is written as JSON to FILE — not to
 * stdout, which the extractor is free to use.
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { loadPages, loadTruth, resolveDataDir } from './dataset.js';
import { INPUT_KIND, isSystemName, loadExtractor, type PageInput, type SystemName } from './systems.js';
import { median } from './machine.js';

export interface RunPage {
  id: string;
  text: string;
  /** Wall time of the extraction call, milliseconds. */
  ms: number;
  failure?: string;
}

export interface RunResult {
  system: SystemName;
  pages: RunPage[];
  /** process.resourceUsage().maxRSS after the inputs were loaded, before the first extraction (KiB). */
  rssAfterLoadKiB: number;
  /** process.resourceUsage().maxRSS at the end of the run (KiB). */
  maxRssKiB: number;
  node: string;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'data-dir': { type: 'string' }, result: { type: 'string' }, passes: { type: 'string' } },
  });
  const system = positionals[0] ?? '';
  if (positionals.length !== 1 || !isSystemName(system) || !values.result) {
    console.error('usage: node build/bench/lib/runSystem.js <vigie|readability> --result FILE [--data-dir DIR]');
    process.exit(2);
  }

  const extractor = await loadExtractor(system);

  const dataDir = resolveDataDir(values['data-dir']);
  const truth = loadTruth(dataDir);
  const kind = INPUT_KIND[system];
  const decoder = new TextDecoder('utf-8');
  const stored = loadPages(dataDir, truth);
  truth.clear();
  // Pages stay compressed in memory and are unpacked one at a time, outside the
  // timed call: the set as a whole is the bench's luggage, not the extractor's.
  const unpack = (p: (typeof stored)[number]): PageInput => {
    const bytes = gunzipSync(p.gz);
    return {
      id: p.id,
      url: p.url,
      file: p.file,
      bytes: kind === 'bytes' ? bytes : new Uint8Array(0),
      html: kind === 'html' ? decoder.decode(bytes) : '',
    };
  };
  const rssAfterLoadKiB = process.resourceUsage().maxRSS;

  // One untimed pass first, for every system alike: the timed pass then measures
  // steady-state speed (JIT-compiled code, compiled regular expressions), which is
  // what a long ingest sees.
  for (const p of stored) {
    try {
      extractor(unpack(p));
    } catch {
      // Counted in the timed pass.
    }
  }

  // Several timed passes; each page's time is its median over the passes, so a
  // garbage-collection pause or a noisy neighbour does not decide the result.
  const passes = Math.max(1, Number(values.passes ?? 3) | 0);
  const times: number[][] = stored.map(() => []);
  const pages: RunPage[] = [];
  for (let pass = 0; pass < passes; pass++) {
    stored.forEach((p, i) => {
      const input = unpack(p);
      let out: { text: string; failure?: string };
      const t0 = performance.now();
      try {
        out = extractor(input);
      } catch (e) {
        out = { text: '', failure: `threw: ${e instanceof Error ? e.name : typeof e}` };
      }
      times[i]!.push(performance.now() - t0);
      if (pass === passes - 1) {
        const ms = median(times[i]!);
        pages.push(out.failure ? { id: input.id, text: out.text, ms, failure: out.failure } : { id: input.id, text: out.text, ms });
      }
    });
  }
  const maxRssKiB = process.resourceUsage().maxRSS;

  const result: RunResult = { system, pages, rssAfterLoadKiB, maxRssKiB, node: process.version };
  writeFileSync(values.result, JSON.stringify(result));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
