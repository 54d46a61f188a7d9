/**
 * `vigie history PLACE`: who held the place and each place inside it, day by day, from
 * the store's changes of hands and control claims, each dated and sourced; conflicting
 * reports side by side. `vigie control --within PLACE --at DAY`: the places inside PLACE
 * by holder on that day.
 */
import { Command, Option } from 'commander';
import { VigieError } from '../../core/errors.js';
import { controlAt } from '../../events/controlAt.js';
import { placeHistory } from '../../events/placeHistory.js';
import { TERRITORY_SUB_TYPES } from '../../events/controlStatements.js';
import { formatControl, formatHistory } from '../formatHistory.js';
import type { CliIO } from './extract.js';
import { addStoredEventsOptions, parseDay, resolvePlace, withCodedStore, type StoredEventsCliOptions } from './storedEvents.js';

const FORMATS = ['text', 'json'] as const;

interface HistoryCliOptions extends StoredEventsCliOptions {
  format: (typeof FORMATS)[number];
  until?: string;
}

interface ControlCliOptions extends StoredEventsCliOptions {
  format: (typeof FORMATS)[number];
  within: string;
  at?: string;
}

export function registerHistoryCommand(program: Command, onDone: (exitCode: number) => void, io: CliIO): Command {
  return addStoredEventsOptions(
    program
      .command('history')
      .description('who held a place and each place inside it over time, each change dated and sourced, conflicts side by side')
      .argument('<PLACE...>', 'a place in any spelling the gazetteer knows (Alep, Aleppo), or a district (Sukkari)')
      .option('--until <DAY>', 'only statements on or before DAY (YYYY-MM-DD)', parseDay)
      .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('text')),
  ).action(async (words: string[], opts: HistoryCliOptions) => {
    const name = placeName(words, 'history');
    const { value, failed } = await withCodedStore(opts, io, true, async (store, gazetteer) => {
      const place = resolvePlace(name, gazetteer);
      const events = await store.events({ place, subTypes: TERRITORY_SUB_TYPES, until: opts.until ?? null });
      const claims = (await store.controlClaims(place)).filter(
        (c) => opts.until === undefined || (c.asOf !== null && c.asOf <= opts.until),
      );
      return placeHistory(place, events, claims);
    });
    if (opts.format === 'json') io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
    else if (value.length === 0) io.stderr.write(`vigie: nothing stored says who held ${JSON.stringify(name)} or a place inside it\n`);
    else io.stdout.write(formatHistory(value));
    onDone(failed > 0 ? 1 : 0);
  });
}

export function registerControlCommand(program: Command, onDone: (exitCode: number) => void, io: CliIO): Command {
  return addStoredEventsOptions(
    program
      .command('control')
      .description('the places inside a place by holder on a given day, and who says so')
      .requiredOption('--within <PLACE>', 'a place in any spelling the gazetteer knows (Alep, Aleppo)')
      .option('--at <DAY>', 'the day (YYYY-MM-DD; default today)', parseDay)
      .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('text')),
  ).action(async (opts: ControlCliOptions) => {
    const name = placeName([opts.within], 'control');
    const at = opts.at ?? new Date().toISOString().slice(0, 10);
    const { value, failed } = await withCodedStore(opts, io, true, async (store, gazetteer) => {
      const place = resolvePlace(name, gazetteer);
      const events = await store.events({ place, subTypes: TERRITORY_SUB_TYPES, until: at });
      const claims = await store.controlClaims(place);
      return controlAt(place, at, events, claims);
    });
    if (opts.format === 'json') io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
    else io.stdout.write(formatControl(value, name));
    onDone(failed > 0 ? 1 : 0);
  });
}

function placeName(words: readonly string[], command: string): string {
  const name = words.join(' ').trim();
  if (name === '') throw new VigieError('E_USAGE', 'empty PLACE', { hint: `run 'vigie ${command} --help'` });
  return name;
}
