/**
 * What every bench's command line shares: --no-write, --data-dir, --help, a one-line
 * usage error with exit status 2, and options that take a positive integer (--passes,
 * --dump-errors…). Each bench adds its own string options and reads them from `values`.
 */
import { parseArgs } from 'node:util';

export interface BenchArgs<N extends string> {
  write: boolean;
  dataDir: string | undefined;
  /** Each integer option: its value, or its default (0 when none is given: "off"). */
  ints: Record<N, number>;
  /** Every option as parsed, for the bench's own. */
  values: Record<string, string | boolean | undefined>;
}

export function usageError(bench: string, usage: string, message: string): never {
  console.error(`${bench}: ${message}\n${usage}`);
  process.exit(2);
}

export function benchArgs<N extends string>(
  bench: string,
  usage: string,
  ints: Readonly<Record<N, number>>,
  strings: readonly string[] = [],
): BenchArgs<N> {
  const options: Record<string, { type: 'string' | 'boolean'; default?: boolean; short?: string }> = {
    'no-write': { type: 'boolean', default: false },
    'data-dir': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  };
  for (const name of [...Object.keys(ints), ...strings]) options[name] = { type: 'string' };
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({ options }).values as Record<string, string | boolean | undefined>;
  } catch (e) {
    usageError(bench, usage, e instanceof Error ? e.message : String(e));
  }
  if (values.help === true) {
    console.log(usage);
    process.exit(0);
  }
  const parsed = {} as Record<N, number>;
  for (const name of Object.keys(ints) as N[]) {
    const raw = values[name];
    if (raw === undefined) {
      parsed[name] = ints[name];
      continue;
    }
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) usageError(bench, usage, `--${name} expects a positive integer, got "${String(raw)}"`);
    parsed[name] = n;
  }
  const dataDir = values['data-dir'];
  return { write: values['no-write'] !== true, dataDir: typeof dataDir === 'string' ? dataDir : undefined, ints: parsed, values };
}
