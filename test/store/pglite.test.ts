/** The store contract on the embedded engine, in a temporary data folder. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { openPgliteDb } from '../../src/store/pgliteDb.js';
import { storeContract } from './storeContract.js';

storeContract('PGlite', async () => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-store-'));
  const db = await openPgliteDb(home);
  return {
    ...db,
    async close() {
      await db.close();
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
});
