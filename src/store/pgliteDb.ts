/**
 * The embedded engine: PGlite (PostgreSQL compiled to WebAssembly) keeping its files in
 * `<home>/pgdata`. PGlite is single-user: two processes writing one folder would corrupt
 * it, so a lock file (`<home>/pgdata.lock`, holding the owner's pid) keeps other
 * processes out, and within a process every open of the same folder shares one instance.
 * PGlite runs on the store's thread (./storeThread.ts) with one connection: statements
 * and transactions are serialised here, one transaction at a time. A batch of saves
 * goes over whole and is prepared and written there.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { VigieError } from '../core/errors.js';
import { errorMessage, inTransaction, toDbError, type Db, type Queryable } from './db.js';
import type { SaveOutcome } from './types.js';
import { startThread, type StoreThread } from './startThread.js';

interface Shared {
  thread: Promise<StoreThread>;
  refs: number;
  lockFile: string;
}

const open = new Map<string, Shared>();

export async function openPgliteDb(home: string): Promise<Db> {
  const root = path.resolve(home);
  const dataDir = path.join(root, 'pgdata');
  let shared = open.get(dataDir);
  if (shared === undefined) {
    try {
      fs.mkdirSync(root, { recursive: true });
    } catch (err) {
      throw new VigieError('E_DB', `cannot create the data folder ${root}: ${(err as Error).message}`, {
        hint: 'choose another folder with --home or VIGIE_HOME',
        cause: err,
      });
    }
    const lockFile = path.join(root, 'pgdata.lock');
    takeLock(lockFile, root);
    const thread = startThread({ engine: 'pglite', dataDir }).catch((err: unknown) => {
      open.delete(dataDir);
      releaseLock(lockFile);
      throw new VigieError('E_DB', `cannot open the database in ${dataDir}: ${errorMessage(err)}`, {
        hint: 'the folder may be damaged or written by another program; try another --home',
        cause: err,
      });
    });
    shared = { thread, refs: 0, lockFile };
    open.set(dataDir, shared);
  }
  shared.refs++;
  const thread = await shared.thread;
  const s = shared;
  let closed = false;

  const direct: Queryable = {
    async query<R>(sql: string, params: readonly unknown[] = []) {
      try {
        return { rows: (await thread.call({ op: 'query', sql, params: [...params] })) as R[] };
      } catch (err) {
        throw toDbError(err, dataDir);
      }
    },
    async exec(sql: string) {
      try {
        await thread.call({ op: 'exec', sql });
      } catch (err) {
        throw toDbError(err, dataDir);
      }
    },
  };

  return {
    engine: 'pglite',
    location: dataDir,
    // One connection: a statement outside a transaction waits for the open one to end,
    // or it would run inside it.
    query: (sql, params) => thread.exclusive(() => direct.query(sql, params)),
    exec: (sql) => thread.exclusive(() => direct.exec(sql)),
    transaction: (fn) => thread.exclusive(() => inTransaction(direct, fn)),
    // The thread runs requests in arrival order: once the batch is posted, later
    // statements (another batch, a transaction) may follow it without waiting.
    async writeSaves(inputs) {
      let sent: Promise<unknown[]> | undefined;
      await thread.exclusive(async () => {
        sent = thread.call({ op: 'save', inputs });
        sent.catch(() => undefined);
      });
      try {
        return (await sent!) as SaveOutcome[];
      } catch (err) {
        throw toDbError(err, dataDir);
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      if (--s.refs > 0) return;
      open.delete(dataDir);
      try {
        await thread.exclusive(() => thread.call({ op: 'close' }));
      } finally {
        await thread.stop();
        releaseLock(s.lockFile);
      }
    },
  };
}

const held = new Set<string>();
let exitHook = false;

function takeLock(lockFile: string, root: string): void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, `${process.pid}\n`, { flag: 'wx' });
      held.add(lockFile);
      if (!exitHook) {
        exitHook = true;
        // A crash or Ctrl-C still frees the folder; a kill -9 leaves a stale lock that
        // the next run recognises by its dead pid.
        process.on('exit', () => held.forEach(releaseLock));
      }
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new VigieError('E_DB', `cannot lock the data folder ${root}: ${(err as Error).message}`, {
          hint: 'check permissions on --home / VIGIE_HOME',
          cause: err,
        });
      }
      const owner = readPid(lockFile);
      if (owner !== null && owner !== process.pid && isAlive(owner)) {
        throw new VigieError('E_DB', `the data folder ${root} is in use by another Vigie process (pid ${owner})`, {
          hint: 'wait for it to finish, or use a PostgreSQL server (--db) to share one store between processes',
        });
      }
      fs.rmSync(lockFile, { force: true }); // stale: its owner is gone
    }
  }
  throw new VigieError('E_DB', `cannot lock the data folder ${root}`, { hint: 'another process keeps recreating the lock; retry' });
}

function releaseLock(lockFile: string): void {
  if (!held.delete(lockFile)) return;
  try {
    if (readPid(lockFile) === process.pid) fs.rmSync(lockFile, { force: true });
  } catch {
    // best effort: a stale lock is recognised later
  }
}

function readPid(file: string): number | null {
  try {
    const n = Number(fs.readFileSync(file, 'utf8').trim());
    return Number.isSafeInteger(n) && n > 0 ? n : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
