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
type Check = (data: unknown, path: string, errors: SchemaError[]) => void;

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

  function ref(target: unknown): Check {
    const name = typeof target == 'string' && target.startsWith('#/definitions/') ? target.slice(14) : undefined;
    if (name === undefined || !Object.hasOwn(definitionsOf, name)) throw new Error(`unresolvable $ref ${String(target)}`);
    // Compiled on first use, so recursive definitions work; ajv reports schema paths relative to the definition.
    let check = definitions.get(name);
    if (!check) {
      let compiled: Check | undefined;
      check = (data, path, errors) => (compiled ??= compile(definitionsOf[name] as Schema, '#', false) ?? (() => {}))(data, path, errors);
      definitions.set(name, check);
    }
    return check;
  }

  /** The check of one schema, or undefined when it accepts everything; `branch`: inside an `anyOf` (errors keep their schema path). */
  function compile(schema: Schema, at: string, branch: boolean): Check | undefined {
    if (schema === true) return undefined;
    if (schema === false) return (_data, path, errors) => void errors.push({ instancePath: path, keyword: 'false schema', params: {} });
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
    const typeError = (path: string, data: unknown): SchemaError => withPath({ instancePath: path, keyword: 'type', params: { type: schema.type }, data }, 'type');
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
          ? (data, path, errors) => {
              if (!test!(data)) errors.push(typeError(path, data));
            }
          : (data, path, errors) => {
              if (!tests.some((each) => each(data))) errors.push(typeError(path, data));
            },
      );
    }
    if (schema.enum !== undefined) {
      const allowed = schema.enum as unknown[];
      checks.push((data, path, errors) => {
        if (!allowed.includes(data)) errors.push(withPath({ instancePath: path, keyword: 'enum', params: { allowedValues: allowed }, data }, 'enum'));
      });
    }
    if (schema.anyOf !== undefined) checks.push(anyOf(schema.anyOf as Schema[], at));
    if (schema.if !== undefined) checks.push(ifThenElse(schema, at, branch));
    if (hasArrayKeywords) {
      const item = compile(schema.items as Schema, `${at}/items`, branch);
      const typeIsArray = groupOwnsType;
      checks.push((data, path, errors) => {
        if (Array.isArray(data)) {
          if (item) for (let i = 0; i < data.length; i++) item(data[i], `${path}/${i}`, errors);
        } else if (typeIsArray) errors.push(typeError(path, data));
      });
    }
    if (hasObjectKeywords) checks.push(objectKeywords(schema, at, branch, groupOwnsType ? typeError : undefined));

    return checks.length === 1 ? checks[0] : (data, path, errors) => {
      for (let i = 0; i < checks.length; i++) checks[i]!(data, path, errors);
    };
  }

  function anyOf(alternatives: Schema[], at: string): Check {
    const branches = alternatives.map((alternative, i) => compile(alternative, `${at}/anyOf/${i}`, true));
    return (data, path, errors) => {
      const before = errors.length;
      for (const branch of branches) {
        const start = errors.length;
        branch?.(data, path, errors);
        if (errors.length === start) {
          errors.length = before;
          return;
        }
      }
      errors.push({ instancePath: path, schemaPath: `${at}/anyOf`, keyword: 'anyOf', params: {} });
    };
  }

  function ifThenElse(schema: Exclude<Schema, boolean>, at: string, branch: boolean): Check {
    const condition = compile(schema.if as Schema, `${at}/if`, false);
    const clauses = {
      then: schema.then === undefined ? undefined : compile(schema.then as Schema, `${at}/then`, branch),
      else: schema.else === undefined ? undefined : compile(schema.else as Schema, `${at}/else`, branch),
    };
    return (data, path, errors) => {
      const probe: SchemaError[] = [];
      condition?.(data, path, probe);
      const failingKeyword = probe.length === 0 ? 'then' : 'else';
      const clause = clauses[failingKeyword];
      if (!clause) return;
      const start = errors.length;
      clause(data, path, errors);
      if (errors.length > start) errors.push({ instancePath: path, keyword: 'if', params: { failingKeyword } });
    };
  }

  function objectKeywords(schema: Exclude<Schema, boolean>, at: string, branch: boolean, typeError: ((path: string, data: unknown) => SchemaError) | undefined): Check {
    const required = (schema.required ?? []) as string[];
    const properties = Object.entries((schema.properties ?? {}) as Record<string, Schema>);
    // Each named property: its place in the schema and its check (undefined when it accepts anything).
    const named = new Map(
      properties.map(([name, sub], index) => {
        if (name in Object.prototype) throw new Error(`property '${name}' is inherited by every object (at ${at})`);
        return [name, { name, index, suffix: `/${escapeSegment(name)}`, check: compile(sub, `${at}/properties/${escapeSegment(name)}`, branch) }] as const;
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
    return (data, path, errors) => {
      if (!isObject(data)) {
        if (typeError) errors.push(typeError(path, data));
        return;
      }
      for (let i = 0; i < required.length; i++) {
        if (data[required[i]!] === undefined) errors.push({ instancePath: path, keyword: 'required', params: { missingProperty: required[i] } });
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
          if (extraCheck) extraCheck(data[key], `${path}/${escapeSegment(key)}`, errors);
          else errors.push({ instancePath: path, keyword: 'additionalProperties', params: { additionalProperty: key }, parentSchema: schema });
        }
      }
      for (let offset = 0, mask = low; offset < 64; offset += 32, mask = high) {
        while (mask !== 0) {
          const bit = mask & -mask;
          mask ^= bit;
          const { name, suffix, check } = byIndex[offset + 31 - Math.clz32(bit)]!;
          check!(data[name], path + suffix, errors);
        }
      }
      for (const { regexp, check } of checkedPatterns) {
        for (const key in data) if (regexp.test(key)) check!(data[key], `${path}/${escapeSegment(key)}`, errors);
      }
    };
  }

  const check = compile(root, '#', false);
  const validate: SchemaValidateFunction = (data) => {
    const errors: SchemaError[] = [];
    check?.(data, '', errors);
    validate.errors = errors.length > 0 ? errors : null;
    return errors.length === 0;
  };
  return validate;
}

function unknownType(type: string, at: string): never {
  throw new Error(`unknown type '${type}' (at ${at})`);
}
