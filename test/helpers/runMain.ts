/**
 * Runs the CLI in this process through main(), with in-memory streams: for tests that
 * check what a command prints and its exit code without paying for a child process.
 */
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/main.js';

export async function runMain(args: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await main(['node', 'vigie', ...args], { stdin: new PassThrough(), stdout, stderr });
  return { code, out, err };
}
