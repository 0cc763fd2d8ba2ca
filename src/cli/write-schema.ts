/**
 * `npm run schema`: publishes DatasetSchema as data/events.schema.json, so that editors
 * can check and complete data/events.json. A unit test keeps the committed file equal to
 * a fresh generation.
 */
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema';
import { DatasetSchema, EventSchema, SCHEMA_VERSION } from '../model/schema.ts';
import { helpAsked } from './usage.ts';

const SCHEMA_ID = `urn:diplomatic-timeline:events:v${SCHEMA_VERSION}`;

/**
 * An event's lists hold no repeats (validate.ts). JSON Schema's `uniqueItems` says it for
 * the lists of plain values, so an editor flags a country listed twice as it is typed;
 * repeated quotes and relations differ by white space or a note, which only the validator sees.
 */
const LISTS_WITHOUT_REPEATS: ReadonlySet<unknown> = new Set([
  EventSchema.entries.countries,
  EventSchema.entries.actors,
  EventSchema.entries.tags.wrapped,
]);

export function buildJsonSchema(): JsonSchema {
  const { $schema, ...body } = toJsonSchema(DatasetSchema, {
    target: 'draft-07',
    // Any other action that JSON Schema cannot express should stop the build, not vanish.
    errorMode: 'throw',
    // Trimming changes the value, it does not constrain it; the validator still rejects blank text.
    // A check (a source's publication date is a real day) is the validator's, like the events' dates.
    overrideAction: ({ valibotAction, jsonSchema }) =>
      valibotAction.type === 'trim' || valibotAction.type === 'check' ? jsonSchema : undefined,
    overrideSchema: ({ valibotSchema, jsonSchema }) =>
      LISTS_WITHOUT_REPEATS.has(valibotSchema) ? { ...jsonSchema, uniqueItems: true } : undefined,
  });
  return {
    $schema,
    $id: SCHEMA_ID,
    title: 'Diplomatic timeline dataset',
    description: [
      'Events, the actors in them and the sources they are quoted from.',
      'Rules beyond this schema (unique ids, no repeated quote or relation in an event,',
      'references that resolve, real calendar dates, quotes verbatim in their sources)',
      'are checked by `npm run validate`.',
    ].join(' '),
    ...body,
  };
}

export function renderJsonSchema(): string {
  return `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
}

export const SCHEMA_PATH = 'data/events.schema.json';

export const USAGE = `usage: npm run schema

  writes ${SCHEMA_PATH} from the dataset's types (src/model/schema.ts); takes no option`;

function main(args: readonly string[]) {
  if (helpAsked(args)) return console.log(USAGE);
  if (args.length > 0) {
    console.error(`${args.join(' ')}: npm run schema takes no option\n${USAGE}`);
    process.exitCode = 1;
    return;
  }
  const schemaFile = fileURLToPath(new URL(`../../${SCHEMA_PATH}`, import.meta.url));
  writeFileSync(schemaFile, renderJsonSchema());
  console.log(`wrote ${relative(process.cwd(), schemaFile)}`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
