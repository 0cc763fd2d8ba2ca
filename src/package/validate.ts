/**
 * `import { validateDataset } from 'diplomatic-timeline/validate'`: the validator the viewer,
 * the embeds and `npm run validate` run, for Node (and any bundler). The types of the format
 * come with it. The package builds this file to lib/package/validate.js (src/package/build.ts).
 */
import { dirname, resolve } from 'node:path';
import { describeJsonSyntaxError } from '../model/json.ts';
import { ROOT_PATH, collectSourceFiles, validateDataset, type ValidationResult } from '../model/validate.ts';
import { readTextFile } from '../cli/validate.ts';

export { ROOT_PATH, collectSourceFiles, formatProblem, validateDataset } from '../model/validate.ts';
export type { ParsedEvent, Problem, TextsByFile, ValidateOptions, ValidationResult } from '../model/validate.ts';
export { SCHEMA_VERSION } from '../model/schema.ts';
export type {
  Actor,
  ActorKind,
  Dataset,
  DateBasis,
  EventStatus,
  Media,
  MediaKind,
  PathStep,
  Quote,
  Relation,
  RelationType,
  Source,
  TimelineEvent,
} from '../model/schema.ts';
export type { FilterCriteria } from '../model/filter.ts';

/** A file's validation: `warnings` says which files were read in another encoding than UTF-8. */
export type FileValidationResult = ValidationResult & { warnings: string[] };

/**
 * Validates a dataset file with the source texts it names, read relative to it, as
 * `npx diplomatic-timeline validate <file>` does: a file that cannot be read or parsed is
 * a problem at `(root)`, a source that cannot be read one at its `sources[i].file`.
 */
export function validateDatasetFile(file: string): FileValidationResult {
  const warnings: string[] = [];
  const refuse = (message: string): FileValidationResult => ({ ok: false, problems: [{ path: ROOT_PATH, message }], warnings });
  const read = readTextFile(file, warnings, 'a dataset (JSON)');
  if (!read.ok) return refuse(read.page ? read.reason : `${file}: cannot read the file: ${read.reason}`);
  let input: unknown;
  try {
    input = JSON.parse(read.text);
  } catch (error) {
    return refuse(describeJsonSyntaxError(file, read.text, error));
  }
  const sourceTexts = new Map<string, string>();
  const sourceErrors = new Map<string, string>();
  for (const sourceFile of collectSourceFiles(input)) {
    const path = resolve(dirname(file), sourceFile);
    const source = readTextFile(path, warnings, 'a source text', path);
    if (source.ok) sourceTexts.set(sourceFile, source.text);
    else sourceErrors.set(sourceFile, source.page ? source.reason : `cannot read ${path}: ${source.reason}`);
  }
  return { ...validateDataset(input, { sourceTexts, sourceErrors }), warnings };
}
