/**
 * `--help` (or `-h`) for every command: its usage on stdout and exit 0, before anything
 * else is read, so that asking how a command works never reads a file called "--help".
 */
import { pathToFileURL } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CliOutcome } from './validate.ts';

export function helpAsked(args: readonly string[]): boolean {
  return args.some((arg) => arg === '--help' || arg === '-h');
}

export const showUsage = (usage: string): CliOutcome => ({ exitCode: 0, stdout: [usage], stderr: [] });

/**
 * Runs a command when its module is the script Node was started with (`npm run …`), not when a
 * test imports it: its outcome printed, stdout then stderr, and its exit code set.
 */
export function runWhenMain(moduleUrl: string, run: (args: readonly string[]) => CliOutcome): void {
  const script = process.argv[1];
  if (script === undefined || moduleUrl !== pathToFileURL(script).href) return;
  const outcome = run(process.argv.slice(2));
  for (const line of outcome.stdout) console.log(line);
  for (const line of outcome.stderr) console.error(line);
  process.exitCode = outcome.exitCode;
}

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/**
 * A command's arguments read with node:util's parseArgs, `--help`/`-h` among its options; an
 * unknown or malformed option is a message followed by the usage, never a throw.
 */
export function readArgs<const O extends OptionsConfig>(args: readonly string[], options: O, usage: string) {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { ...options, help: { type: 'boolean', short: 'h', default: false } } as O,
    });
    return { ok: true as const, values, positionals };
  } catch (error) {
    return { ok: false as const, message: `${error instanceof Error ? error.message : String(error)}\n${usage}` };
  }
}
