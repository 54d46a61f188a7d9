/**
 * What `vigie events` (without INPUT), `vigie history` and `vigie control` share: the
 * store and gazetteer options, bringing the store's event coding up to date before
 * reading it (articles ingested without --analyze, or coded by an older Vigie), with a
 * progress bar on a terminal, and turning a place the user typed into a place query.
 */
import cliProgress from 'cli-progress';
import { Command, InvalidArgumentError } from 'commander';
import { loadGazetteer } from '../../analyze/gazetteer/loadGazetteer.js';
import type { Gazetteer } from '../../analyze/gazetteer/types.js';
import { formatErrorLine } from '../../core/errors.js';
import { placeQuery, type PlaceQuery } from '../../events/placeQuery.js';
import { analyzerName } from '../../analyze/analyze.js';
import { codeStoredEvents } from '../../ingest/codeStoredEvents.js';
import type { Store } from '../../store/types.js';
import { withStore, type StoreCliOptions } from './db.js';
import type { CliIO } from './extract.js';

export interface StoredEventsCliOptions extends StoreCliOptions {
  gazetteer?: string[];
  download?: boolean;
  recode?: boolean;
  update?: boolean;
  quiet?: boolean;
}

/** --db, --home, --gazetteer, --no-download, --recode, --no-update, --quiet. */
export function addStoredEventsOptions(cmd: Command): Command {
  return cmd
    .option(
      '--db <URL>',
      'PostgreSQL server, postgres://user:password@host:port/db (default: $VIGIE_DATABASE_URL, else the embedded store)',
    )
    .option('--home <DIR>', 'folder of the embedded store and of a `vigie gazetteer fetch` download (default: $VIGIE_HOME, else ./.vigie)')
    .option('--gazetteer <FILE>', 'also a gazetteer in GeoNames format, over the default one (repeatable)', collect, [])
    .option('--no-download', 'ignore the downloaded gazetteer in --home')
    .option('--recode', 'code every stored article again (after changing packs or gazetteer)')
    .option('--no-update', 'read the events as stored, without coding articles that were not coded yet')
    .option('-q, --quiet', 'no progress bar');
}

/**
 * Opens the store, codes what is not coded yet (loading the gazetteer only then, or when
 * `needGazetteer`), runs `fn`, and closes the store. Articles that fail to code are
 * reported on stderr, one line each; their count is returned with `fn`'s result.
 */
export async function withCodedStore<T>(
  opts: StoredEventsCliOptions,
  io: CliIO,
  needGazetteer: boolean,
  fn: (store: Store, gazetteer: Gazetteer | null) => Promise<T>,
): Promise<{ value: T; failed: number }> {
  let gazetteer: Gazetteer | null = null;
  const gaz = async (): Promise<Gazetteer> =>
    (gazetteer ??= await loadGazetteer({
      home: opts.home ?? null,
      files: opts.gazetteer ?? [],
      useDownloaded: opts.download !== false,
    }));
  return withStore(opts, async (store) => {
    let failed = 0;
    if (opts.update !== false) {
      const bar = progressBar(io, opts.quiet !== true);
      if (opts.recode === true || (await store.countArticlesToCode(analyzerName())) > 0) {
        const result = await codeStoredEvents(store, await gaz(), {
          all: opts.recode === true,
          onProgress: (p) => bar.update(p.done, p.total),
        });
        bar.stop();
        failed = result.failed;
        for (const e of result.errors) io.stderr.write(`${formatErrorLine(e.article, e.error.toJSON())}\n`);
      }
    }
    const value = await fn(store, needGazetteer ? await gaz() : null);
    return { value, failed };
  });
}

const MIN_PLACE_SCORE = 0.85;
const MIN_LOOSE_SCORE = 0.6;

/** "Alep" → the names it goes by in the gazetteer ("Aleppo") and its GeoNames id, when it is known. */
export function resolvePlace(name: string, gazetteer: Gazetteer | null): PlaceQuery {
  const matches = gazetteer?.lookup(name, { limit: 10 }) ?? [];
  // The best spelling match, among equals the most populous; a looser one (a consonant
  // skeleton: "Boustane al-Qasr" for "Bustan Al-Qaser") only when it is the only one.
  const top = Math.max(0, ...matches.map((m) => m.score));
  const tops = matches.filter((m) => m.score === top).sort((a, b) => b.entry.population - a.entry.population);
  const best = top >= MIN_PLACE_SCORE || (tops.length === 1 && top >= MIN_LOOSE_SCORE) ? tops[0] : undefined;
  if (best === undefined) return placeQuery([name]);
  return placeQuery([name, best.entry.name], best.entry.id > 0 ? best.entry.id : null);
}

export function parseDay(value: string): string {
  const v = value.trim();
  const t = new Date(`${v}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(t.getTime()) || t.toISOString().slice(0, 10) !== v) {
    throw new InvalidArgumentError('expected a day, YYYY-MM-DD.');
  }
  return v;
}

function progressBar(io: CliIO, enabled: boolean): { update(done: number, total: number): void; stop(): void } {
  if (!enabled || io.stderr.isTTY !== true) return { update: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    { stream: io.stderr, format: 'coding events [{bar}] {value}/{total}', hideCursor: true, clearOnComplete: true, gracefulExit: false },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total) {
      if (!started) bar.start(total, 0);
      started = true;
      bar.update(done);
    },
    stop: () => started && bar.stop(),
  };
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
