/**
 * Starts the store's thread (./storeThread.ts) and talks to it by messages. The thread
 * keeps the process alive only while a request is pending: a caller that forgets
 * close() does not hang the process.
 */
import { Worker } from 'node:worker_threads';
import { VigieError, type ErrorCode } from '../core/errors.js';
import { errorMessage } from './db.js';
import type { ThreadCall, ThreadError, ThreadReply, ThreadRequest, ThreadTarget } from './threadProtocol.js';

export interface StoreThread {
  call(req: ThreadCall): Promise<unknown[]>;
  /** Runs `fn` when every earlier exclusive task has ended. */
  exclusive<T>(fn: () => Promise<T>): Promise<T>;
  stop(): Promise<void>;
}

export async function startThread(target: ThreadTarget): Promise<StoreThread> {
  // Under tsx (tests) this module is TypeScript and so is its sibling: the thread first
  // registers tsx's loader, then imports it.
  const entry = new URL(`./storeThread${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);
  const worker = entry.pathname.endsWith('.ts')
    ? new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); });`, {
        eval: true,
        workerData: target,
      })
    : new Worker(entry, { workerData: target });
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
    else p.reject(revive(reply.error));
  });
  worker.on('error', (err) => failAll(new VigieError('E_DB', `the store's thread stopped: ${errorMessage(err)}`, { cause: err })));
  worker.on('exit', (code) => failAll(new VigieError('E_DB', `the store's thread exited (code ${code})`)));

  const call = (req: ThreadCall): Promise<unknown[]> => {
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

/** Errors come back as plain data; Vigie's own become VigieErrors again, with their code and hint. */
function revive(e: ThreadError): Error {
  if (e.name === 'VigieError' && typeof e.fields['code'] === 'string') {
    const hint = e.fields['hint'];
    return new VigieError(e.fields['code'] as ErrorCode, e.message, typeof hint === 'string' ? { hint } : {});
  }
  return Object.assign(new Error(e.message), { name: e.name }, e.fields);
}
