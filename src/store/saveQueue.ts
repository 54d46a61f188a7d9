/**
 * Group commit for saves. A save issued while a batch is being written waits for it
 * and then goes out with every other waiting save in one transaction: under load (an
 * ingest keeps several saves in flight) statements and commits are paid per batch,
 * and with no load a save is written at once, alone.
 *
 * An engine that writes on the store's thread (Db.writeSaves) takes the next batch
 * while it writes one: that thread prepares it (hashes, fingerprints, compression)
 * meanwhile and writes it next, with no wait for this thread in between.
 */
import type { Db } from './db.js';
import { saveArticles } from './saveArticles.js';
import type { SaveInput, SaveOutcome } from './types.js';

/** Bounded so that one transaction stays short and its statements stay small. */
const MAX_BATCH = 64;

interface Pending {
  input: SaveInput;
  resolve: (o: SaveOutcome) => void;
  reject: (e: unknown) => void;
}

export function saveQueue(db: Db): (input: SaveInput) => Promise<SaveOutcome> {
  const write = (inputs: SaveInput[]): Promise<SaveOutcome[]> => (db.writeSaves ? db.writeSaves(inputs) : saveArticles(db, inputs));
  const maxBatches = db.writeSaves ? 2 : 1;
  const waiting: Pending[] = [];
  let running = 0;

  async function send(batch: Pending[]): Promise<void> {
    try {
      const outcomes = await write(batch.map((p) => p.input));
      batch.forEach((p, i) => p.resolve(outcomes[i]!));
    } catch {
      // One bad document must not fail its neighbours: retry them one by one, so
      // each caller gets its own outcome or its own error.
      for (const p of batch) {
        try {
          p.resolve((await write([p.input]))[0]!);
        } catch (err) {
          p.reject(err);
        }
      }
    }
  }

  function pump(): void {
    while (running < maxBatches && waiting.length > 0) {
      const batch = waiting.splice(0, MAX_BATCH);
      running++;
      void send(batch).finally(() => {
        running--;
        pump();
      });
    }
  }

  return (input) =>
    new Promise<SaveOutcome>((resolve, reject) => {
      waiting.push({ input, resolve, reject });
      pump();
    });
}
