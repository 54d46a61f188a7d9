/**
 * Group commit for saves. A save issued while another batch is being written waits
 * for it and then goes out with every other waiting save in one transaction: under
 * load (an ingest keeps several saves in flight) statements and commits are paid per
 * batch, and with no load a save is written at once, alone.
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
  const waiting: Pending[] = [];
  let running = false;

  async function drain(): Promise<void> {
    running = true;
    try {
      while (waiting.length > 0) {
        const batch = waiting.splice(0, MAX_BATCH);
        try {
          const outcomes = await saveArticles(
            db,
            batch.map((p) => p.input),
          );
          batch.forEach((p, i) => p.resolve(outcomes[i]!));
        } catch {
          // One bad document must not fail its neighbours: retry them one by one, so
          // each caller gets its own outcome or its own error.
          for (const p of batch) {
            try {
              p.resolve((await saveArticles(db, [p.input]))[0]!);
            } catch (err) {
              p.reject(err);
            }
          }
        }
      }
    } finally {
      running = false;
    }
  }

  return (input) =>
    new Promise<SaveOutcome>((resolve, reject) => {
      waiting.push({ input, resolve, reject });
      if (!running) void drain();
    });
}
