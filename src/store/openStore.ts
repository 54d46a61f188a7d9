/**
 * Opens the store the user asked for: a PostgreSQL server when a URL is given (--db or
 * VIGIE_DATABASE_URL), else PGlite in the home folder (--home, VIGIE_HOME, ./.vigie).
 * Pending migrations are applied unless `migrate: false`.
 */
import { VigieError } from '../core/errors.js';
import { createStore } from './createStore.js';
import type { Db } from './db.js';
import { openPgliteDb } from './pgliteDb.js';
import { openPostgresDb } from './postgresDb.js';
import type { Store, StoreOptions } from './types.js';

export const DEFAULT_HOME = '.vigie';

export async function openStore(opts: StoreOptions = {}): Promise<Store> {
  const db = await openDb(opts);
  const store = createStore(db);
  if (opts.migrate !== false) {
    try {
      await store.migrate();
    } catch (err) {
      await db.close().catch(() => undefined);
      throw err;
    }
  }
  return store;
}

export async function openDb(opts: Pick<StoreOptions, 'url' | 'home'> = {}): Promise<Db> {
  const url = nonEmpty(opts.url) ?? nonEmpty(process.env.VIGIE_DATABASE_URL);
  if (url !== null) {
    if (!/^postgres(?:ql)?:\/\//i.test(url)) {
      throw new VigieError('E_USAGE', `not a PostgreSQL URL: ${url.replace(/:[^:@/]*@/, ':***@')}`, {
        hint: 'give --db (or VIGIE_DATABASE_URL) as postgres://user:password@host:port/database',
      });
    }
    return openPostgresDb(url);
  }
  return openPgliteDb(nonEmpty(opts.home) ?? nonEmpty(process.env.VIGIE_HOME) ?? DEFAULT_HOME);
}

function nonEmpty(s: string | null | undefined): string | null {
  return s === undefined || s === null || s.trim() === '' ? null : s.trim();
}
