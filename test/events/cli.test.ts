/**
 * `vigie events` on the seed file: every output format, through main().
 *
 * Run alone: node --import tsx --test test/events/cli.test.ts
 */
import assert from 'node:assert/strict';
import { dirname, join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ACLED_COLUMNS } from '../../src/events/index.js';
import { runMain } from '../helpers/runMain.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SEED_FILE = join(ROOT, '..', 'shared', 'seed', '000_0de1e556a333c2f9.txt');

const run = (...args: string[]): ReturnType<typeof runMain> => runMain(args);

describe('vigie events', () => {
  test('jsonl by default: one event per line', async () => {
    const { code, out } = await run('events', SEED_FILE, '--no-download');
    assert.equal(code, 0);
    const lines = out
      .trim()
      .split('\n')
      .filter((l) => l !== '');
    assert.ok(lines.length > 0);
    for (const l of lines) {
      const e = JSON.parse(l) as { subEventType: string; evidence: unknown[] };
      assert.ok(e.subEventType);
      assert.ok(e.evidence.length > 0);
    }
  });

  test('acled-csv: the ACLED header, then rows', async () => {
    const { code, out } = await run('events', SEED_FILE, '--no-download', '--format', 'acled-csv');
    assert.equal(code, 0);
    const [header] = out.split('\r\n');
    assert.equal(header, ACLED_COLUMNS.join(','));
  });

  test('geojson, json and text', async () => {
    const geo = JSON.parse((await run('events', SEED_FILE, '--no-download', '-f', 'geojson')).out) as { type: string; features: unknown[] };
    assert.equal(geo.type, 'FeatureCollection');
    const json = JSON.parse((await run('events', SEED_FILE, '--no-download', '-f', 'json')).out) as unknown[];
    assert.equal(json.length, geo.features.length);
    const text = (await run('events', SEED_FILE, '--no-download', '-f', 'text')).out;
    assert.match(text, /evidence/);
  });

  test('a missing file fails with E_NOT_FOUND and exit 1; a bad format is a usage error', async () => {
    const missing = await run('events', join(ROOT, 'no-such-file.txt'), '--no-download');
    assert.equal(missing.code, 1);
    assert.match(missing.err, /E_NOT_FOUND/);
    assert.equal((await run('events', SEED_FILE, '-f', 'xml')).code, 2);
  });
});
