#!/usr/bin/env node
/**
 * The `vigie` command line. Thin: one file per command under ./commands/. Usage errors
 * (commander's own included) print one line with E_USAGE and a hint, and exit 2.
 */
import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import { formatErrorLine, toVigieError } from '../core/errors.js';
import { registerExtractCommand, type CliIO } from './commands/extract.js';
import { registerDbCommand } from './commands/db.js';
import { registerSearchCommand } from './commands/search.js';
import { registerShowCommand } from './commands/show.js';
import { registerExportCommand } from './commands/export.js';
import { registerStatsCommand } from './commands/stats.js';
import { registerIngestCommand } from './commands/ingest.js';
import { registerGazetteerCommand } from './commands/gazetteer.js';
import { registerAnalyzeCommand } from './commands/analyze.js';
import { registerEventsCommand } from './commands/events.js';
import { registerControlCommand, registerHistoryCommand } from './commands/history.js';

const EXIT_USAGE = 2;

function version(): string {
  try {
    // ../../package.json from both src/cli/ and dist/cli/
    return (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

export async function main(argv: string[] = process.argv, io: CliIO = process): Promise<number> {
  let exitCode = 0;
  const program = new Command('vigie')
    .description('Self-hosted news-monitoring engine: extracts articles from web pages and text dumps.')
    .version(version(), '-V, --version')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: () => undefined, // reported below, on one line
    });
  registerExtractCommand(program, (code) => (exitCode = code), io);
  registerSearchCommand(program, (code) => (exitCode = code), io);
  registerShowCommand(program, (code) => (exitCode = code), io);
  registerExportCommand(program, (code) => (exitCode = code), io);
  registerStatsCommand(program, (code) => (exitCode = code), io);
  registerDbCommand(program, (code) => (exitCode = code), io);
  registerIngestCommand(program, (code) => (exitCode = code), io);
  registerAnalyzeCommand(program, (code) => (exitCode = code), io);
  registerGazetteerCommand(program, (code) => (exitCode = code), io);
  registerEventsCommand(program, (code) => (exitCode = code), io);
  registerHistoryCommand(program, (code) => (exitCode = code), io);
  registerControlCommand(program, (code) => (exitCode = code), io);

  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return 0;
      const message =
        err.code === 'commander.help' || err.code === 'commander.executeSubCommandAsync'
          ? 'missing command'
          : err.message
              .replace(/^error:\s*/i, '')
              .replace(/\s*\n\s*/g, ' ')
              .trim();
      const first = /^(extract|analyze)\b/.exec(argv.slice(2).find((a) => !a.startsWith('-')) ?? '');
      const sub = first ? ` ${first[1]}` : '';
      io.stderr.write(`${formatErrorLine('vigie', { code: 'E_USAGE', message, hint: `run 'vigie${sub} --help'` })}\n`);
      return EXIT_USAGE;
    }
    const e = toVigieError(err);
    io.stderr.write(`${formatErrorLine('vigie', e.toJSON())}\n`);
    return e.code === 'E_USAGE' ? EXIT_USAGE : 1;
  }
}

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`${formatErrorLine('vigie', toVigieError(err).toJSON())}\n`);
      process.exitCode = 1;
    },
  );
}
