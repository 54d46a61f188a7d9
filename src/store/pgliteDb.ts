/**
 * The embedded engine: PGlite (PostgreSQL compiled to WebAssembly) keeping its files in
 * `<home>/pgdata`. PGlite is single-user: two processes writing one folder would corrupt
 * it, so a lock file (`<home>/pgdata.lock`, holding the owner's pid) keeps other
 * processes out, and within a process every open of the same folder shares one instance.
 * PGlite runs one query or transaction at a time, which serialises transactions for us.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { VigieError } from '../core/errors.js';
import { errorMessage, toDbError, type Db, type Queryable } from './db.js';

interface Shared {
  pg: Promise<PGlite>;
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
    const pg = PGlite.create(dataDir).catch((err: unknown) => {
      open.delete(dataDir);
      releaseLock(lockFile);
      throw new VigieError('E_DB', `cannot open the database in ${dataDir}: ${errorMessage(err)}`, {
        hint: 'the folder may be damaged or written by another program; try another --home',
        cause: err,
      });
    });
    shared = { pg, refs: 0, lockFile };
    open.set(dataDir, shared);
  }
  shared.refs++;
  const pg = await shared.pg;
  const s = shared;
  let closed = false;

  const wrap = (q: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    async query<R>(sql: string, params: readonly unknown[] = []) {
      try {
        const r = await q.query<R>(sql, params as unknown[]);
        return { rows: r.rows };
      } catch (err) {
        throw toDbError(err, dataDir);
      }
    },
    async exec(sql: string) {
      try {
        await q.exec(sql);
      } catch (err) {
        throw toDbError(err, dataDir);
      }
    },
  });

  return {
    engine: 'pglite',
    location: dataDir,
    ...wrap(pg),
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    async close() {
      if (closed) return;
      closed = true;
      if (--s.refs > 0) return;
      open.delete(dataDir);
      try {
        await pg.close();
      } finally {
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
