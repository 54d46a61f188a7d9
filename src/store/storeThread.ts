/**
 * The store's own thread. PGlite runs PostgreSQL as WebAssembly on the thread that
 * calls it, and preparing a save (hashes, fingerprint, compression) is CPU work too: on
 * the main thread both would stop extraction. So the embedded engine lives here and
 * the main thread talks to it by messages (./pgliteDb.ts); a PostgreSQL store sends
 * its saves here (./postgresDb.ts) over a connection of this thread's own.
 *
 * A save batch is one message: it is prepared and written here, statement after
 * statement, without waiting for the main thread between statements (the main thread
 * is busy extracting the next pages). Database work runs strictly in the order the
 * requests arrive, one at a time, so the caller may send a batch while the previous
 * one is being written: its preparation (compression on libuv's pool) starts at once
 * and overlaps that write.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { inTransaction, type Db, type Queryable } from './db.js';
import { openPostgresDb } from './postgresDb.js';
import type { Prepared } from './saveArticle.js';
import { prepare, writePrepared } from './saveArticles.js';
import type { ThreadError, ThreadReply, ThreadRequest, ThreadTarget } from './threadProtocol.js';

const port = parentPort;
if (port === null) throw new Error('storeThread runs as a worker thread');
const target = workerData as ThreadTarget;

const opened: Promise<Db> =
  target.engine === 'pglite' ? PGlite.create(target.dataDir).then((pg) => embeddedDb(pg, target.dataDir)) : openPostgresDb(target.url);
// Reported on the 'open' request; never an unhandled rejection here.
opened.catch(() => undefined);

let turn: Promise<unknown> = opened;

port.on('message', (req: ThreadRequest) => {
  // Preparing touches no database: it may run ahead of the queue.
  const ready = req.op === 'save' ? Promise.all(req.inputs.map(prepare)) : null;
  ready?.catch(() => undefined);
  const reply = turn.then(
    () => answer(req, ready),
    () => answer(req, ready),
  );
  turn = reply;
  void reply.then((r) => port.postMessage(r));
});

async function answer(req: ThreadRequest, ready: Promise<Prepared[]> | null): Promise<ThreadReply> {
  try {
    const db = await opened;
    switch (req.op) {
      case 'open':
        return { id: req.id, ok: true, rows: [] };
      case 'query':
        return { id: req.id, ok: true, rows: (await db.query(req.sql, req.params)).rows };
      case 'exec':
        await db.exec(req.sql);
        return { id: req.id, ok: true, rows: [] };
      case 'save':
        return { id: req.id, ok: true, rows: await writePrepared(db, await ready!) };
      case 'close':
        await db.close();
        return { id: req.id, ok: true, rows: [] };
    }
  } catch (err) {
    return { id: req.id, ok: false, error: serialise(err) };
  }
}

/** The PGlite instance as a Db; this thread is its only user, so BEGIN … COMMIT is enough. */
function embeddedDb(pg: PGlite, dataDir: string): Db {
  const q: Queryable = {
    async query<R>(sql: string, params: readonly unknown[] = []) {
      return { rows: (await pg.query(sql, [...params])).rows as R[] };
    },
    async exec(sql: string) {
      await pg.exec(sql);
    },
  };
  return {
    engine: 'pglite',
    location: dataDir,
    ...q,
    transaction: (fn) => inTransaction(q, fn),
    close: () => pg.close(),
  };
}

/** Errors cross threads as plain data: message, name and fields such as the SQLSTATE `code` or Vigie's `hint`. */
function serialise(err: unknown): ThreadError {
  const e = (err ?? {}) as Record<string, unknown>;
  const fields: Record<string, string | number> = {};
  for (const k of ['code', 'detail', 'hint', 'position', 'severity', 'constraint', 'table', 'column']) {
    const v = e[k];
    if (typeof v === 'string' || typeof v === 'number') fields[k] = v;
  }
  return {
    name: typeof e['name'] === 'string' ? e['name'] : 'Error',
    message: err instanceof Error ? err.message : String(err),
    fields,
  };
}
