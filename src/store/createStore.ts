/** The Store over an open database: each operation lives in its own module. */
import type { Db } from './db.js';
import { getFeedState, setFeedState } from './feedState.js';
import { flushSearchIndex } from './flushSearchIndex.js';
import { migrate, migrationStatus } from './migrate.js';
import { queryControlClaims, queryEvents } from './queryEvents.js';
import { articlesToCode, countArticlesToCode, exportArticles, getArticle, getRaw } from './readArticles.js';
import { saveEvents } from './saveEvents.js';
import { saveQueue } from './saveQueue.js';
import { searchArticles } from './searchArticles.js';
import { storeStats } from './storeStats.js';
import type { Store } from './types.js';

export function createStore(db: Db): Store {
  const queued = saveQueue(db);
  // Saves since the last flush: reads and exports leave the index alone.
  let unflushed = false;
  const flush = async (): Promise<void> => {
    if (!unflushed) return;
    unflushed = false;
    await flushSearchIndex(db);
  };
  return {
    engine: db.engine,
    migrate: () => migrate(db),
    status: () => migrationStatus(db),
    save(input) {
      unflushed = true;
      return queued(input);
    },
    flush,
    async hasRaw(url, sha256) {
      const r = await db.query(
        'SELECT 1 FROM articles a JOIN article_versions v ON v.article_id = a.id WHERE a.url = $1 AND v.raw_sha256 = $2 LIMIT 1',
        [url, sha256.toLowerCase()],
      );
      return r.rows.length > 0;
    },
    search: (q) => searchArticles(db, q),
    get: (idOrUrl) => getArticle(db, idOrUrl),
    getRaw: (idOrUrl, version) => getRaw(db, idOrUrl, version),
    export: (opts) => exportArticles(db, opts?.batchSize),
    stats: () => storeStats(db),
    saveEvents: (input) => saveEvents(db, input),
    articlesToCode: (coder) => articlesToCode(db, coder),
    countArticlesToCode: (coder) => countArticlesToCode(db, coder),
    events: (q) => queryEvents(db, q),
    controlClaims: (place) => queryControlClaims(db, place ?? null),
    getFeedState: (url) => getFeedState(db, url),
    setFeedState: (state) => setFeedState(db, state),
    async close() {
      try {
        await flush();
      } finally {
        await db.close();
      }
    },
  };
}
