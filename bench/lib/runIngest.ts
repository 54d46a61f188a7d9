/**
 * One engine's run of the ingest bench, in its own process so that its peak RSS is
 * its own. Started by bench/ingest.ts:
 *
 *   node build/bench/lib/runIngest.js <pglite|postgres> --result FILE [--articles N] [--admin-url URL]
 *
 * It does what `vigie ingest` does for each file (read, extract, save in one
 * transaction), timing extraction and storage separately, then runs 100 searches.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setImmediate } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import pg from 'pg';
import { extract } from '../../src/index.js';
import { openStore } from '../../src/store/openStore.js';
import { estimateJaccard, minhashSignature } from '../../src/store/fingerprint.js';
import type { Store } from '../../src/store/types.js';
import { loadPages, loadTruth, resolveDataDir } from './dataset.js';

export interface IngestRun {
  engine: 'pglite' | 'postgres';
  articles: number;
  /** Wall time of the ingest loop (read + extract + save), ms. */
  totalMs: number;
  extractMs: number;
  storeMs: number;
  /** Part of storeMs spent blocked on the store (saves in flight at the limit, and the final drain). */
  waitMs: number;
  outcomes: Record<string, number>;
  /** [articles stored so far, RSS MiB] every checkpoint. */
  rssSeries: Array<[number, number]>;
  searchMs: number[];
  searchHits: number;
  /** Edited copies only: pages whose first copy's fingerprint differs from the original's, of those fingerprinted. */
  editedDistinct?: { distinct: number; fingerprinted: number };
  maxRssKiB: number;
}

const CHECKPOINT = 1000;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      result: { type: 'string' },
      articles: { type: 'string' },
      'admin-url': { type: 'string' },
      'data-dir': { type: 'string' },
      home: { type: 'string' },
      init: { type: 'boolean' },
      copies: { type: 'string' },
    },
  });
  const engine = positionals[0];
  if ((engine !== 'pglite' && engine !== 'postgres') || !values.result) {
    console.error('usage: node build/bench/lib/runIngest.js <pglite|postgres> --result FILE [--articles N]');
    process.exit(2);
  }
  const target = Number(values.articles ?? 10_000);
  // 'verbatim': the same bytes again under a new URL. 'edited': each later copy has one
  // word of its body changed everywhere it occurs, as a republisher's light edit would,
  // so no copy is a verbatim twin of another.
  const edited = values.copies === 'edited';
  const dataDir = resolveDataDir(values['data-dir']);
  const truth = loadTruth(dataDir);
  const pages = loadPages(dataDir, truth);
  truth.clear();

  let store: Store;
  let cleanup: () => Promise<void>;
  if (engine === 'pglite') {
    // A new embedded store runs initdb once in its life, which peaks far above the
    // running engine's memory: the driver creates the store in a first process
    // (--init) and measures ingest in a second one, as a user's second run would be.
    const home = values.home ?? mkdtempSync(join(tmpdir(), 'vigie-bench-'));
    store = await openStore({ home, migrate: true });
    if (values.init) {
      await store.close();
      return;
    }
    cleanup = async () => rmSync(home, { recursive: true, force: true });
  } else {
    const admin = values['admin-url'] ?? process.env['VIGIE_TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
    const name = `vigie_bench_${randomBytes(4).toString('hex')}`;
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(`CREATE DATABASE ${name}`);
    const url = new URL(admin);
    url.pathname = `/${name}`;
    store = await openStore({ url: url.href, migrate: true });
    cleanup = async () => {
      await client.query(`DROP DATABASE IF EXISTS ${name}`);
      await client.end();
    };
  }

  const run: IngestRun = {
    engine,
    articles: 0,
    totalMs: 0,
    extractMs: 0,
    storeMs: 0,
    waitMs: 0,
    outcomes: {},
    rssSeries: [],
    searchMs: [],
    searchHits: 0,
    maxRssKiB: 0,
  };
  const titleWords = new Map<string, number>();
  /** Per page, the body word that edited copies change. */
  const marks = new Map<string, string | null>();
  const originals = new Map<string, Uint32Array | null>();
  const distinct = { distinct: 0, fingerprinted: 0 };
  // Like `vigie ingest`, several saves stay in flight so the store can group them
  // while the next pages are extracted. The storage share is the part of the wall
  // time the loop did not spend reading and extracting: waiting on, or running, the
  // store (whose preparation — hashing, fingerprints — runs here too).
  const IN_FLIGHT = Number(process.env.VIGIE_BENCH_INFLIGHT ?? 64);
  const inflight: Array<Promise<void>> = [];
  let readMs = 0;
  let waitMs = 0;
  const t0 = performance.now();
  for (let i = 0; i < target; i++) {
    const page = pages[i % pages.length]!;
    const round = Math.floor(i / pages.length);
    // Distinct URLs: the same pages again under new addresses, as syndication would.
    const url = `https://bench${round}.vigie.test/${page.id}`;
    // Give the event loop a turn, as reading the next file from disk does in `vigie
    // ingest`: the store's replies and compressions complete while we extract.
    await setImmediate();
    const r0 = performance.now();
    const raw = edited && round > 0 ? editCopy(gunzipSync(page.gz), marks.get(page.id), round) : gunzipSync(page.gz);
    const e0 = performance.now();
    readMs += e0 - r0;
    const article = extract(raw, { url, source: page.file });
    run.extractMs += performance.now() - e0;
    if (!article.ok) {
      run.outcomes['failed'] = (run.outcomes['failed'] ?? 0) + 1;
      continue;
    }
    if (round === 0) {
      for (const w of (article.title ?? '').toLowerCase().match(/\p{L}{5,}/gu) ?? []) titleWords.set(w, (titleWords.get(w) ?? 0) + 1);
      if (edited) marks.set(page.id, markWord(article.text, raw));
    }
    if (edited && round <= 1) {
      // Untimed: how many copies the edit really sets apart (reported, not stored).
      const f0 = performance.now();
      const sig = minhashSignature(article.text);
      if (round === 0) originals.set(page.id, sig);
      else if (sig !== null && originals.get(page.id)) {
        distinct.fingerprinted++;
        if (estimateJaccard(sig, originals.get(page.id)!) < 1) distinct.distinct++;
      }
      readMs += performance.now() - f0;
    }
    inflight.push(
      store
        .save({
          fetch: { url, source: page.file, status: 200, headers: { 'content-type': 'text/html' }, fetchedAt: new Date(), raw },
          article,
        })
        .then((out) => {
          const key = out.isDuplicate ? 'duplicate' : out.status;
          run.outcomes[key] = (run.outcomes[key] ?? 0) + 1;
          run.articles++;
          if (run.articles % CHECKPOINT === 0) run.rssSeries.push([run.articles, process.memoryUsage().rss / 1048576]);
        }),
    );
    if (inflight.length >= IN_FLIGHT) {
      const w0 = performance.now();
      await inflight.shift();
      waitMs += performance.now() - w0;
    }
  }
  const d0 = performance.now();
  await Promise.all(inflight);
  await store.flush(); // as `vigie ingest` does at the end of a run
  waitMs += performance.now() - d0;
  run.waitMs = waitMs;
  run.totalMs = performance.now() - t0;
  run.storeMs = run.totalMs - run.extractMs - readMs;
  if (edited) run.editedDistinct = distinct;

  // 100 queries from words that recur in the titles, most frequent first.
  const queries = [...titleWords.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 100)
    .map(([w]) => w);
  for (const q of queries.slice(0, 10)) await store.search({ text: q, limit: 20 }); // warm caches, untimed
  for (const q of queries) {
    const s0 = performance.now();
    const hits = await store.search({ text: q, limit: 20 });
    run.searchMs.push(performance.now() - s0);
    run.searchHits += hits.length;
  }
  run.maxRssKiB = process.resourceUsage().maxRSS;
  await store.close();
  await cleanup();
  writeFileSync(values.result, JSON.stringify(run));
}

/** A body word (ASCII letters, 6 or more) that the raw page has between spaces, or null. */
function markWord(text: string, raw: Uint8Array): string | null {
  const html = Buffer.from(raw).toString('latin1');
  for (const w of text.match(/\b[A-Za-z]{6,}\b/g) ?? []) if (html.includes(` ${w} `)) return w;
  return null;
}

function editCopy(raw: Buffer, word: string | null | undefined, round: number): Buffer {
  if (!word) return raw;
  return Buffer.from(Buffer.from(raw).toString('latin1').replaceAll(` ${word} `, ` ${word}${round} `), 'latin1');
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
