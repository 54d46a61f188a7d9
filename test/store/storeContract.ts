/**
 * The store contract suite, run on every engine (pglite.test.ts, postgres.test.ts).
 * `makeDb` opens a fresh, empty database; its close() disposes of it. Tables are
 * emptied between tests so that each reads on its own.
 */
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import { createStore } from '../../src/store/createStore.js';
import { saveArticles } from '../../src/store/saveArticles.js';
import type { Db, Queryable } from '../../src/store/db.js';
import { sha256Hex } from '../../src/store/saveArticle.js';
import type { Analysis } from '../../src/analyze/types.js';
import type { SearchHit, Store } from '../../src/store/types.js';
import * as F from './fixtures.js';
import { ARMY, claim, district, IDLIB, record, RUSSIA } from '../events/records.js';
import { placeQuery } from '../../src/events/placeQuery.js';

const TABLES = 'articles, article_versions, article_minhash_bands, outlets, feed_state, events';

export function storeContract(name: string, makeDb: () => Promise<Db>): void {
  describe(`store contract: ${name}`, () => {
    let db: Db;
    let store: Store;
    const count = async (table: string): Promise<number> =>
      (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]!.n;
    const saveAll = async (...specs: F.PageSpec[]): Promise<string[]> => {
      const ids: string[] = [];
      for (const s of specs) ids.push((await store.save(F.input(s))).articleId);
      return ids;
    };
    const urls = (hits: SearchHit[]): string[] => hits.map((h) => h.url);

    before(async () => {
      db = await makeDb();
      store = createStore(db);
    });
    after(async () => {
      await store?.close();
    });

    describe('migrations', () => {
      test('status lists pending migrations on an empty database, then migrate applies them once', async () => {
        const fresh = await store.status();
        assert.equal(fresh.engine, store.engine);
        assert.equal(fresh.applied.length, 0);
        assert.ok(fresh.pending.length >= 1);
        assert.equal(fresh.pending[0]!.version, 1);

        const first = await store.migrate();
        assert.equal(first.pending.length, 0);
        assert.deepEqual(
          first.applied.map((m) => m.version),
          fresh.pending.map((m) => m.version),
        );
        const again = await store.migrate();
        assert.deepEqual(again.applied, first.applied, 'a second migrate changes nothing');
        assert.deepEqual(await store.status(), again);
      });

      test('a database migrated by a newer Vigie is refused with E_DB', async () => {
        await db.query("INSERT INTO schema_migrations (version, name) VALUES (9999, 'from the future')");
        try {
          await assert.rejects(
            store.status(),
            (e: Error & { code?: string }) => e.code === 'E_DB' && /newer than this Vigie/.test(e.message),
          );
          await assert.rejects(store.migrate(), (e: Error & { code?: string }) => e.code === 'E_DB');
        } finally {
          await db.query('DELETE FROM schema_migrations WHERE version = 9999');
        }
      });
    });

    describe('with a migrated database', () => {
      before(async () => {
        await store.migrate();
      });
      beforeEach(async () => {
        await db.query(`TRUNCATE ${TABLES} RESTART IDENTITY CASCADE`);
      });

      test('save: new, then unchanged for the same bytes or the same text, nothing written', async () => {
        const first = await store.save(F.input(F.dispatch));
        assert.equal(first.status, 'new');
        assert.equal(first.version, 1);
        assert.match(first.articleId, /^\d+$/);

        const again = await store.save(F.input(F.dispatch));
        assert.deepEqual(again, { ...first, status: 'unchanged' });

        // Other bytes (a rotating ad), same extracted text.
        const noisy = F.input(F.dispatch, F.page(F.dispatch).replace('</body>', '<!-- ad slot 42 --></body>'));
        assert.equal((await store.save(noisy)).status, 'unchanged');

        assert.equal(await count('articles'), 1);
        assert.equal(await count('article_versions'), 1);
        assert.equal(await count('outlets'), 1);
      });

      test('analyses: stored with the version they were made from, in one save, alone or in a batch', async () => {
        const analysis = (word: string): Analysis => ({
          language: { code: 'fr', confidence: 0.9 },
          sentences: [{ start: 0, end: 10 }],
          entities: [
            { id: 'e1', kind: 'organization', name: word, mentions: [{ start: 0, end: word.length, text: word }], aliases: [], role: null },
          ],
          places: [],
          quotes: [],
          times: [],
        });
        const alone = await store.save({ ...F.input(F.dispatch), analysis: { analyzer: 'vigie/test', analysis: analysis('AFP') } });
        const got = await store.get(alone.articleId);
        assert.equal(got?.analysis?.analyzer, 'vigie/test');
        assert.deepEqual(got?.analysis?.analysis, analysis('AFP'));
        // A batch (group commit): one analysed, one not.
        const [x, y] = await Promise.all([
          store.save({ ...F.input(F.englishReport), analysis: { analyzer: 'vigie/test', analysis: analysis('Reuters') } }),
          store.save(F.input(F.sameEventOtherReport)),
        ]);
        assert.equal((await store.get(x!.articleId))?.analysis?.analysis.entities[0]?.name, 'Reuters');
        assert.equal((await store.get(y!.articleId))?.analysis, null);
        // A new version without analysis: the current version has none; the old one's is kept.
        const edited = { ...F.dispatch, title: 'Sahel : le retrait confirmé', fetchedAt: '2024-03-05T18:00:00Z' };
        const v2 = await store.save(F.input(edited));
        assert.equal(v2.version, 2);
        assert.equal((await store.get(alone.articleId))?.analysis, null);
        const kept = await db.query<{ version: number }>('SELECT version FROM article_analyses WHERE article_id = $1::bigint', [
          alone.articleId,
        ]);
        assert.deepEqual(
          kept.rows.map((r) => r.version),
          [1],
        );
      });

      test('save: changed content is a new version; old versions and raw bytes are kept, gzipped', async () => {
        const v1 = F.input(F.dispatch);
        const edited = { ...F.dispatch, title: 'Sahel : le retrait des soldats français confirmé', fetchedAt: '2024-03-05T18:00:00Z' };
        const v2 = F.input(edited);
        const a = await store.save(v1);
        const b = await store.save(v2);
        assert.equal(b.status, 'updated');
        assert.equal(b.articleId, a.articleId);
        assert.equal(b.version, 2);

        const stored = await store.get(a.articleId);
        assert.ok(stored);
        assert.equal(stored.version, 2);
        assert.equal(stored.versions, 2);
        assert.equal(stored.article.title, edited.title);
        assert.equal(stored.fetchedAt, '2024-03-05T18:00:00.000Z');

        assert.deepEqual(Buffer.from((await store.getRaw(a.articleId, 1))!), Buffer.from(v1.fetch.raw));
        assert.deepEqual(Buffer.from((await store.getRaw(F.dispatch.url))!), Buffer.from(v2.fetch.raw));
        assert.equal(await store.getRaw(a.articleId, 3), null);

        const rows = await db.query<{ version: number; raw_gz: Uint8Array; raw_size: number; raw_sha256: string }>(
          'SELECT version, raw_gz, raw_size, raw_sha256 FROM article_versions ORDER BY version',
        );
        assert.equal(rows.rows.length, 2);
        for (const [i, row] of rows.rows.entries()) {
          const raw = [v1, v2][i]!.fetch.raw;
          assert.ok(row.raw_gz.byteLength < row.raw_size, 'stored compressed');
          assert.deepEqual(gunzipSync(row.raw_gz), Buffer.from(raw));
          assert.equal(row.raw_sha256, sha256Hex(raw));
        }

        assert.equal(await store.hasRaw(F.dispatch.url, sha256Hex(v1.fetch.raw)), true);
        assert.equal(await store.hasRaw(F.dispatch.url, sha256Hex(v2.fetch.raw)), true);
        assert.equal(await store.hasRaw(F.dispatch.url, sha256Hex('other')), false);
        assert.equal(await store.hasRaw('https://nowhere.example/', sha256Hex(v1.fetch.raw)), false);

        // The first version's bytes again: already stored, nothing new.
        assert.equal((await store.save(v1)).status, 'unchanged');
        assert.equal(await count('article_versions'), 2);
      });

      test('save is all or nothing: a failure in the middle leaves no row behind', async () => {
        const failing = createStore(failOn(db, /INSERT INTO article_minhash_bands/));
        await assert.rejects(failing.save(F.input(F.dispatch)), /injected failure/);
        for (const t of TABLES.split(', ')) assert.equal(await count(t), 0, `${t} is empty`);

        // An update that fails keeps the previous version intact.
        await store.save(F.input(F.dispatch));
        const edited = F.input({ ...F.dispatch, title: 'Titre corrigé après coup' });
        await assert.rejects(failing.save(edited), /injected failure/);
        const stored = await store.get(F.dispatch.url);
        assert.equal(stored?.version, 1);
        assert.equal(stored?.article.title, F.dispatch.title);
        assert.equal(await count('article_versions'), 1);

        // And the re-run stores it exactly once.
        assert.equal((await store.save(edited)).status, 'updated');
        assert.equal(await count('articles'), 1);
        assert.equal(await count('article_versions'), 2);
      });

      test('near-duplicates: lightly edited copies join the earliest one’s group', async () => {
        const [agency, retitled, trimmed, other] = await saveAll(F.dispatch, F.copyRetitled, F.copyTrimmed, F.sameEventOtherReport);
        for (const id of [agency, retitled, trimmed]) {
          const a = await store.get(id!);
          assert.equal(a?.duplicateGroup, agency, `article ${id} is in the agency's group`);
          assert.equal(a?.isDuplicate, id !== agency);
        }
        const independent = await store.get(other!);
        assert.equal(independent?.duplicateGroup, null, 'a different report on the same event is not a duplicate');
        assert.equal(independent?.isDuplicate, false);

        // A copy published before the agency page becomes the canonical one: the group is re-pointed.
        const early = await store.save(F.input(F.copyEarlier));
        assert.equal(early.duplicateGroup, early.articleId);
        assert.equal(early.isDuplicate, false);
        for (const id of [agency, retitled, trimmed]) {
          const a = await store.get(id!);
          assert.equal(a?.duplicateGroup, early.articleId);
          assert.equal(a?.isDuplicate, true);
        }
        assert.equal((await store.stats()).duplicateGroups, 1);
      });

      test('concurrent saves are written together and give the outcomes of saves one by one', async () => {
        // Issued at once, these go out as one batch (group commit): new pages, copies
        // of one dispatch (one published before the agency page), the same URL twice
        // with different content, and an unrelated article.
        const changed = { ...F.englishReport, paragraphs: [...F.englishReport.paragraphs, 'A later paragraph was added to this report.'] };
        const outs = await Promise.all(
          [F.dispatch, F.copyRetitled, F.copyTrimmed, F.copyEarlier, F.sameEventOtherReport, F.englishReport, changed].map((s) =>
            store.save(F.input(s)),
          ),
        );
        assert.deepEqual(
          outs.map((o) => o.status),
          ['new', 'new', 'new', 'new', 'new', 'new', 'updated'],
        );
        const [agency, retitled, trimmed, early, other, english, english2] = outs;
        for (const o of [agency, retitled, trimmed, early]) {
          assert.equal((await store.get(o!.articleId))?.duplicateGroup, early!.articleId, 'the earliest copy is canonical');
        }
        assert.equal((await store.get(early!.articleId))?.isDuplicate, false);
        assert.equal((await store.get(agency!.articleId))?.isDuplicate, true);
        assert.equal((await store.get(other!.articleId))?.duplicateGroup, null);
        assert.equal(english2!.articleId, english!.articleId);
        assert.equal(english2!.version, 2);
        assert.equal(await count('articles'), 6);
        assert.equal(await count('article_versions'), 7);
        // And once more, all at once: nothing new.
        const again = await Promise.all([F.dispatch, F.copyRetitled, F.copyTrimmed].map((s) => store.save(F.input(s))));
        assert.deepEqual(
          again.map((o) => o.status),
          ['unchanged', 'unchanged', 'unchanged'],
        );
      });

      test('near-duplicates: an article rewritten into something else leaves its group', async () => {
        const [agency, retitled] = await saveAll(F.dispatch, F.copyRetitled);
        assert.equal((await store.get(retitled!))?.duplicateGroup, agency);
        const rewritten = await store.save(F.input({ ...F.copyRetitled, paragraphs: F.englishOther.paragraphs, lang: 'en' }));
        assert.equal(rewritten.status, 'updated');
        assert.equal(rewritten.duplicateGroup, null);
        assert.equal((await store.get(agency!))?.duplicateGroup, null, 'a group of one is dissolved');
      });

      test('near-duplicates: a verbatim copy has no bands of its own; its group stays findable when its twin changes', async () => {
        const bandsOf = async (id: string): Promise<number> =>
          (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM article_minhash_bands WHERE article_id = $1::bigint', [id]))
            .rows[0]!.n;
        // Saved one after the other, and twins within one batch.
        const [agency, twin] = await saveAll(F.dispatch, F.copyEarlier);
        const [a2, b2] = await saveArticles(db, [
          F.input({ ...F.dispatch, url: 'https://batch.example/a' }),
          F.input({ ...F.dispatch, url: 'https://batch.example/b' }),
        ]);
        assert.deepEqual(
          await Promise.all([agency!, twin!, a2!.articleId, b2!.articleId].map(bandsOf)),
          [32, 0, 0, 0],
          'the first copy’s bands serve them all',
        );
        assert.equal((await store.get(agency!))?.duplicateGroup, twin, 'the earlier copy is canonical');
        assert.equal(b2!.duplicateGroup, twin);

        // The agency page becomes another story: its bands pass to a twin, which a later
        // verbatim copy still finds.
        const rewritten = await store.save(F.input({ ...F.dispatch, paragraphs: F.englishOther.paragraphs, lang: 'en' }));
        assert.equal(rewritten.duplicateGroup, null);
        assert.equal(
          (await Promise.all([twin!, a2!.articleId, b2!.articleId].map(bandsOf))).reduce((x, y) => x + y),
          32,
        );
        const late = await store.save(
          F.input({ ...F.copyEarlier, url: 'https://late.example/sahel', published: '2024-03-07T08:00:00+01:00' }),
        );
        assert.equal(late.duplicateGroup, twin);
      });

      test('search: the full-text index takes new rows through its pending list, and flush() merges it', async () => {
        const opts = await db.query<{ opts: string[] | null }>(
          `SELECT reloptions AS opts FROM pg_class WHERE relname = 'articles_search_idx'`,
        );
        assert.ok(opts.rows[0]!.opts?.includes('fastupdate=on'), String(opts.rows[0]!.opts));
        await saveAll(F.dispatch, F.englishReport);
        assert.deepEqual(urls(await store.search({ text: 'Kallasse' })).sort(), [F.dispatch.url, F.englishReport.url].sort());
        await store.flush();
        // Merging by hand now finds nothing left; it returns the pending pages it removed.
        const merge = async (): Promise<number> =>
          (await db.query<{ n: number }>(`SELECT gin_clean_pending_list('articles_search_idx'::regclass)::int AS n`)).rows[0]!.n;
        assert.equal(await merge(), 0, 'flush() left nothing pending');
        await store.flush(); // nothing saved since: nothing to do
        assert.deepEqual(urls(await store.search({ text: 'Kallasse' })).sort(), [F.dispatch.url, F.englishReport.url].sort());
        await saveAll(F.germanReport);
        assert.ok((await merge()) > 0, 'a new save goes to the pending list');
      });

      test('search: ranked, accent-insensitive both ways, with a marked snippet', async () => {
        await saveAll(F.dispatch, F.sameEventOtherReport, F.englishReport, F.englishOther, F.germanReport, F.undated);
        // "Kallassé" in the dispatch, the English and the German report; "Kallasse" in the other one.
        for (const q of ['Kallasse', 'Kallassé', 'KALLASSÉ']) {
          const hits = await store.search({ text: q });
          assert.deepEqual(
            urls(hits).sort(),
            [F.dispatch.url, F.sameEventOtherReport.url, F.englishReport.url, F.germanReport.url].sort(),
            `query ${q}`,
          );
        }
        const hits = await store.search({ text: 'kallasse' });
        for (const h of hits) assert.match(h.snippet, /«Kallass[eé]»/, h.snippet);
        const ranks = hits.map((h) => h.rank);
        assert.deepEqual(
          ranks,
          [...ranks].sort((a, b) => b - a),
          'best first',
        );

        // A title match outranks body-only mentions (the French "débat" stems alike).
        const debate = urls(await store.search({ text: 'debate' }));
        assert.equal(debate[0], F.englishOther.url);
        assert.deepEqual(debate.slice(1).sort(), [F.dispatch.url, F.englishReport.url].sort());
      });

      test('search: each language is stemmed with its own configuration', async () => {
        await saveAll(F.dispatch, F.englishReport, F.englishOther, F.germanReport);
        // French: "retirer" finds "retirés" (and the title's "retirer").
        const fr = await store.search({ text: 'retirés' });
        assert.deepEqual(urls(fr), [F.dispatch.url]);
        assert.match(fr[0]!.snippet, /«retirés»/);
        assert.deepEqual(urls(await store.search({ text: 'retirer' })), [F.dispatch.url]);
        // English: "withdrawing" and "withdrawal" share the stem "withdraw".
        const en = await store.search({ text: 'withdrawing' });
        assert.deepEqual(urls(en), [F.englishReport.url]);
        assert.match(en[0]!.snippet, /«withdrawal»/);
        assert.deepEqual(urls(await store.search({ text: 'soldier' })), [F.englishReport.url]);
        // Other languages: no stemming, but still folded ("äußerten" ↔ "ausserten").
        assert.deepEqual(urls(await store.search({ text: 'ausserten' })), [F.germanReport.url]);
        assert.deepEqual(urls(await store.search({ text: 'Abzug' })), [F.germanReport.url]);
        assert.deepEqual(urls(await store.search({ text: 'Abzüge' })), [], 'simple: no stemming');
        // Web-search syntax: phrases, OR, exclusion.
        assert.deepEqual(urls(await store.search({ text: '"new bridge"' })), [F.englishOther.url]);
        assert.deepEqual(
          urls(await store.search({ text: 'bridge or Gao' })).sort(),
          [F.dispatch.url, F.englishReport.url, F.englishOther.url].sort(),
        );
        assert.deepEqual(urls(await store.search({ text: 'Kallassé -Gao' })), [F.germanReport.url]);
        assert.deepEqual(await store.search({ text: '   ' }), []);
      });

      test('search: filters by language, dates, source and limit', async () => {
        await saveAll(F.dispatch, F.copyRetitled, F.sameEventOtherReport, F.englishReport, F.germanReport, F.undated);
        const q = 'Sahel';
        assert.equal((await store.search({ text: q })).length, 6);
        assert.deepEqual(urls(await store.search({ text: q, lang: 'en' })), [F.englishReport.url]);
        assert.deepEqual(urls(await store.search({ text: q, lang: 'DE' })), [F.germanReport.url]);
        // Inclusive days, on the publication date as printed; the undated page on its fetch day (03-08).
        assert.deepEqual(
          urls(await store.search({ text: q, since: '2024-03-06' })).sort(),
          [F.sameEventOtherReport.url, F.germanReport.url, F.undated.url].sort(),
        );
        assert.deepEqual(
          urls(await store.search({ text: q, since: '2024-03-06', until: '2024-03-07' })).sort(),
          [F.sameEventOtherReport.url, F.germanReport.url].sort(),
        );
        assert.deepEqual(urls(await store.search({ text: q, until: '2024-03-04' })), []);
        // A timestamp bounds the instant: 11:00+01:00 is 10:00Z.
        assert.deepEqual(
          urls(await store.search({ text: q, since: '2024-03-05T09:30:00Z', until: '2024-03-05T12:00:00Z' })).sort(),
          [F.copyRetitled.url].sort(),
        );
        await assert.rejects(store.search({ text: q, since: 'yesterday' }), (e: Error & { code?: string }) => e.code === 'E_USAGE');
        await assert.rejects(store.search({ text: q, until: '2024-02-30' }), (e: Error & { code?: string }) => e.code === 'E_USAGE');
        // Source: host or outlet name, any part, any case.
        assert.deepEqual(urls(await store.search({ text: q, source: 'DAILYEXAMPLE' })), [F.englishReport.url]);
        assert.deepEqual(urls(await store.search({ text: q, source: 'journal du' })), [F.copyRetitled.url]);
        assert.deepEqual(urls(await store.search({ text: q, source: '%' })), [], 'LIKE wildcards are taken literally');
        // Limit keeps the best.
        const all = await store.search({ text: q });
        assert.deepEqual(await store.search({ text: q, limit: 2 }), all.slice(0, 2));
      });

      test('get: by id or URL, with its outlet, versions and duplicate group; null when unknown', async () => {
        const [id] = await saveAll(F.dispatch);
        const byId = await store.get(id!);
        const byUrl = await store.get(F.dispatch.url);
        assert.deepEqual(byId, byUrl);
        assert.equal(byId?.url, F.dispatch.url);
        assert.equal(byId?.outlet, 'agence.example');
        assert.equal(byId?.version, 1);
        assert.equal(byId?.versions, 1);
        assert.equal(byId?.article.title, F.dispatch.title);
        assert.deepEqual(byId?.article.blocks, F.input(F.dispatch).article.blocks);
        assert.equal(await store.get('999999'), null);
        assert.equal(await store.get('https://nowhere.example/'), null);
      });

      test('export: every article, latest version, in id order, page by page', async () => {
        const ids = await saveAll(F.dispatch, F.copyRetitled, F.englishReport, F.englishOther, F.germanReport);
        await store.save(F.input({ ...F.englishOther, title: 'Council approves bridge', fetchedAt: '2024-02-21T10:00:00Z' }));
        const seen: string[] = [];
        for await (const a of store.export({ batchSize: 2 })) {
          seen.push(a.id);
          if (a.url === F.englishOther.url) {
            assert.equal(a.version, 2);
            assert.equal(a.article.title, 'Council approves bridge');
          }
        }
        assert.deepEqual(seen, ids);
        const whole: string[] = [];
        for await (const a of store.export()) whole.push(a.id);
        assert.deepEqual(whole, ids);
      });

      test('export holds one page at a time: memory stays flat whatever the store holds', async () => {
        await saveAll(F.dispatch, F.copyRetitled, F.englishReport, F.englishOther, F.germanReport);
        let fetched = 0;
        let largest = 0;
        const counting: Db = {
          ...db,
          async query<R>(sql: string, params?: readonly unknown[]) {
            const r = await db.query<R>(sql, params);
            fetched += r.rows.length;
            largest = Math.max(largest, r.rows.length);
            return r;
          },
        };
        const paged = createStore(counting);
        const seen: number[] = [];
        for await (const a of paged.export({ batchSize: 2 })) {
          void a;
          seen.push(fetched);
        }
        // Articles are read two by two as they are consumed, never all at once.
        assert.deepEqual(seen, [2, 2, 4, 4, 5]);
        assert.equal(largest, 2);
      });

      test('stats: counts by outlet, language and day', async () => {
        await saveAll(F.dispatch, F.copyRetitled, F.englishReport, F.englishOther, F.germanReport, F.undated);
        await store.save(F.input({ ...F.englishOther, title: 'Council approves bridge' }));
        const s = await store.stats();
        assert.equal(s.articles, 6);
        assert.equal(s.versions, 7);
        assert.equal(s.duplicateGroups, 1);
        assert.deepEqual(s.byOutlet, [
          { outlet: 'dailyexample.co.uk', articles: 2 },
          { outlet: 'agence.example', articles: 1 },
          { outlet: 'blog.example', articles: 1 },
          { outlet: 'journal-du-sud.example', articles: 1 },
          { outlet: 'zeitung.example', articles: 1 },
        ]);
        assert.deepEqual(s.byLanguage, [
          { language: 'fr', articles: 3 },
          { language: 'en', articles: 2 },
          { language: 'de', articles: 1 },
        ]);
        assert.deepEqual(s.byDay, [
          { day: '2024-02-20', articles: 1 },
          { day: '2024-03-05', articles: 3 },
          { day: '2024-03-07', articles: 1 },
          { day: '2024-03-08', articles: 1 },
        ]);
      });

      test('events: merged across articles, a syndicated copy counted once, re-coding never duplicates', async () => {
        const [agency, copy, other] = await saveAll(F.dispatch, F.copyRetitled, F.englishReport);
        const ev = (url: string, extra: Parameters<typeof record>[0] = {}) => record({ id: `ev_${url.length}`, url, ...extra });
        const code = (articleId: string, events: ReturnType<typeof record>[], claims: ReturnType<typeof claim>[] = []) =>
          store.saveEvents({ articleId, version: 1, coder: 'vigie/test', events, claims });
        await code(agency!, [ev(F.dispatch.url, { attributedTo: 'OSDH' })]);
        await code(copy!, [ev(F.copyRetitled.url, { attributedTo: 'OSDH' })]);
        const first = await store.events();
        assert.equal(first.length, 1);
        let e = first[0];
        assert.equal(e!.sources.length, 2);
        assert.equal(e!.reports, 1, 'the copy is in the agency group');
        assert.equal(e!.sources.find((s) => s.url === F.copyRetitled.url)?.copyOf, F.dispatch.url);

        await code(other!, [
          ev(F.englishReport.url, { fatalities: 4 }),
          ev(F.englishReport.url, { subType: 'Air/drone strike', location: IDLIB, actor1: RUSSIA, actor2: null }),
        ]);
        const events = await store.events();
        assert.equal(events.length, 2);
        [e] = events.filter((x) => x.subEventType === 'Government regains territory');
        assert.equal(e!.reports, 2);
        assert.equal(e!.fatalities, 4);
        assert.equal(await count('event_mentions'), 4);

        // Coding the same article again replaces its mentions: nothing doubles.
        await code(other!, [
          ev(F.englishReport.url, { fatalities: 4 }),
          ev(F.englishReport.url, { subType: 'Air/drone strike', location: IDLIB, actor1: RUSSIA, actor2: null }),
        ]);
        assert.deepEqual(await store.events(), events);
        assert.equal(await count('event_mentions'), 4);
        // Re-coded with fewer events: the strike goes, the capture loses a source.
        await code(other!, []);
        const after = await store.events();
        assert.deepEqual(
          after.map((x) => [x.id, x.reports]),
          [[e!.id, 1]],
        );
      });

      test('events: the merged result does not depend on the order articles were coded in', async () => {
        const [a, b, c] = await saveAll(F.dispatch, F.copyRetitled, F.englishReport);
        const coded: [string, ReturnType<typeof record>[]][] = [
          [
            a!,
            [
              record({ id: 'ev_a', url: F.dispatch.url }),
              record({ id: 'ev_a2', url: F.dispatch.url, subType: 'Air/drone strike', location: IDLIB, actor1: ARMY, actor2: null }),
            ],
          ],
          [b!, [record({ id: 'ev_b', url: F.copyRetitled.url, fatalities: 2 })]],
          [
            c!,
            [
              record({ id: 'ev_c', url: F.englishReport.url, subType: 'Air/drone strike', location: IDLIB, actor1: RUSSIA, actor2: null }),
              record({
                id: 'ev_c2',
                url: F.englishReport.url,
                subType: 'Air/drone strike',
                location: IDLIB,
                actor1: null,
                actor2: null,
                text: 'x',
              }),
            ],
          ],
        ];
        const run = async (order: number[]) => {
          await db.query('TRUNCATE events, event_mentions, event_codings, control_claims');
          for (const i of order)
            await store.saveEvents({ articleId: coded[i]![0], version: 1, coder: 'vigie/test', events: coded[i]![1], claims: [] });
          return store.events();
        };
        const forward = await run([0, 1, 2]);
        assert.equal(forward.length, 3);
        assert.deepEqual(await run([2, 1, 0]), forward);
        assert.deepEqual(await run([1, 2, 0]), forward);
      });

      test('events: filters by day, place (inside it too, accents aside), type, actor, source and limit', async () => {
        const [a, b] = await saveAll(F.dispatch, F.englishReport);
        await store.saveEvents({
          articleId: a!,
          version: 1,
          coder: 'vigie/test',
          events: [
            record({ id: 'ev_1', url: F.dispatch.url, location: district('Kallassé', 900003), attributedTo: 'OSDH' }),
            record({ id: 'ev_2', url: F.dispatch.url, date: '2016-12-14', location: district('Ferdous', 900002) }),
          ],
          claims: [claim('Syrian rebels', [district('Sukkari', 900001)], '2016-12-12', F.dispatch.url, 'OSDH')],
        });
        await store.saveEvents({
          articleId: b!,
          version: 1,
          coder: 'vigie/test',
          events: [
            record({
              id: 'ev_3',
              url: F.englishReport.url,
              subType: 'Air/drone strike',
              location: IDLIB,
              actor1: RUSSIA,
              actor2: null,
              date: '2016-12-13',
            }),
          ],
          claims: [],
        });
        const names = async (q: Parameters<Store['events']>[0]) => (await store.events(q)).map((e) => e.location.name);
        assert.deepEqual(await names({}), ['Aleppo - Kallassé', 'Idlib', 'Aleppo - Ferdous']);
        assert.deepEqual(await names({ since: '2016-12-13', until: '2016-12-13' }), ['Idlib']);
        assert.deepEqual(await names({ place: placeQuery(['Aleppo']) }), ['Aleppo - Kallassé', 'Aleppo - Ferdous']);
        assert.deepEqual(await names({ place: placeQuery(['KALLASSE']) }), ['Aleppo - Kallassé']);
        assert.deepEqual(await names({ place: placeQuery(['Somewhere'], 900002) }), ['Aleppo - Ferdous']);
        assert.deepEqual(await names({ type: 'battles' }), ['Aleppo - Kallassé', 'Aleppo - Ferdous']);
        assert.deepEqual(await names({ type: 'drone' }), ['Idlib']);
        assert.deepEqual(await names({ actor: 'russia' }), ['Idlib']);
        assert.deepEqual(await names({ source: 'osdh' }), ['Aleppo - Kallassé']);
        assert.deepEqual(await names({ source: 'agence.example' }), ['Aleppo - Kallassé', 'Aleppo - Ferdous']);
        assert.deepEqual(await names({ limit: 1 }), ['Aleppo - Kallassé']);
        assert.deepEqual(await names({ subTypes: ['Air/drone strike'] }), ['Idlib']);

        const claims = await store.controlClaims(placeQuery(['aleppo']));
        assert.deepEqual(
          claims.map((c) => [c.holder, c.places.map((p) => p.name)]),
          [['Syrian rebels', ['Aleppo - Sukkari']]],
        );
        assert.deepEqual(await store.controlClaims(placeQuery(['Idlib'])), []);
      });

      test('events: articles not coded by this coder, or coded from an older version, are listed to code', async () => {
        const [a, b] = await saveAll(F.dispatch, F.englishReport);
        assert.equal(await store.countArticlesToCode('vigie/test'), 2);
        await store.saveEvents({ articleId: a!, version: 1, coder: 'vigie/test', events: [], claims: [] });
        assert.equal(await store.countArticlesToCode('vigie/test'), 1);
        const pending = [];
        for await (const x of store.articlesToCode('vigie/test')) pending.push(x.id);
        assert.deepEqual(pending, [b]);
        assert.equal(await store.countArticlesToCode('vigie/other'), 2, 'another coder re-codes everything');
        // A new version of a coded article is to be coded again.
        await store.save(
          F.input({
            ...F.dispatch,
            paragraphs: [...F.dispatch.paragraphs, 'Une phrase ajoutée plus tard dans la journée par la rédaction.'],
          }),
        );
        assert.equal(await store.countArticlesToCode('vigie/test'), 2);
      });

      test('feed state: set, read back, overwrite', async () => {
        assert.equal(await store.getFeedState('https://agence.example/rss'), null);
        await store.setFeedState({ url: 'https://agence.example/rss', etag: '"abc"', lastModified: 'Tue, 05 Mar 2024 09:00:00 GMT' });
        const s = await store.getFeedState('https://agence.example/rss');
        assert.equal(s?.etag, '"abc"');
        assert.equal(s?.lastModified, 'Tue, 05 Mar 2024 09:00:00 GMT');
        assert.ok(!Number.isNaN(Date.parse(s!.checkedAt)));
        await store.setFeedState({ url: 'https://agence.example/rss', etag: null, lastModified: null });
        assert.equal((await store.getFeedState('https://agence.example/rss'))?.etag, null);
      });
    });
  });
}

/** The same database, but any statement matching `pattern` throws, as a crash would. */
export function failOn(db: Db, pattern: RegExp): Db {
  const guard = (q: Queryable): Queryable => ({
    query: (sql, params) => (pattern.test(sql) ? Promise.reject(new Error('injected failure')) : q.query(sql, params)),
    exec: (sql) => (pattern.test(sql) ? Promise.reject(new Error('injected failure')) : q.exec(sql)),
  });
  // writeSaves left out: saves must run here, through the guarded transaction.
  return {
    ...db,
    ...guard(db),
    writeSaves: undefined,
    transaction: (fn) => db.transaction((tx) => fn(guard(tx))),
    close: () => Promise.resolve(),
  };
}
