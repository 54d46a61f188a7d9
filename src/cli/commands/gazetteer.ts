/**
 * `vigie gazetteer fetch|lookup|status`: download GeoNames dumps into the home's local
 * gazetteer, look names up the way analysis does, and say which gazetteer is in use.
 * Exit status: 0 done, 1 failed (download, archive, disk), 2 usage error.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { VigieError } from '../../core/errors.js';
import { fetchGeoNames } from '../../analyze/gazetteer/fetchGeoNames.js';
import { DEFAULT_DOWNLOAD_IDLE_MS, GEONAMES_DUMP_URL, resolveHome, type FetchProgress } from '../../analyze/gazetteer/gazetteerOptions.js';
import { defaultGazetteerCache } from '../../analyze/gazetteer/loadDefaultGazetteer.js';
import { loadGazetteer } from '../../analyze/gazetteer/loadGazetteer.js';
import { localPaths, readManifest } from '../../analyze/gazetteer/localIndex.js';
import type { GazetteerKind, NameMatch } from '../../analyze/gazetteer/types.js';
import { parsePositiveInt, type CliIO } from './extract.js';

const FORMATS = ['text', 'json'] as const;
const KINDS: readonly GazetteerKind[] = ['country', 'admin1', 'admin2', 'city', 'district', 'region', 'other'];
const HOME_HELP = 'Vigie home; the gazetteer goes in <DIR>/gazetteer (default: $VIGIE_HOME, else ./.vigie)';

interface FetchCliOptions {
  countries?: string[];
  home?: string;
  baseUrl?: string;
  timeout?: number;
  quiet?: boolean;
}

interface LookupCliOptions {
  home?: string;
  gazetteer: string[];
  download: boolean;
  demonyms?: boolean;
  kind?: GazetteerKind[];
  lang?: string;
  limit: number;
  format: (typeof FORMATS)[number];
}

export function registerGazetteerCommand(program: Command, onDone: (exitCode: number) => void, io: CliIO): Command {
  const cmd = program.command('gazetteer').description('manage the place-name gazetteer: download GeoNames data, look names up');

  cmd
    .command('fetch')
    .description('download GeoNames dumps (worldwide cities1000, or whole countries with their districts) and index them')
    .option('--countries <CODES>', 'ISO 3166-1 alpha-2 codes, comma-separated (e.g. SY,IQ,UA): every place of these countries', parseList)
    .option('--home <DIR>', HOME_HELP)
    .option('--base-url <URL>', `where the GeoNames dump files are (default ${GEONAMES_DUMP_URL})`)
    .option(
      '--timeout <MS>',
      `give up a download that receives nothing for MS milliseconds (default ${DEFAULT_DOWNLOAD_IDLE_MS})`,
      parsePositiveInt,
    )
    .option('-q, --quiet', 'no progress on stderr (errors are still reported)')
    .action(async (opts: FetchCliOptions) => {
      const progress = opts.quiet ? () => undefined : progressPrinter(io);
      const { manifest, indexFile } = await fetchGeoNames({
        home: opts.home,
        countries: opts.countries,
        baseUrl: opts.baseUrl,
        idleTimeoutMs: opts.timeout,
        onProgress: progress,
      });
      io.stdout.write(`${manifest.entries} places indexed in ${indexFile}\n`);
      onDone(0);
    });

  cmd
    .command('lookup')
    .description('look a place name up as analysis does: spelling variants, scores, candidates best first')
    .argument('<NAME...>', 'place name (several words are one name)')
    .option('--home <DIR>', HOME_HELP)
    .option('--gazetteer <FILE>', 'also a gazetteer file in GeoNames format (repeatable)', collect, [])
    .option('--no-download', 'ignore the downloaded gazetteer in --home')
    .option('--demonyms', 'also match demonyms ("Syrian" → Syria)')
    .addOption(new Option('--kind <KIND...>', 'only these kinds').choices(KINDS))
    .option('--lang <CODE>', 'language of the text the name comes from (ISO 639-1)')
    .option('-n, --limit <N>', 'at most N candidates (default 10)', parsePositiveInt, 10)
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('text'))
    .action(async (words: string[], opts: LookupCliOptions) => {
      const name = words.join(' ').trim();
      if (name === '') throw new VigieError('E_USAGE', 'empty NAME', { hint: "run 'vigie gazetteer lookup --help'" });
      const g = await loadGazetteer({ home: opts.home, files: opts.gazetteer, useDownloaded: opts.download });
      const matches = g.lookup(name, {
        limit: opts.limit,
        demonyms: opts.demonyms === true,
        kinds: opts.kind,
        language: opts.lang ?? null,
      });
      if (opts.format === 'json') io.stdout.write(`${JSON.stringify(matches, null, 2)}\n`);
      else if (matches.length === 0) io.stderr.write(`vigie: no place matches ${JSON.stringify(name)}\n`);
      else io.stdout.write(formatMatches(matches));
      onDone(0);
    });

  cmd
    .command('status')
    .description('say which gazetteer analysis uses: the offline default, and what was fetched into --home')
    .option('--home <DIR>', HOME_HELP)
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('text'))
    .action((opts: { home?: string; format: (typeof FORMATS)[number] }) => {
      const home = resolveHome(opts.home);
      const manifest = readManifest(home);
      const cache = defaultGazetteerCache();
      if (opts.format === 'json') {
        io.stdout.write(`${JSON.stringify({ defaultCache: cache, home, downloaded: manifest }, null, 2)}\n`);
      } else {
        const lines = [`default    offline (npm packages); compiled index ${cache.exists ? '' : 'not built yet, '}at ${cache.file}`];
        if (manifest === null) lines.push(`download   none in ${localPaths(home).dir} (run 'vigie gazetteer fetch')`);
        else {
          const what = manifest.countries.length > 0 ? `countries ${manifest.countries.join(',')}` : 'worldwide cities1000';
          lines.push(`download   ${what}, ${manifest.entries} places, fetched ${manifest.fetchedAt} from ${manifest.baseUrl}`);
          lines.push(`           ${localPaths(home).index}`);
        }
        io.stdout.write(`${lines.join('\n')}\n`);
      }
      onDone(0);
    });
  return cmd;
}

/** One line per candidate: score, how, name, kind, where, id, and the name matched when different. */
export function formatMatches(matches: readonly NameMatch[]): string {
  return matches
    .map((m) => {
      const e = m.entry;
      const where = [e.country, e.admin1].filter((x) => x !== null).join('.');
      const via = m.matchedName === e.name ? '' : `  via "${m.matchedName}"`;
      return `${m.score.toFixed(2)}  ${m.how.padEnd(8)}  ${e.name}  (${e.kind}${where ? ` ${where}` : ''}, ${e.lat}, ${e.lon}, id ${e.id}, pop ${e.population})${via}`;
    })
    .join('\n')
    .concat('\n');
}

/** Progress on stderr: a line per file; on a terminal, a counter that rewrites itself while a file downloads. */
function progressPrinter(io: CliIO): (e: FetchProgress) => void {
  const tty = io.stderr.isTTY === true;
  const file = (url: string): string => url.slice(url.lastIndexOf('/', url.length - 2) + 1);
  return (e) => {
    switch (e.type) {
      case 'download-start':
        io.stderr.write(`gazetteer: downloading ${e.url}${e.bytesTotal !== null ? ` (${mb(e.bytesTotal)})` : ''}${tty ? '' : '\n'}`);
        break;
      case 'download-progress':
        if (tty)
          io.stderr.write(
            `\rgazetteer: downloading ${file(e.url)} ${mb(e.bytes)}${e.bytesTotal !== null ? ` of ${mb(e.bytesTotal)}` : ''}\x1b[K`,
          );
        break;
      case 'download-done':
        io.stderr.write(`${tty ? '\r' : ''}gazetteer: ${file(e.url)} ${mb(e.bytes)} done${tty ? '\x1b[K' : ''}\n`);
        break;
      case 'build-start':
        io.stderr.write(`gazetteer: indexing ${e.what}…\n`);
        break;
      case 'build-done':
        break;
    }
  };
}

const mb = (bytes: number): string => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} kB`);

function parseList(value: string): string[] {
  const list = value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (list.length === 0) throw new InvalidArgumentError('expected comma-separated country codes, e.g. SY,IQ,UA.');
  return list;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
