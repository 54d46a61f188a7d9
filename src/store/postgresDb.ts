/**
 * A PostgreSQL server (15 or newer) through a small `pg` pool. The connection is tried
 * on open so that a wrong URL or a stopped server fails at once, with one E_DB line.
 * Saves go to the store's thread (./storeThread.ts), which has a connection of its own.
 */
import pg from 'pg';
import { VigieError } from '../core/errors.js';
import { errorMessage, maskUrl, toDbError, type Db, type Queryable } from './db.js';
import { startThread, type StoreThread } from './startThread.js';
import type { SaveOutcome } from './types.js';

const POOL_SIZE = 4;

export async function openPostgresDb(url: string): Promise<Db> {
  const location = maskUrl(url);
  let pool: pg.Pool;
  try {
    pool = new pg.Pool({ connectionString: url, max: POOL_SIZE, connectionTimeoutMillis: 10_000, application_name: 'vigie' });
  } catch (err) {
    throw new VigieError('E_DB', `bad database URL ${location}: ${(err as Error).message}`, {
      hint: 'expected postgres://user:password@host:port/database',
      cause: err,
    });
  }
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  try {
    await pool.query('SELECT 1');
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw new VigieError('E_DB', `cannot connect to PostgreSQL at ${location}: ${errorMessage(err)}`, {
      hint: 'check the URL given to --db or VIGIE_DATABASE_URL, and that the server is running',
      cause: err,
    });
  }

  const wrap = (q: pg.Pool | pg.PoolClient): Queryable => ({
    async query<R>(sql: string, params: readonly unknown[] = []) {
      try {
        const r = await q.query(sql, params as unknown[]);
        return { rows: r.rows as R[] };
      } catch (err) {
        throw toDbError(err, location);
      }
    },
    async exec(sql: string) {
      try {
        await q.query(sql); // no parameters: the simple protocol runs several statements
      } catch (err) {
        throw toDbError(err, location);
      }
    },
  });

  // Saves are prepared and written on a thread of their own, over its own connection,
  // started with the first save: commands that only read never start it.
  let writer: Promise<StoreThread> | null = null;
  let closed = false;
  return {
    engine: 'postgres',
    location,
    ...wrap(pool),
    async transaction(fn) {
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (err) {
        throw toDbError(err, location);
      }
      let broken = false;
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        try {
          await client.query('ROLLBACK');
        } catch {
          broken = true; // the connection is gone: do not return it to the pool
        }
        throw toDbError(err, location);
      } finally {
        client.release(broken);
      }
    },
    async writeSaves(inputs) {
      writer ??= startThread({ engine: 'postgres', url });
      let thread: StoreThread;
      try {
        thread = await writer;
      } catch (err) {
        writer = null; // the next save tries again
        throw toDbError(err, location);
      }
      try {
        return (await thread.call({ op: 'save', inputs })) as SaveOutcome[];
      } catch (err) {
        throw toDbError(err, location);
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      const thread = await writer?.catch(() => null);
      if (thread) {
        await thread.call({ op: 'close' }).catch(() => undefined);
        await thread.stop();
      }
      await pool.end();
    },
  };
}
