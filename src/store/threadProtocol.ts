/** Messages between the store and its thread (./storeThread.ts, started by ./startThread.ts). */
import type { SaveInput } from './types.js';

/** What the thread opens: the embedded engine's data folder, or a server's URL (writes only). */
export type ThreadTarget = { engine: 'pglite'; dataDir: string } | { engine: 'postgres'; url: string };

export type ThreadCall =
  | { op: 'open' | 'close' }
  | { op: 'query'; sql: string; params: unknown[] }
  | { op: 'exec'; sql: string }
  /** A batch of saves, prepared and written in one transaction on the thread. */
  | { op: 'save'; inputs: SaveInput[] };

export type ThreadRequest = ThreadCall & { id: number };

export interface ThreadError {
  name: string;
  message: string;
  fields: Record<string, string | number>;
}

export type ThreadReply = { id: number; ok: true; rows: unknown[] } | { id: number; ok: false; error: ThreadError };
