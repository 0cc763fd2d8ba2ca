/**
 * The shape check's fast path: the valibot schema of schema.ts compiled once into plain
 * functions that copy a well-formed value the way valibot would (strings trimmed where the
 * schema trims, defaults filled in, unknown keys dropped) and give up at the first doubt.
 *
 * Why: valibot builds a result record for every value it visits, which at 100,000 events
 * (millions of values) costs most of a second; almost every dataset a reader opens is
 * well-formed. When the fast path gives up, valibot runs as before and writes the
 * messages, so it stays the one judge of what is valid and the one author of what a
 * problem says. The fast path must only never accept what valibot would reject, and give
 * the same output when it accepts (tests/unit/model/fastShape.test.ts checks both).
 * Embed stand-in: src/embed/slim/fastShape.ts (swapped by path in src/embed/vite-plugin.ts).
 */
import type * as v from 'valibot';

/** What a compiled check returns when it cannot vouch for a value. */
export const UNSURE: unique symbol = Symbol('unsure');

export type FastCheck = (value: unknown) => unknown;

type AnySchema = v.BaseSchema<unknown, unknown, v.BaseIssue<unknown>>;

/** The parts of valibot's schema and action objects read here (its public properties). */
interface SchemaNode {
  readonly kind?: string;
  readonly type: string;
  readonly entries?: Readonly<Record<string, SchemaNode>>;
  readonly item?: SchemaNode;
  readonly wrapped?: SchemaNode;
  readonly default?: unknown;
  readonly options?: readonly unknown[];
  readonly literal?: unknown;
  readonly pipe?: readonly SchemaNode[];
  readonly requirement?: unknown;
}

/** A node this compiler does not know: the whole fast path is then off, and valibot does all the work. */
class Unsupported extends Error {}

function compileAction(action: SchemaNode): ((value: unknown) => unknown) | null {
  switch (action.type) {
    case 'description':
      return null;
    case 'trim':
      return (value) => (value as string).trim();
    case 'non_empty':
      return (value) => ((value as string | unknown[]).length > 0 ? value : UNSURE);
    case 'max_length': {
      const limit = action.requirement as number;
      return (value) => ((value as string | unknown[]).length <= limit ? value : UNSURE);
    }
    case 'min_length': {
      const limit = action.requirement as number;
      return (value) => ((value as string | unknown[]).length >= limit ? value : UNSURE);
    }
    case 'regex': {
      const pattern = action.requirement as RegExp;
      // A global or sticky pattern keeps state between tests; valibot's result would then depend on history.
      if (pattern.global || pattern.sticky) throw new Unsupported('stateful regex');
      return (value) => (pattern.test(value as string) ? value : UNSURE);
    }
    case 'check': {
      const holds = action.requirement as (value: unknown) => boolean;
      return (value) => (holds(value) ? value : UNSURE);
    }
    default:
      throw new Unsupported(`action ${action.type}`);
  }
}

function compilePipe(node: SchemaNode, pipe: readonly SchemaNode[]): FastCheck {
  const [head, ...actions] = pipe;
  if (!head || head.kind !== 'schema') throw new Unsupported(`pipe of ${node.type}`);
  const first = compileNode(head);
  const steps = actions.flatMap((action) => {
    if (action.kind === 'schema') throw new Unsupported('schema inside a pipe');
    const step = compileAction(action);
    return step ? [step] : [];
  });
  return (value) => {
    let current = first(value);
    for (let i = 0; i < steps.length && current !== UNSURE; i++) current = (steps[i] as (value: unknown) => unknown)(current);
    return current;
  };
}

function compileObject(entries: Readonly<Record<string, SchemaNode>>): FastCheck {
  const fields = Object.entries(entries).map(([key, schema]) => ({
    key,
    check: compileNode(schema),
    optional: schema.type === 'optional',
    // A default that is a function is computed per value by valibot; not worth mirroring.
    fill: schema.type === 'optional' && schema.default !== undefined ? schema.default : undefined,
  }));
  if (fields.some((field) => typeof field.fill === 'function')) throw new Unsupported('computed default');
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return UNSURE;
    const input = value as Record<string, unknown>;
    const output: Record<string, unknown> = {};
    for (const field of fields) {
      // `in`, as valibot reads keys: inherited ones count.
      if (field.key in input) {
        const checked = field.check(input[field.key]);
        if (checked === UNSURE) return UNSURE;
        output[field.key] = checked;
      } else if (field.fill !== undefined) {
        // Through the check, as valibot does: each value gets its own copy of the default.
        output[field.key] = field.check(field.fill);
      } else if (!field.optional) {
        return UNSURE;
      }
    }
    return output;
  };
}

function compileNode(node: SchemaNode): FastCheck {
  // v.pipe(schema, ...actions) returns the schema with its actions in `pipe`, the schema first.
  if (node.pipe) return compilePipe(node, node.pipe);
  let check: FastCheck;
  switch (node.type) {
    case 'string':
      check = (value) => (typeof value === 'string' ? value : UNSURE);
      break;
    case 'literal': {
      const literal = node.literal;
      check = (value) => (value === literal ? value : UNSURE);
      break;
    }
    case 'picklist': {
      const options = new Set(node.options);
      check = (value) => (options.has(value) ? value : UNSURE);
      break;
    }
    case 'union': {
      // valibot takes the first option that holds, and its output.
      const options = (node.options as SchemaNode[]).map(compileNode);
      check = (value) => {
        for (const option of options) {
          const checked = option(value);
          if (checked !== UNSURE) return checked;
        }
        return UNSURE;
      };
      break;
    }
    case 'optional': {
      if (!node.wrapped) throw new Unsupported('optional without a schema');
      const wrapped = compileNode(node.wrapped);
      const fill = node.default;
      if (typeof fill === 'function') throw new Unsupported('computed default');
      check = (value) => (value === undefined ? (fill === undefined ? UNSURE : fill) : wrapped(value));
      break;
    }
    case 'array': {
      if (!node.item) throw new Unsupported('array without an item');
      const item = compileNode(node.item);
      check = (value) => {
        if (!Array.isArray(value)) return UNSURE;
        const output = new Array<unknown>(value.length);
        for (let i = 0; i < value.length; i++) {
          const checked = item(value[i]);
          if (checked === UNSURE) return UNSURE;
          output[i] = checked;
        }
        return output;
      };
      break;
    }
    case 'object':
      if (!node.entries) throw new Unsupported('object without entries');
      check = compileObject(node.entries);
      break;
    default:
      throw new Unsupported(`schema ${node.type}`);
  }
  return check;
}

/** The compiled check, or null when the schema uses something this compiler does not know. */
export function compileFastCheck(schema: AnySchema): FastCheck | null {
  try {
    return compileNode(schema as unknown as SchemaNode);
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}
