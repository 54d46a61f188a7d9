/** The store contract on a PostgreSQL server, in a throwaway database. */
import { openPostgresDb } from '../../src/store/postgresDb.js';
import { storeContract } from './storeContract.js';
import { createThrowawayDatabase } from './throwawayDatabase.js';

storeContract('PostgreSQL', async () => {
  const tmp = await createThrowawayDatabase();
  const db = await openPostgresDb(tmp.url);
  return {
    ...db,
    async close() {
      await db.close();
      await tmp.drop();
    },
  };
});
