/**
 * `vigie gazetteer fetch|lookup|status` against a local HTTP server serving small
 * GeoNames-format fixtures (test/fixtures/geonames, zipped at run time): no test touches
 * the network.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import { zipSync } from 'fflate';
import { formatErrorLine, toVigieError } from '../../src/core/errors.js';
import { registerGazetteerCommand } from '../../src/cli/commands/gazetteer.js';
import { loadDefaultGazetteer } from '../../src/analyze/gazetteer/loadDefaultGazetteer.js';
import { loadGazetteer } from '../../src/analyze/gazetteer/loadGazetteer.js';
import { localPaths, readLocalIndex, readManifest } from '../../src/analyze/gazetteer/localIndex.js';
import type { NameMatch } from '../../src/analyze/gazetteer/types.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/geonames');
const fixture = (name: string): Buffer => fs.readFileSync(path.join(FIXTURES, name));
const zip = (files: Record<string, Buffer>): Buffer =>
  Buffer.from(zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, new Uint8Array(v)]))));

/** The dump folder as GeoNames lays it out. */
function dumpFiles(): Map<string, Buffer> {
  const readme = Buffer.from('GeoNames fixture\n');
  return new Map([
    ['admin1CodesASCII.txt', fixture('admin1CodesASCII.txt')],
    ['cities1000.zip', zip({ 'cities1000.txt': fixture('cities1000.txt') })],
    ['SY.zip', zip({ 'readme.txt': readme, 'SY.txt': fixture('SY.txt') })],
    ['UA.zip', zip({ 'readme.txt': readme, 'UA.txt': fixture('UA.txt') })],
    ['alternatenames/SY.zip', zip({ 'SY.txt': fixture('alternatenames/SY.txt') })],
    ['alternatenames/UA.zip', zip({ 'UA.txt': fixture('alternatenames/UA.txt') })],
  ]);
}

let server: http.Server;
let base: string;
let tmp: string;
const requests: string[] = [];

before(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-gazetteer-fetch-'));
  const dump = dumpFiles();
  const broken = new Map(dump).set('SY.zip', Buffer.from('PK\u0003\u0004 this is not really a zip archive'));
  server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    const [, folder, ...rest] = (req.url ?? '').split('/');
    const name = rest.join('/');
    if (folder === 'stall') {
      res.writeHead(200, { 'content-length': '1000' });
      res.write('SY.09\t'); // then nothing: the idle timeout must fire
      return;
    }
    const body = (folder === 'dump' ? dump : folder === 'broken' ? broken : new Map<string, Buffer>()).get(name);
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-length': String(body.length) }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Build (or read) the default gazetteer before the timed CLI runs.
  await loadDefaultGazetteer();
});

after(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  fs.rmSync(tmp, { recursive: true, force: true });
});

class Capture extends Writable {
  text = '';
  isTTY = false;
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

/** Runs the command as `vigie` does (src/cli/main.ts): one error line, exit 2 for usage errors, 1 for others. */
async function vigie(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new Capture();
  const stderr = new Capture();
  let code = 0;
  const program = new Command('vigie').exitOverride().configureOutput({
    writeOut: (s) => stdout.write(s),
    writeErr: (s) => stderr.write(s),
    outputError: () => undefined,
  });
  registerGazetteerCommand(program, (c) => (code = c), { stdin: process.stdin, stdout, stderr });
  try {
    await program.parseAsync(['node', 'vigie', ...args]);
  } catch (err) {
    if (err instanceof CommanderError) {
      stderr.write(`${formatErrorLine('vigie', { code: 'E_USAGE', message: err.message, hint: "run 'vigie --help'" })}\n`);
      code = 2;
    } else {
      const e = toVigieError(err);
      stderr.write(`${formatErrorLine('vigie', e.toJSON())}\n`);
      code = e.code === 'E_USAGE' ? 2 : 1;
    }
  }
  return { code, stdout: stdout.text, stderr: stderr.text };
}

const errorLine = (code: string) => new RegExp(`^vigie: ${code} .+ \\(hint: .+\\)\\n$`);

describe('vigie gazetteer fetch --countries', () => {
  let home: string;
  before(async () => {
    home = path.join(tmp, 'home-countries');
  });

  test('downloads the per-country files and indexes them', async () => {
    const r = await vigie('gazetteer', 'fetch', '--countries', 'sy,UA', '--home', home, '--base-url', `${base}/dump/`);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^\d+ places indexed in .+geonames\.idx\n$/);
    for (const f of ['admin1CodesASCII.txt', 'SY.zip', 'alternatenames/SY.zip', 'UA.zip', 'alternatenames/UA.zip']) {
      assert.ok(requests.includes(`/dump/${f}`), f);
      assert.match(r.stderr, new RegExp(`gazetteer: downloading ${base}/dump/${f.replace('.', '\\.')}`));
    }
    assert.ok(!requests.includes('/dump/cities1000.zip'), 'per-country fetches do not need the worldwide table');
    const manifest = readManifest(home)!;
    assert.deepEqual(manifest.countries, ['SY', 'UA']);
    assert.equal(manifest.files.length, 5);
    const p = localPaths(home);
    assert.ok(fs.existsSync(path.join(p.downloads, 'SY.zip')), 'downloads are kept for rebuilds');
    assert.deepEqual(
      fs.readdirSync(p.dir).sort(),
      ['downloads', 'geonames.idx', 'manifest.json'],
      'no staging folder or partial file left behind',
    );
  });

  test('analysis finds the downloaded districts, names and regions, over the default', async () => {
    const g = await loadGazetteer({ home });
    const bustan = g.lookup('Boustane al-Qasr', { kinds: ['district'] })[0]!;
    assert.equal(bustan.entry.id, 900000002);
    assert.equal(bustan.how, 'exact', 'the French name comes from the alternate-names file');
    assert.equal(bustan.entry.parentId, 170063);
    const children = g.children(170063).map((e) => e.id);
    assert.ok(children.includes(900000002) && children.includes(900000003), String(children));
    assert.ok(!children.includes(900000004));
    assert.equal(g.lookup('Fixture Hotel').length, 0, 'hotels are not places for news');

    const kyiv = g.get(703448)!;
    assert.ok(kyiv.alternateNames!.includes('Kiew'), 'tagged alternate name added');
    assert.ok(!kyiv.alternateNames!.some((n) => /[\u0400-\u04ff]/.test(n)), 'no Cyrillic');
    assert.ok(!kyiv.alternateNames!.includes('IEV'), 'no airport code');
    assert.equal(g.lookup('Kiev')[0]!.entry.id, 703448);
    assert.equal(g.lookup('Alep', { language: 'fr' })[0]!.entry.id, 170063);
    assert.equal(g.lookup('Old Fixture Gardens').length, 0, 'historic names are left out');

    // A region's position: its own row, else its cities' centre, else the default's.
    assert.equal(g.admin1!('SY', '09')!.lat, 36.25);
    assert.deepEqual([g.admin1!('UA', '07')!.lat, g.admin1!('UA', '07')!.lon], [49.98081, 36.25272]);
    const dimashq = g.admin1!('SY', '13')!;
    const fromDefault = (await loadDefaultGazetteer()).get(167541)!;
    assert.deepEqual([dimashq.lat, dimashq.lon], [fromDefault.lat, fromDefault.lon]);

    // The default still answers for the rest of the world.
    assert.equal(g.lookup('Louisiana')[0]!.entry.admin1, 'LA');
    assert.ok(g.size > 130_000);
  });

  test('lookup and status commands', async () => {
    const r = await vigie('gazetteer', 'lookup', 'Cheikh', 'Maqsoud', 'Fixture', '--home', home);
    assert.equal(r.code, 0);
    const j = await vigie('gazetteer', 'lookup', 'Boustane', 'al-Qasr', '--home', home, '--kind', 'district', '-f', 'json');
    assert.equal(j.code, 0, j.stderr);
    const matches = JSON.parse(j.stdout) as NameMatch[];
    assert.equal(matches[0]!.entry.id, 900000002);
    const t = await vigie('gazetteer', 'lookup', 'Ferdous', '--home', home, '--no-download', '--kind', 'city', '-n', '2');
    assert.equal(t.code, 0);
    const none = await vigie('gazetteer', 'lookup', 'Boustane', 'al-Qasr', '--home', home, '--no-download', '--kind', 'district');
    assert.equal(none.stdout, '');
    assert.match(none.stderr, /no place matches "Boustane al-Qasr"/);
    const s = await vigie('gazetteer', 'status', '--home', home);
    assert.equal(s.code, 0);
    assert.match(s.stdout, /download {3}countries SY,UA, \d+ places, fetched /);
  });

  test('a stale or missing index is rebuilt from the kept downloads', async () => {
    const p = localPaths(home);
    fs.rmSync(p.index);
    assert.equal(readLocalIndex(home), null);
    const g = await loadGazetteer({ home });
    assert.equal(g.lookup('Boustane al-Qasr', { kinds: ['district'] })[0]!.entry.id, 900000002);
    assert.ok(readLocalIndex(home) !== null);
  });

  test('a broken zip fails with E_GAZETTEER and leaves the previous gazetteer as it was', async () => {
    const before = fs.readFileSync(localPaths(home).manifest, 'utf8');
    const r = await vigie('gazetteer', 'fetch', '--countries', 'SY', '--home', home, '--base-url', `${base}/broken/`, '-q');
    assert.equal(r.code, 1);
    assert.match(r.stderr, errorLine('E_GAZETTEER'));
    assert.match(r.stderr, /SY\.zip/);
    assert.equal(fs.readFileSync(localPaths(home).manifest, 'utf8'), before);
    assert.ok(readLocalIndex(home) !== null);
    assert.deepEqual(fs.readdirSync(localPaths(home).dir).sort(), ['downloads', 'geonames.idx', 'manifest.json']);
  });
});

describe('vigie gazetteer fetch (worldwide)', () => {
  test('downloads cities1000 and admin1 names', async () => {
    const home = path.join(tmp, 'home-world');
    const r = await vigie('gazetteer', 'fetch', '--home', home, '--base-url', `${base}/dump`, '--quiet');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '', '--quiet');
    assert.deepEqual(
      readManifest(home)!.files.map((f) => f.file),
      ['admin1CodesASCII.txt', 'cities1000.zip'],
    );
    const g = await loadGazetteer({ home });
    assert.equal(g.lookup('Kafr Fixture')[0]!.entry.id, 900000001);
    assert.equal(g.get(900000001)!.parentId, 163843, "a city's parent is its country from the default");
  });
});

describe('vigie gazetteer fetch errors', () => {
  test('a dead URL: E_DOWNLOAD, exit 1, one line', async () => {
    const r = await vigie('gazetteer', 'fetch', '--countries', 'SY', '--home', path.join(tmp, 'h404'), '--base-url', `${base}/nothing/`);
    assert.equal(r.code, 1);
    assert.match(r.stderr, errorLine('E_DOWNLOAD'));
    assert.match(r.stderr, /admin1CodesASCII\.txt: HTTP 404/);
    assert.equal(readManifest(path.join(tmp, 'h404')), null);
  });

  test('a refused connection: E_DOWNLOAD', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const r = await vigie('gazetteer', 'fetch', '--home', path.join(tmp, 'hrefused'), '--base-url', `http://127.0.0.1:${port}/`, '-q');
    assert.equal(r.code, 1);
    assert.match(r.stderr, errorLine('E_DOWNLOAD'));
  });

  test('a stalled download: E_DOWNLOAD after the idle timeout', async () => {
    const r = await vigie(
      'gazetteer',
      'fetch',
      '--home',
      path.join(tmp, 'hstall'),
      '--base-url',
      `${base}/stall/`,
      '--timeout',
      '300',
      '-q',
    );
    assert.equal(r.code, 1);
    assert.match(r.stderr, errorLine('E_DOWNLOAD'));
    assert.match(r.stderr, /nothing received/);
    const dir = localPaths(path.join(tmp, 'hstall')).dir;
    assert.deepEqual(fs.existsSync(dir) ? fs.readdirSync(dir) : [], [], 'no partial file left behind');
  });

  test('usage errors exit 2', async () => {
    const bad = await vigie('gazetteer', 'fetch', '--countries', 'SYR', '--home', path.join(tmp, 'husage'), '--base-url', `${base}/dump/`);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, errorLine('E_USAGE'));
    assert.match(bad.stderr, /invalid country code: SYR/);
    const url = await vigie('gazetteer', 'fetch', '--home', path.join(tmp, 'husage'), '--base-url', 'ftp://example.org/');
    assert.equal(url.code, 2);
    const timeout = await vigie('gazetteer', 'fetch', '--timeout', 'soon');
    assert.equal(timeout.code, 2);
  });
});
