/**
 * The little the store needs from a database engine. Two drivers implement it:
 * PGlite (./pgliteDb.ts) and a PostgreSQL server (./postgresDb.ts). SQL written
 * against it must run on both: PostgreSQL 15 features at most.
 *
 * Drivers differ in how they parse result types (int8 is a string in `pg`, a number in
 * PGlite; bytea a Buffer or a Uint8Array), so queries cast what they return: ids
 * `::text`, counts `::int`. Dates come back as Date from both.
 */
import { VigieError } from '../core/errors.js';
import type { SaveInput, SaveOutcome } from './types.js';

export type Engine = 'pglite' | 'postgres';

export interface Queryable {
  /** One statement, with $1… parameters. */
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<{ rows: R[] }>;
  /** Several statements, no parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  readonly engine: Engine;
  /** The data folder, or the server URL with its password masked. */
  readonly location: string;
  /** Runs `fn` in BEGIN … COMMIT; anything thrown rolls everything back. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * Prepares and writes a batch of saves in one transaction somewhere other than the
   * calling thread (./storeThread.ts). Absent, saves run here (./saveArticles.ts).
   */
  writeSaves?(inputs: SaveInput[]): Promise<SaveOutcome[]>;
  close(): Promise<void>;
}

/** BEGIN … COMMIT around `fn` on a connection of its own; anything thrown rolls back. */
export async function inTransaction<T>(conn: Queryable, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  await conn.exec('BEGIN');
  try {
    const value = await fn(conn);
    await conn.exec('COMMIT');
    return value;
  } catch (err) {
    await conn.exec('ROLLBACK').catch(() => undefined);
    throw err;
  }
}

/** postgres://user:secret@host/db → postgres://user:***@host/db */
export function maskUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password !== '') u.password = '***';
    return u.href;
  } catch {
    return url.replace(/(:\/\/[^:/@]*:)[^@]*@/, '$1***@');
  }
}

/**
 * Engine errors that mean "the database is not there" (refused connection, server
 * shutting down, too many clients…) become one-line E_DB errors; SQL errors are bugs
 * and go through unchanged.
 */
export function toDbError(err: unknown, location: string): unknown {
  if (err instanceof VigieError) return err;
  const e = err as { code?: unknown };
  const code = typeof e.code === 'string' ? e.code : '';
  const message = errorMessage(err);
  // Node socket errors (ECONNREFUSED, ENOTFOUND…) and SQLSTATE classes 08 (connection),
  // 28 (authorisation), 3D (no such database), 53 (resources), 57 (operator intervention).
  if (
    /^E[A-Z]+$/.test(code) ||
    /^(08|28|3D|53|57)/.test(code) ||
    /Connection terminated|timeout exceeded when trying to connect/i.test(message)
  ) {
    return new VigieError('E_DB', `database ${location}: ${message}`, { cause: err });
  }
  return err;
}

/** One line; Node reports a refused localhost connection as an AggregateError with an empty message. */
export function errorMessage(err: unknown): string {
  const e = err as { message?: unknown; errors?: Array<{ message?: unknown }> };
  const pick = (m: unknown): string => (typeof m === 'string' ? m : '');
  const message = pick(e?.message) || e?.errors?.map((x) => pick(x?.message)).find((m) => m !== '') || String(err);
  return message.replace(/\s*\n\s*/g, ' ');
}
