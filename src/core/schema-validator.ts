/**
 * Validates a value against one of our JSON Schemas (the data `scripts/compile-schemas.mjs` generates into
 * `src/generated/`), with ajv's semantics and error objects for the keywords those schemas use (ajv 8, `allErrors`;
 * the fields the checker reads). The schema is compiled once into a tree of closures: no `eval` or `new Function`, so it
 * runs under a strict Content-Security-Policy, and the schema ships as data, smaller than ajv's generated code.
 *
 * Errors come in ajv's order: the type (when no keyword of that type's group is used), `enum`, `anyOf`, `if`, then the
 * array keywords and the object keywords (`required`, `additionalProperties`, `properties`, `patternProperties`), each
 * group only for a value of its type, with the type error in its place otherwise. `test/hardening/schema-check.test.ts`
 * compares the errors with those of ajv's own validators on damaged corpus documents.
 *
 * A conforming document allocates (almost) nothing: the checks carry the value's depth, not its path. The keys and
 * indexes leading to the current value are written into one stack as the walk goes down, and an instance path is built
 * only when an error is made, from the longest prefix already built (so errors along one branch share their strings).
 * An `if` condition, and an `anyOf` branch until one passes, are only asked whether they pass: while they run, errors
 * are counted, not made. A failed `anyOf` then runs its branches again to list their errors, as ajv does.
 *
 * @module
 */
import { escapeSegment } from '../parse/pointer.js';
import { isObject } from './json-object.js';

/** One error: ajv's error object, with only the fields the checker reads. */
export interface SchemaError {
  instancePath: string;
  /** Only on `anyOf` errors and the errors of their branches. */
  schemaPath?: string;
  keyword: string;
  params: Record<string, unknown>;
  /** Only on `additionalProperties` errors: the schema of the object (its title and the names it allows). */
  parentSchema?: unknown;
  /** Only on `type` and `enum` errors. */
  data?: unknown;
}

/** Returns whether `data` conforms, and leaves the errors in `errors` (null when there are none), as ajv does. */
export interface SchemaValidateFunction {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}

type Schema = boolean | { readonly [keyword: string]: unknown };
/** Checks the value at `depth` (the root is at 0), appending its errors to the run's list. */
type Check = (data: unknown, depth: number) => void;
/** Makes one error, given the value's instance path and what the error names (the value, a key, ...). */
type MakeError = (instancePath: string, detail: unknown) => SchemaError;

/** The keywords the compiler knows; any other (annotations aside) is a compile error, never silently ignored. */
const KEYWORDS = ['$ref', 'type', 'enum', 'anyOf', 'if', 'then', 'else', 'required', 'items', 'additionalProperties', 'properties', 'patternProperties'];
const ANNOTATIONS = ['title', 'definitions'];
const OBJECT_KEYWORDS = ['required', 'additionalProperties', 'properties', 'patternProperties'];

const TYPES: Record<string, (value: unknown) => boolean> = {
  string: (value) => typeof value == 'string',
  number: (value) => typeof value == 'number' && isFinite(value),
  integer: (value) => typeof value == 'number' && !(value % 1) && isFinite(value),
  boolean: (value) => typeof value == 'boolean',
  null: (value) => value === null,
  object: isObject,
  array: Array.isArray,
};

/** The validator of `root`; `$ref`s name its `definitions` (`#/definitions/<name>`). */
export function compileSchema(root: Schema): SchemaValidateFunction {
  const definitions = new Map<string, Check>();
  const definitionsOf = isObject(root) && isObject(root.definitions) ? root.definitions : {};

  // The state of the run under way (one at a time: nothing a run calls can start another).
  const errors: SchemaError[] = [];
  /** `keys[d]`: the key or index that leads from the value at depth d to the one being checked below it. */
  const keys: (string | number)[] = [];
  /** `paths[d]`: the instance path of the value at depth d, current for every d up to `built` (deeper ones are stale). */
  const paths = [''];
  let built = 0;
  /** Errors made so far (only its growth is read); while `probing` is above 0, they are counted, not listed. */
  let made = 0;
  let probing = 0;

  /** Records that the value at `depth` + 1 is the one under `key`. */
  function enter(depth: number, key: string | number): void {
    keys[depth] = key;
    if (built > depth) built = depth;
  }

  /** The instance path of the value at `depth`, from the longest prefix already built. */
  function pathAt(depth: number): string {
    for (; built < depth; built++) paths[built + 1] = paths[built] + '/' + escapeSegment(keys[built]!);
    return paths[depth]!;
  }

  function report(make: MakeError, depth: number, detail: unknown): void {
    made++;
    if (probing === 0) errors.push(make(pathAt(depth), detail));
  }

  /** Whether `check` passes the value at `depth`; it lists no errors and leaves no trace. */
  function passes(check: Check, data: unknown, depth: number): boolean {
    const start = made;
    probing++;
    check(data, depth);
    probing--;
    const passed = made === start;
    made = start;
    return passed;
  }

  function ref(target: unknown): Check {
    const name = typeof target == 'string' && target.startsWith('#/definitions/') ? target.slice(14) : undefined;
    if (name === undefined || !Object.hasOwn(definitionsOf, name)) throw new Error(`unresolvable $ref ${String(target)}`);
    // Compiled on first use, so recursive definitions work; ajv reports schema paths relative to the definition.
    let check = definitions.get(name);
    if (!check) {
      let compiled: Check | undefined;
      check = (data, depth) => (compiled ??= compile(definitionsOf[name] as Schema, '#', false) ?? (() => {}))(data, depth);
      definitions.set(name, check);
    }
    return check;
  }

  /** The check of one schema, or undefined when it accepts everything; `branch`: inside an `anyOf` (errors keep their schema path). */
  function compile(schema: Schema, at: string, branch: boolean): Check | undefined {
    if (schema === true) return undefined;
    if (schema === false) {
      const falseError: MakeError = (instancePath) => ({ instancePath, keyword: 'false schema', params: {} });
      return (_data, depth) => report(falseError, depth, undefined);
    }
    const unknown = Object.keys(schema).find((key) => !KEYWORDS.includes(key) && !ANNOTATIONS.includes(key));
    if (unknown !== undefined) throw new Error(`the schema validator does not know the keyword '${unknown}' (at ${at})`);
    const used = KEYWORDS.filter((key) => schema[key] !== undefined);
    if (used.length === 0) return undefined;
    if (schema.$ref !== undefined) {
      if (used.length > 1) throw new Error(`$ref with other keywords (at ${at})`);
      return ref(schema.$ref);
    }
    // ajv's field order: the schema path comes second.
    const withPath = (error: SchemaError, keyword: string): SchemaError => {
      if (!branch) return error;
      const { instancePath, ...rest } = error;
      return { instancePath, schemaPath: `${at}/${keyword}`, ...rest };
    };
    const typeError: MakeError = (instancePath, data) => withPath({ instancePath, keyword: 'type', params: { type: schema.type }, data }, 'type');
    const types = schema.type === undefined ? [] : ([] as unknown[]).concat(schema.type).map(String);
    const hasArrayKeywords = schema.items !== undefined;
    const hasObjectKeywords = OBJECT_KEYWORDS.some((key) => schema[key] !== undefined);
    // ajv checks the type first unless it is the one type of a keyword group in use: then the error is that group's else.
    const groupOwnsType = types.length === 1 && ((types[0] === 'array' && hasArrayKeywords) || (types[0] === 'object' && hasObjectKeywords));
    const checks: Check[] = [];

    if (types.length > 0 && !groupOwnsType) {
      const tests = types.map((type) => TYPES[type] ?? unknownType(type, at));
      const [test] = tests;
      checks.push(
        tests.length === 1
          ? (data, depth) => {
              if (!test!(data)) report(typeError, depth, data);
            }
          : (data, depth) => {
              for (let i = 0; i < tests.length; i++) if (tests[i]!(data)) return;
              report(typeError, depth, data);
            },
      );
    }
    if (schema.enum !== undefined) {
      const allowed = schema.enum as unknown[];
      const enumError: MakeError = (instancePath, data) => withPath({ instancePath, keyword: 'enum', params: { allowedValues: allowed }, data }, 'enum');
      checks.push((data, depth) => {
        if (!allowed.includes(data)) report(enumError, depth, data);
      });
    }
    if (schema.anyOf !== undefined) checks.push(anyOf(schema.anyOf as Schema[], at));
    if (schema.if !== undefined) checks.push(ifThenElse(schema, at, branch));
    if (hasArrayKeywords) {
      const item = compile(schema.items as Schema, `${at}/items`, branch);
      const typeIsArray = groupOwnsType;
      checks.push((data, depth) => {
        if (Array.isArray(data)) {
          if (item) {
            for (let i = 0; i < data.length; i++) {
              enter(depth, i);
              item(data[i], depth + 1);
            }
          }
        } else if (typeIsArray) report(typeError, depth, data);
      });
    }
    if (hasObjectKeywords) checks.push(objectKeywords(schema, at, branch, groupOwnsType ? typeError : undefined));

    return checks.length === 1 ? checks[0] : (data, depth) => {
      for (let i = 0; i < checks.length; i++) checks[i]!(data, depth);
    };
  }

  function anyOf(alternatives: Schema[], at: string): Check {
    const branches = alternatives.map((alternative, i) => compile(alternative, `${at}/anyOf/${i}`, true));
    const anyOfError: MakeError = (instancePath) => ({ instancePath, schemaPath: `${at}/anyOf`, keyword: 'anyOf', params: {} });
    return (data, depth) => {
      for (let i = 0; i < branches.length; i++) {
        const branch = branches[i];
        if (!branch || passes(branch, data, depth)) return;
      }
      // No branch passes: ajv lists the errors of each, then its own.
      for (let i = 0; i < branches.length; i++) branches[i]!(data, depth);
      report(anyOfError, depth, undefined);
    };
  }

  function ifThenElse(schema: Exclude<Schema, boolean>, at: string, branch: boolean): Check {
    const condition = compile(schema.if as Schema, `${at}/if`, false);
    const then = schema.then === undefined ? undefined : compile(schema.then as Schema, `${at}/then`, branch);
    const otherwise = schema.else === undefined ? undefined : compile(schema.else as Schema, `${at}/else`, branch);
    const ifError: MakeError = (instancePath, failingKeyword) => ({ instancePath, keyword: 'if', params: { failingKeyword } });
    return (data, depth) => {
      const holds = !condition || passes(condition, data, depth);
      const clause = holds ? then : otherwise;
      if (!clause) return;
      const start = made;
      clause(data, depth);
      if (made > start) report(ifError, depth, holds ? 'then' : 'else');
    };
  }

  function objectKeywords(schema: Exclude<Schema, boolean>, at: string, branch: boolean, typeError: MakeError | undefined): Check {
    const required = (schema.required ?? []) as string[];
    const requiredError: MakeError = (instancePath, missingProperty) => ({ instancePath, keyword: 'required', params: { missingProperty } });
    const properties = Object.entries((schema.properties ?? {}) as Record<string, Schema>);
    // Each named property: its place in the schema and its check (undefined when it accepts anything).
    const named = new Map(
      properties.map(([name, sub], index) => {
        if (name in Object.prototype) throw new Error(`property '${name}' is inherited by every object (at ${at})`);
        return [name, { name, index, check: compile(sub, `${at}/properties/${escapeSegment(name)}`, branch) }] as const;
      }),
    );
    const byIndex = [...named.values()];
    // The properties present are marked in two 32-bit masks, walked in the schema's order without allocating.
    if (byIndex.length > 64) throw new Error(`more than 64 named properties (at ${at})`);
    const patterns = Object.entries((schema.patternProperties ?? {}) as Record<string, Schema>).map(([pattern, sub]) => ({
      regexp: new RegExp(pattern, 'u'),
      check: compile(sub, `${at}/patternProperties/${escapeSegment(pattern)}`, branch),
    }));
    const regexps = patterns.map((pattern) => pattern.regexp);
    const matchesPattern = (key: string): boolean => {
      for (let i = 0; i < regexps.length; i++) if (regexps[i]!.test(key)) return true;
      return false;
    };
    const checkedPatterns = patterns.filter((pattern) => pattern.check);
    const extra = schema.additionalProperties;
    const extraCheck = extra === undefined || extra === false ? undefined : compile(extra as Schema, `${at}/additionalProperties`, branch);
    const closed = extra === false;
    const extraError: MakeError = (instancePath, additionalProperty) => ({ instancePath, keyword: 'additionalProperties', params: { additionalProperty }, parentSchema: schema });
    return (data, depth) => {
      if (!isObject(data)) {
        if (typeError) report(typeError, depth, data);
        return;
      }
      for (let i = 0; i < required.length; i++) {
        if (data[required[i]!] === undefined) report(requiredError, depth, required[i]);
      }
      // One pass over the value's keys (a handful) instead of a lookup per named property (up to 45): unknown keys are
      // reported in key order, as ajv does, and the named ones are then checked in the schema's order.
      let low = 0;
      let high = 0;
      for (const key in data) {
        const property = named.get(key);
        if (property) {
          if (property.check && data[key] !== undefined) {
            if (property.index < 32) low |= 1 << property.index;
            else high |= 1 << (property.index - 32);
          }
        } else if ((closed || extraCheck) && !matchesPattern(key)) {
          if (extraCheck) {
            enter(depth, key);
            extraCheck(data[key], depth + 1);
          } else report(extraError, depth, key);
        }
      }
      for (let offset = 0, mask = low; offset < 64; offset += 32, mask = high) {
        while (mask !== 0) {
          const bit = mask & -mask;
          mask ^= bit;
          const { name, check } = byIndex[offset + 31 - Math.clz32(bit)]!;
          enter(depth, name);
          check!(data[name], depth + 1);
        }
      }
      for (let p = 0; p < checkedPatterns.length; p++) {
        const { regexp, check } = checkedPatterns[p]!;
        for (const key in data) {
          if (!regexp.test(key)) continue;
          enter(depth, key);
          check!(data[key], depth + 1);
        }
      }
    };
  }

  const check = compile(root, '#', false);
  const validate: SchemaValidateFunction = (data) => {
    try {
      check?.(data, 0);
      // The errors move out (none on a conforming value: nothing allocated).
      validate.errors = errors.length > 0 ? errors.splice(0) : null;
    } finally {
      // Nothing of the document stays behind, also when deep nesting cuts a run short (a RangeError).
      errors.length = 0;
      keys.length = 0;
      paths.length = 1;
      built = 0;
      probing = 0;
    }
    return !validate.errors;
  };
  return validate;
}

function unknownType(type: string, at: string): never {
  throw new Error(`unknown type '${type}' (at ${at})`);
}
