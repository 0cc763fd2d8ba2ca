/**
 * `--help` (or `-h`) for every command: its usage on stdout and exit 0, before anything
 * else is read, so that asking how a command works never reads a file called "--help".
 */
import type { CliOutcome } from './validate.ts';

export function helpAsked(args: readonly string[]): boolean {
  return args.some((arg) => arg === '--help' || arg === '-h');
}

export const showUsage = (usage: string): CliOutcome => ({ exitCode: 0, stdout: [usage], stderr: [] });
