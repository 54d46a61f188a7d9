/**
 * PGlite and PostgreSQL answer alike: the same articles saved in the same order give
 * the same search hits (ids, order, ranks, snippets), groups, exports and counts.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { openStore } from '../../src/store/openStore.js';
import type { SearchQuery, Store, StoredArticle } from '../../src/store/types.js';
import * as F from './fixtures.js';
import { createThrowawayDatabase, type ThrowawayDatabase } from './throwawayDatabase.js';

const SPECS = [
  F.dispatch,
  F.englishOther,
  F.copyRetitled,
  F.sameEventOtherReport,
  F.englishReport,
  F.copyTrimmed,
  F.germanReport,
  F.undated,
  F.copyEarlier,
  { ...F.englishOther, title: 'Council approves bridge', fetchedAt: '2024-02-21T10:00:00Z' },
];

const QUERIES: SearchQuery[] = [
  { text: 'Sahel' },
  { text: 'Kallasse' },
  { text: 'Kallassé' },
  { text: 'retirer soldats' },
  { text: 'withdrawing troops' },
  { text: 'debate' },
  { text: '"deux mille"' },
  { text: 'Gao or bridge' },
  { text: 'Kallassé -Gao' },
  { text: 'Abzug' },
  { text: 'sahel', lang: 'fr' },
  { text: 'sahel', since: '2024-03-06' },
  { text: 'sahel', until: '2024-03-05', source: 'example' },
  { text: 'sahel', since: '2024-03-05T09:30:00Z', until: '2024-03-05T12:00:00Z' },
  { text: 'sahel', limit: 3 },
  { text: 'the' },
  { text: 'nothing-like-this' },
];

describe('PGlite and PostgreSQL parity', () => {
  let home: string;
  let tmp: ThrowawayDatabase;
  let lite: Store;
  let server: Store;

  before(async () => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-parity-'));
    tmp = await createThrowawayDatabase();
    lite = await openStore({ home });
    server = await openStore({ url: tmp.url });
    for (const s of SPECS) {
      const a = await lite.save(F.input(s));
      const b = await server.save(F.input(s));
      assert.deepEqual(a, b, `save ${s.url}`);
    }
  });
  after(async () => {
    await lite?.close();
    await server?.close();
    await tmp?.drop();
    fs.rmSync(home, { recursive: true, force: true });
  });

  test('same migrations', async () => {
    const strip = (s: Awaited<ReturnType<Store['status']>>) => s.applied.map((m) => [m.version, m.name]);
    assert.deepEqual(strip(await lite.status()), strip(await server.status()));
  });

  test('same search results, in the same order, with the same ranks and snippets', async () => {
    let nonEmpty = 0;
    for (const q of QUERIES) {
      const a = await lite.search(q);
      const b = await server.search(q);
      assert.deepEqual(a, b, JSON.stringify(q));
      if (a.length > 1) nonEmpty++;
    }
    assert.ok(nonEmpty >= 8, 'the queries exercise ordering');
  });

  test('same exports and stats', async () => {
    const all = async (s: Store) => {
      const out: StoredArticle[] = [];
      for await (const a of s.export({ batchSize: 3 })) out.push(a);
      return out;
    };
    assert.deepEqual(await all(lite), await all(server));
    assert.deepEqual(await lite.stats(), await server.stats());
  });
});
