/**
 * A fresh database on the local PostgreSQL server, dropped afterwards. The admin URL
 * comes from VIGIE_TEST_DATABASE_URL (default: postgres@127.0.0.1:5432/postgres). An
 * unreachable server fails the test with a message saying how to start one: these
 * tests are never skipped.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const ADMIN_URL = process.env.VIGIE_TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

export interface ThrowawayDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function createThrowawayDatabase(): Promise<ThrowawayDatabase> {
  const name = `vigie_test_${randomBytes(6).toString('hex')}`;
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (err) {
    const e = err as Error & { errors?: Error[] };
    const why = e.message || e.errors?.[0]?.message || String(err);
    throw new Error(
      `PostgreSQL test server unreachable at ${ADMIN_URL} (${why}). Start it (pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start, or .ci/run does it) or set VIGIE_TEST_DATABASE_URL.`,
    );
  }
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
