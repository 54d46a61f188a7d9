/**
 * The embedded engine's own thread. PGlite runs PostgreSQL as WebAssembly on the
 * thread that calls it: on the main thread every insert would stop extraction, so the
 * store gives it this worker and talks to it by messages (./pgliteDb.ts). Requests are
 * answered in the order they arrive; the caller decides what may run concurrently.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import type { ThreadError, ThreadReply, ThreadRequest } from './pgliteProtocol.js';

const port = parentPort;
if (port === null) throw new Error('pgliteThread runs as a worker thread');
const { dataDir } = workerData as { dataDir: string };

let pg: PGlite | null = null;
const opened = PGlite.create(dataDir).then((p) => (pg = p));
// Reported on the 'open' request; never an unhandled rejection here.
opened.catch(() => undefined);

port.on('message', (req: ThreadRequest) => {
  void answer(req).then((reply) => port.postMessage(reply));
});

async function answer(req: ThreadRequest): Promise<ThreadReply> {
  try {
    await opened;
    const db = pg!;
    switch (req.op) {
      case 'open':
        return { id: req.id, ok: true, rows: [] };
      case 'query': {
        const r = await db.query(req.sql, req.params);
        return { id: req.id, ok: true, rows: r.rows as unknown[] };
      }
      case 'exec':
        await db.exec(req.sql);
        return { id: req.id, ok: true, rows: [] };
      case 'close':
        await db.close();
        return { id: req.id, ok: true, rows: [] };
    }
  } catch (err) {
    return { id: req.id, ok: false, error: serialise(err) };
  }
}

/** Errors cross threads as plain data: message, name and fields such as the SQLSTATE `code`. */
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
