/**
 * `vigie db migrate` and `vigie db status`, plus what every store command shares: the
 * --db / --home options, opening the store, and writing output with backpressure.
 */
import { Command, Option } from 'commander';
import { openStore } from '../../store/openStore.js';
import type { MigrationState, Store } from '../../store/types.js';
import type { CliIO } from './extract.js';

export interface StoreCliOptions {
  db?: string;
  home?: string;
}

/** Adds --db and --home to a command that reads or writes the store. */
export function addStoreOptions(cmd: Command): Command {
  return cmd
    .option(
      '--db <URL>',
      'PostgreSQL server, postgres://user:password@host:port/db (default: $VIGIE_DATABASE_URL, else the embedded store)',
    )
    .option('--home <DIR>', 'folder of the embedded store (default: $VIGIE_HOME, else ./.vigie)');
}

/** Opens the store (migrating it unless told not to), runs `fn`, and always closes it. */
export async function withStore<T>(opts: StoreCliOptions, fn: (store: Store) => Promise<T>, migrate = true): Promise<T> {
  const store = await openStore({ url: opts.db ?? null, home: opts.home ?? null, migrate });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** Writes to a stream, waiting for it to drain: a large export never piles up in memory. */
export function createWriter(out: NodeJS.WritableStream): { write(s: string): Promise<void>; readonly broken: boolean } {
  let broken = false;
  out.on('error', () => (broken = true)); // EPIPE (`| head`): stop quietly
  return {
    get broken() {
      return broken;
    },
    async write(s: string) {
      if (s === '' || broken) return;
      if (out.write(s)) return;
      await new Promise<void>((resolve) => {
        const done = (): void => {
          out.off('drain', done);
          out.off('error', done);
          out.off('close', done);
          resolve();
        };
        out.on('drain', done);
        out.on('error', done);
        out.on('close', done);
      });
    },
  };
}

type DbFormat = 'text' | 'json';

export function registerDbCommand(program: Command, onDone: (exitCode: number) => void, io: CliIO): Command {
  const db = program.command('db').description('manage the database: apply migrations, show their state');
  const format = (): Option => new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text');
  addStoreOptions(
    db.command('migrate').description('apply pending migrations (other commands do it on first use)').addOption(format()),
  ).action(async (opts: StoreCliOptions & { format: DbFormat }) => {
    const [before, after] = await withStore(opts, async (s) => [await s.status(), await s.migrate()] as const, false);
    const applied = after.applied.filter((m) => !before.applied.some((b) => b.version === m.version));
    if (opts.format === 'json') io.stdout.write(`${JSON.stringify({ ...after, newlyApplied: applied.map((m) => m.version) }, null, 2)}\n`);
    else {
      io.stdout.write(`${after.engine} ${after.location}\n`);
      if (applied.length === 0) io.stdout.write(`up to date (schema version ${schemaVersion(after)})\n`);
      for (const m of applied) io.stdout.write(`applied ${m.version} ${m.name}\n`);
    }
    onDone(0);
  });
  addStoreOptions(
    db
      .command('status')
      .description('show the engine, where the data is, and applied and pending migrations; applies nothing')
      .addOption(format()),
  ).action(async (opts: StoreCliOptions & { format: DbFormat }) => {
    const state = await withStore(opts, (s) => s.status(), false);
    io.stdout.write(opts.format === 'json' ? `${JSON.stringify(state, null, 2)}\n` : formatStatus(state));
    onDone(0);
  });
  return db;
}

function schemaVersion(s: MigrationState): number {
  return s.applied.at(-1)?.version ?? 0;
}

function formatStatus(s: MigrationState): string {
  const lines = [`engine:   ${s.engine}`, `location: ${s.location}`, `schema:   version ${schemaVersion(s)}`];
  for (const m of s.applied) lines.push(`  applied  ${String(m.version).padStart(3)}  ${m.appliedAt}  ${m.name}`);
  for (const m of s.pending) lines.push(`  pending  ${String(m.version).padStart(3)}  ${' '.repeat(24)}  ${m.name}`);
  if (s.pending.length > 0) lines.push(`${s.pending.length} pending: run 'vigie db migrate' (or any command that reads the store)`);
  return `${lines.join('\n')}\n`;
}
