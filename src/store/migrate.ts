/**
 * Applies the numbered migrations in ./migrations/, each in its own transaction, and
 * records them in `schema_migrations`. Safe to run concurrently against one server:
 * an advisory lock serialises runners and each re-checks what is applied.
 */
import type { MigrationState } from './types.js';
import { VigieError } from '../core/errors.js';
import type { Db, Queryable } from './db.js';
import { MIGRATIONS, type Migration } from './migrations/index.js';

/** Any constant; it names the migration lock for pg_advisory_xact_lock. */
const MIGRATION_LOCK = 0x76696769; // 'vigi'

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version integer PRIMARY KEY,
  name text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
)`;

export async function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): Promise<MigrationState> {
  const before = await migrationStatus(db, migrations);
  if (before.pending.length === 0) return before;
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(CREATE_TABLE);
  });
  for (const m of migrations) {
    await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const done = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [m.version]);
      if (done.rows.length > 0) return;
      await tx.exec(m.up);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
    });
  }
  return migrationStatus(db, migrations);
}

/** What is applied and what is pending; reads only, so `db status` never changes anything. */
export async function migrationStatus(db: Db, migrations: readonly Migration[] = MIGRATIONS): Promise<MigrationState> {
  const applied = await appliedMigrations(db);
  const known = new Set(applied.map((a) => a.version));
  const latest = Math.max(0, ...migrations.map((m) => m.version));
  const newer = applied.filter((a) => a.version > latest);
  if (newer.length > 0) {
    throw new VigieError(
      'E_DB',
      `the database ${db.location} has schema version ${newer.at(-1)!.version}, newer than this Vigie (${latest})`,
      {
        hint: 'upgrade Vigie, or point --db / --home at another store',
      },
    );
  }
  return {
    engine: db.engine,
    location: db.location,
    applied,
    pending: migrations.filter((m) => !known.has(m.version)).map((m) => ({ version: m.version, name: m.name })),
  };
}

async function appliedMigrations(q: Queryable): Promise<MigrationState['applied']> {
  const exists = await q.query<{ t: string | null }>("SELECT to_regclass('schema_migrations')::text AS t");
  if (exists.rows[0]?.t == null) return [];
  const r = await q.query<{ version: number; name: string; applied_at: Date }>(
    'SELECT version, name, applied_at FROM schema_migrations ORDER BY version',
  );
  return r.rows.map((row) => ({ version: row.version, name: row.name, appliedAt: row.applied_at.toISOString() }));
}
