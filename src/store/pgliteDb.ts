/**
 * The embedded engine: PGlite (PostgreSQL compiled to WebAssembly) keeping its files in
 * `<home>/pgdata`. PGlite is single-user: two processes writing one folder would corrupt
 * it, so a lock file (`<home>/pgdata.lock`, holding the owner's pid) keeps other
 * processes out, and within a process every open of the same folder shares one instance.
 * PGlite runs on its own thread (./pgliteThread.ts) with one connection: statements
 * and transactions are serialised here, one transaction at a time.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { VigieError } from '../core/errors.js';
import { errorMessage, toDbError, type Db, type Queryable } from './db.js';
import type { ThreadReply, ThreadRequest } from './pgliteProtocol.js';

interface Shared {
  thread: Promise<PgliteThread>;
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
    const thread = startThread(dataDir).catch((err: unknown) => {
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
    transaction: (fn) =>
      thread.exclusive(async () => {
        await direct.exec('BEGIN');
        try {
          const value = await fn(direct);
          await direct.exec('COMMIT');
          return value;
        } catch (err) {
          await direct.exec('ROLLBACK').catch(() => undefined);
          throw err;
        }
      }),
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

type Call = { op: 'open' | 'close' } | { op: 'query'; sql: string; params: unknown[] } | { op: 'exec'; sql: string };

interface PgliteThread {
  call(req: Call): Promise<unknown[]>;
  /** Runs `fn` when every earlier exclusive task has ended. */
  exclusive<T>(fn: () => Promise<T>): Promise<T>;
  stop(): Promise<void>;
}

/**
 * Starts PGlite on its own thread (./pgliteThread.ts) and waits for it to open the data
 * folder. The thread keeps the process alive only while a request is pending, as the
 * in-process engine did: a caller that forgets close() does not hang the process.
 */
async function startThread(dataDir: string): Promise<PgliteThread> {
  // Under tsx (tests) this module is TypeScript and so is its sibling: the thread first
  // registers tsx's loader, then imports it.
  const entry = new URL(`./pgliteThread${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);
  const worker = entry.pathname.endsWith('.ts')
    ? new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); });`, {
        eval: true,
        workerData: { dataDir },
      })
    : new Worker(entry, { workerData: { dataDir } });
  worker.unref();
  const pending = new Map<number, { resolve: (rows: unknown[]) => void; reject: (e: unknown) => void }>();
  let nextId = 1;
  let dead: Error | null = null;
  const failAll = (err: Error): void => {
    dead = err;
    for (const p of pending.values()) p.reject(err);
    pending.clear();
    worker.unref();
  };
  worker.on('message', (reply: ThreadReply) => {
    const p = pending.get(reply.id);
    if (p === undefined) return;
    pending.delete(reply.id);
    if (pending.size === 0) worker.unref();
    if (reply.ok) p.resolve(reply.rows);
    else p.reject(Object.assign(new Error(reply.error.message), { name: reply.error.name }, reply.error.fields));
  });
  worker.on('error', (err) => failAll(new VigieError('E_DB', `the embedded database stopped: ${errorMessage(err)}`, { cause: err })));
  worker.on('exit', (code) => failAll(new VigieError('E_DB', `the embedded database thread exited (code ${code})`)));

  const call = (req: Call): Promise<unknown[]> => {
    if (dead !== null) return Promise.reject(dead);
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      if (pending.size === 1) worker.ref();
      worker.postMessage({ ...req, id } as ThreadRequest);
    });
  };
  let chain: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = chain.then(fn, fn);
    chain = run.catch(() => undefined);
    return run;
  };
  try {
    await call({ op: 'open' });
  } catch (err) {
    await worker.terminate();
    throw err;
  }
  return {
    call,
    exclusive,
    async stop() {
      worker.removeAllListeners('exit');
      await worker.terminate();
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
