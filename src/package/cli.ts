#!/usr/bin/env node
/**
 * `npx diplomatic-timeline <command> [options]`: the package's one command line, which runs the
 * repository's commands (src/cli/*.ts, built to JavaScript) as `npm run <command>` runs them,
 * with the same options, output and exit codes. Each command is loaded only when asked for:
 * the suggester's language libraries are large, and validating needs none of them.
 */
import type { CliOutcome } from '../cli/validate.ts';

type Run = (args: readonly string[]) => CliOutcome;

const COMMANDS: Record<string, { summary: string; load: () => Promise<Run> }> = {
  validate: {
    summary: 'checks a dataset and its source texts (default data/events.json)',
    load: async () => (await import('../cli/validate.ts')).runValidate,
  },
  import: {
    summary: 'converts a TimelineJS JSON file or spreadsheet CSV into this format',
    load: async () => (await import('../cli/import.ts')).runImport,
  },
  export: {
    summary: 'writes a dataset (or a filtered view) as CSV, or as an SVG for print',
    load: async () => (await import('../cli/export.ts')).runExport,
  },
  publish: {
    summary: 'a folder to copy to your site: the story, its sources, a README with the embeds',
    load: async () => (await import('../cli/publish.ts')).runPublish,
  },
  suggest: {
    summary: 'proposes events from an article: quotes, dates, countries, actors',
    load: async () => (await import('../cli/suggest.ts')).runSuggest,
  },
};

const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));

const USAGE = `usage: diplomatic-timeline <command> [options]

${Object.entries(COMMANDS)
  .map(([name, { summary }]) => `  ${name.padEnd(width)}  ${summary}`)
  .join('\n')}

Each command answers --help with its usage.`;

/**
 * The commands word their usage and advice as the repository runs them (`npm run validate -- …`);
 * installed, they are typed `diplomatic-timeline validate …`, and say so.
 */
const asInstalled = (line: string) =>
  line.replace(/\bnpm run (validate|import|export|publish|suggest)\b(?: --(?= ))?/g, 'diplomatic-timeline $1');

/** The outcome of a whole command line; exit code 2 for a command that does not exist, as for a bad option. */
async function runCli(args: readonly string[]): Promise<{ exitCode: number; stdout: string[]; stderr: string[] }> {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    return { exitCode: name === undefined ? 2 : 0, stdout: name === undefined ? [] : [USAGE], stderr: name === undefined ? [USAGE] : [] };
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) return { exitCode: 2, stdout: [], stderr: [`${name}: no such command`, USAGE] };
  const run = await command.load();
  const outcome = run(rest);
  return { ...outcome, stdout: outcome.stdout.map(asInstalled), stderr: outcome.stderr.map(asInstalled) };
}

const outcome = await runCli(process.argv.slice(2));
for (const line of outcome.stdout) console.log(line);
for (const line of outcome.stderr) console.error(line);
process.exitCode = outcome.exitCode;
