/** Messages between the store and its PGlite thread (./pgliteThread.ts). */
export type ThreadRequest =
  | { id: number; op: 'open' | 'close' }
  | { id: number; op: 'query'; sql: string; params: unknown[] }
  | { id: number; op: 'exec'; sql: string };

export interface ThreadError {
  name: string;
  message: string;
  fields: Record<string, string | number>;
}

export type ThreadReply = { id: number; ok: true; rows: unknown[] } | { id: number; ok: false; error: ThreadError };
