/** `vigie stats`: how many articles, versions and duplicate groups; counts by outlet, language and day. */
import { Command, Option } from 'commander';
import type { StoreStats } from '../../store/types.js';
import { addStoreOptions, withStore, type StoreCliOptions } from './db.js';
import type { CliIO } from './extract.js';

export function registerStatsCommand(program: Command, onDone: (exitCode: number) => void, io: CliIO): Command {
  return addStoreOptions(
    program
      .command('stats')
      .description('count stored articles by outlet, language and day')
      .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text')),
  ).action(async (opts: StoreCliOptions & { format: 'text' | 'json' }) => {
    const stats = await withStore(opts, (s) => s.stats());
    io.stdout.write(opts.format === 'json' ? `${JSON.stringify(stats, null, 2)}\n` : formatStats(stats));
    onDone(0);
  });
}

export function formatStats(s: StoreStats): string {
  const lines = [`articles          ${s.articles}`, `versions          ${s.versions}`, `duplicate groups  ${s.duplicateGroups}`];
  const table = (title: string, rows: Array<[string, number]>): void => {
    lines.push('', title);
    if (rows.length === 0) lines.push('  (none)');
    const width = Math.max(0, ...rows.map(([k]) => k.length));
    const nWidth = Math.max(0, ...rows.map(([, n]) => String(n).length));
    for (const [k, n] of rows) lines.push(`  ${k.padEnd(width)}  ${String(n).padStart(nWidth)}`);
  };
  table(
    'by outlet',
    s.byOutlet.map((r) => [r.outlet, r.articles]),
  );
  table(
    'by language',
    s.byLanguage.map((r) => [r.language, r.articles]),
  );
  table(
    'by day',
    s.byDay.map((r) => [r.day, r.articles]),
  );
  return `${lines.join('\n')}\n`;
}
