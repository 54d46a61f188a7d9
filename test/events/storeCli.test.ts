/**
 * Events through the store, from the command line: `vigie ingest --analyze` codes and
 * merges as articles arrive; `vigie events` (no INPUT) lists and filters the merged
 * events, coding first what was ingested without --analyze; `vigie history` and
 * `vigie control` tell who held which Aleppo district, and who says so.
 *
 * The corpus: the seed dispatch (read from ../shared), a syndicated copy of it made at
 * test time (new title and time), and a later dispatch written here. The Aleppo districts
 * come from ../shared/data/geo as a GeoNames-format file written to a temporary folder.
 *
 * Run alone: node --import tsx --test test/events/storeCli.test.ts
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { EventRecord } from '../../src/events/types.js';
import { writeAleppoGazetteer } from '../analyze/helpers/aleppoDistricts.js';
import { runMain } from '../helpers/runMain.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SEED_FILE = join(ROOT, '..', 'shared', 'seed', '000_0de1e556a333c2f9.txt');

const LATER = `Alep: l'armée reprend Soukkari

Les forces gouvernementales ont poursuivi mardi leur avancée dans l'est d'Alep.

13 déc. 2016, 11:40
Des soldats syriens dans une rue d'Alep.

L'armée syrienne a repris mardi le quartier de Soukkari aux rebelles, selon l'Observatoire syrien des droits de l'Homme (OSDH).

L'ONG, basée au Royaume-Uni, s'appuie sur un réseau de sources sur le terrain.
`;

const run = (...args: string[]): ReturnType<typeof runMain> => runMain(args);

const jsonl = (out: string): EventRecord[] =>
  out
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as EventRecord);

describe('events in the store, from the CLI', () => {
  let tmp: string;
  let corpus: string;
  let gazetteer: string;
  let home: string;
  const withHome = (...args: string[]): string[] => [...args, '--home', home, '--gazetteer', gazetteer, '--no-download'];

  before(() => {
    tmp = fs.mkdtempSync(join(os.tmpdir(), 'vigie-events-'));
    corpus = join(tmp, 'corpus');
    fs.mkdirSync(corpus);
    const seed = fs.readFileSync(SEED_FILE, 'utf8');
    fs.copyFileSync(SEED_FILE, join(corpus, 'seed.txt'));
    fs.writeFileSync(
      join(corpus, 'copy.txt'),
      seed
        .replace("Syrie: six quartiers clés d'Alep désertés par les rebelles", 'Alep: les rebelles abandonnent six quartiers')
        .replace('12 déc. 2016, 14:25', '12 déc. 2016, 16:05'),
    );
    fs.writeFileSync(join(corpus, 'later.txt'), LATER);
    gazetteer = writeAleppoGazetteer(tmp);
    home = join(tmp, 'home');
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test('ingest --analyze codes and merges: the copy is a second source of the same events, counted once', async () => {
    const ingest = await run('ingest', '--analyze', corpus, '--home', home, '--gazetteer', gazetteer);
    assert.equal(ingest.code, 0, ingest.out + ingest.err);
    const { code, out } = await run(...withHome('events'));
    assert.equal(code, 0);
    const events = jsonl(out);
    const captures = events.filter((e) => e.subEventType === 'Government regains territory');
    assert.equal(captures.length, 6, 'five seed districts, then Sukkari the next day');
    const seedOnes = captures.filter((e) => e.date === '2016-12-12');
    assert.equal(seedOnes.length, 5);
    for (const e of seedOnes) {
      assert.equal(e.sources.length, 2, `${e.location.name}: the seed and its copy`);
      assert.equal(e.reports, 1, `${e.location.name}: a syndicated copy counts once`);
      assert.equal(e.sources.filter((s) => s.copyOf !== undefined).length, 1);
    }
    const sukkari = captures.find((e) => e.date === '2016-12-13')!;
    assert.match(sukkari.location.name, /Sukkari/);
    assert.equal(sukkari.attributedTo, 'OSDH');
  });

  test('re-ingesting adds no event; ids are stable', async () => {
    const before = jsonl((await run(...withHome('events'))).out);
    assert.equal((await run('ingest', '--analyze', corpus, '--home', home, '--gazetteer', gazetteer)).code, 0);
    const again = jsonl((await run(...withHome('events'))).out);
    assert.deepEqual(
      again.map((e) => e.id),
      before.map((e) => e.id),
    );
  });

  test('filters: --place in French, --since/--until, --type, --actor, --source, --limit', async () => {
    const names = async (...args: string[]): Promise<string[]> => {
      const r = await run(...withHome('events', ...args));
      assert.equal(r.code, 0, r.err);
      return jsonl(r.out).map((e) => `${e.date} ${e.location.name}`);
    };
    const all = await names();
    assert.deepEqual(
      await names('--place', 'Alep'),
      all.filter((n) => n.includes('Aleppo')),
    );
    assert.deepEqual(await names('--place', 'Soukkari'), ['2016-12-13 Aleppo - As-Sukkari']);
    assert.deepEqual(await names('--since', '2016-12-13'), ['2016-12-13 Aleppo - As-Sukkari']);
    assert.deepEqual(
      await names('--until', '2016-12-12'),
      all.filter((n) => n.startsWith('2016-12-12')),
    );
    assert.equal((await names('--type', 'regains')).length, 6);
    assert.equal((await names('--type', 'Strategic developments')).length, 1, 'the displaced in al-Mashhad');
    assert.equal((await names('--actor', 'rebels')).length, 6);
    assert.equal((await names('--actor', 'nobody such')).length, 0);
    assert.deepEqual(await names('--source', 'later.txt'), ['2016-12-13 Aleppo - As-Sukkari']);
    assert.equal((await names('--limit', '2')).length, 2);
    const usage = await run(...withHome('events', '--since', '12/12/2016'));
    assert.equal(usage.code, 2);
    const mixed = await run(...withHome('events', SEED_FILE, '--place', 'Alep'));
    assert.equal(mixed.code, 2);
    assert.match(mixed.err, /E_USAGE.*--place reads the store/);
  });

  test('control --within Alep --at 2016-12-12: districts by holder, who says so', async () => {
    const { code, out } = await run(...withHome('control', '--within', 'Alep', '--at', '2016-12-12', '--format', 'json'));
    assert.equal(code, 0);
    const r = JSON.parse(out) as {
      holders: { holder: string; places: { location: { name: string }; statements: { attributedTo: string | null }[] }[] }[];
    };
    const by = Object.fromEntries(r.holders.map((h) => [h.holder, h.places.map((p) => p.location.name).sort()]));
    assert.deepEqual(by['Military Forces of Syria'], [
      'Aleppo - Bustan Al-Qaser',
      'Aleppo - Fardos',
      'Aleppo - Kallaseh',
      'Aleppo - Salheen',
      'Aleppo - Sheikh Said',
    ]);
    assert.deepEqual(by['Syrian rebels'], ['Aleppo - Al-Ansari Mashhad', 'Aleppo - As-Sukkari']);
    const rebels = r.holders.find((h) => h.holder === 'Syrian rebels')!;
    assert.ok(rebels.places.every((p) => p.statements.every((s) => s.attributedTo === 'OSDH')));

    const text = (await run(...withHome('control', '--within', 'Alep', '--at', '2016-12-13'))).out;
    assert.match(text, /Control of places in Alep as of 2016-12-13/);
    assert.match(text, /Military Forces of Syria \(6 places\)/);
    assert.match(text, /Aleppo - As-Sukkari +since 2016-12-13 +OSDH via later\.txt/);
  });

  test('history Soukkari: held by the rebels as stated, then taken by the army, each sourced', async () => {
    const { code, out } = await run(...withHome('history', 'Soukkari'));
    assert.equal(code, 0);
    assert.match(out, /^Aleppo - As-Sukkari$/m);
    assert.match(out, /2016-12-12 +Syrian rebels held it \(stated\) +— OSDH via seed\.txt \(2016-12-12\)/);
    assert.match(out, /2016-12-13 +Military Forces of Syria took it from Syrian rebels +— OSDH via later\.txt \(2016-12-13\)/);
    const none = await run(...withHome('history', 'Tombouctou'));
    assert.equal(none.code, 0);
    assert.match(none.err, /nothing stored says who held "Tombouctou"/);
  });

  test('articles ingested without --analyze are coded by the first `vigie events`', async () => {
    const plain = join(tmp, 'plain');
    const args = ['--home', plain, '--gazetteer', gazetteer, '--no-download'];
    assert.equal((await run('ingest', join(corpus, 'later.txt'), '--home', plain)).code, 0);
    const first = await run('events', ...args);
    assert.equal(first.code, 0, first.err);
    assert.deepEqual(
      jsonl(first.out).map((e) => e.subEventType),
      ['Government regains territory'],
    );
    const stale = await run('events', ...args, '--no-update');
    assert.equal(jsonl(stale.out).length, 1, 'coded once, kept');
  });
});
