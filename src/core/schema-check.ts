/**
 * Structural check of a connector's JSON files against our own JSON Schemas (`schemas/`, as data in `src/generated/`),
 * through `schema-validator.ts` (ajv's semantics and errors; no `eval`, no `new Function`: safe under a strict CSP and
 * in a browser).
 *
 * ajv's raw errors are noisy (every failed alternative, `if` bookkeeping, one error per keyword). This module turns
 * them into a short, sorted list of {@link SchemaIssue}s with a pointer and one sentence each, which the engine maps
 * to catalogue ids (`meta-json-types`, `meta-json-enums`, `meta-no-unknown-keys`, `meta-swagger-version`, ...).
 *
 * @module
 */
import { schema as apiDefinitionSchema } from '../generated/apiDefinition.schema.js';
import { schema as apiPropertiesSchema } from '../generated/apiProperties.schema.js';
import { schema as settingsSchema } from '../generated/settings.schema.js';
import { hasOwn, isWithin, itemIndex, joinPointer, parsePointer } from '../parse/pointer.js';
import { entries, isObject as isPlainObject, jsonType } from './json-object.js';
import { shorten, wordList, withArticle } from '../parse/wording.js';
import { compileSchema, type SchemaError, type SchemaValidateFunction } from './schema-validator.js';
import { MAX_SUGGEST_LENGTH, nearest, soleNearest } from '../parse/suggest.js';
import { compareText } from '../parse/order.js';

/** Which schema to check a value against. */
export type SchemaKind = 'apiDefinition' | 'apiProperties' | 'settings';

/** One structural problem found in a file by the JSON Schema check. */
export interface SchemaIssue {
  /**
   * - `type`: a value has the wrong JSON type.
   * - `enum`: a value is not one of the allowed values.
   * - `unknown-key`: an object holds a key that is not allowed there.
   * - `required`: a required key is missing.
   * - `swagger-version`: the definition is not a Swagger 2.0 document.
   * - `other`: anything else (including "too deeply nested to check").
   */
  kind: 'type' | 'enum' | 'unknown-key' | 'required' | 'swagger-version' | 'other';
  /**
   * RFC 6901 pointer of the offending value; for `unknown-key`, the pointer of the unknown key itself (parent pointer
   * + '/' + escaped key); for `required`, the pointer of the object that lacks the key.
   */
  pointer: string;
  /** One sentence that names the key or value and says what is allowed. */
  message: string;
  /**
   * For `unknown-key` and `enum`: the allowed key or value the input is clearly a misspelling of (no other allowed
   * name is near it), which a fix may write in its place.
   */
  replacement?: string;
}

const SCHEMAS: Record<SchemaKind, { readonly [keyword: string]: unknown }> = {
  apiDefinition: apiDefinitionSchema,
  apiProperties: apiPropertiesSchema,
  settings: settingsSchema,
};

/** Each schema's validator, compiled when first needed. */
const validators: Partial<Record<SchemaKind, SchemaValidateFunction>> = {};

let places: Map<string, string[]> | undefined;

/**
 * Where each `x-ms-*` key of the connector definition is allowed: the titles of the objects that list it, sorted
 * ('the top level' for the root). Read from the schema when first asked, for the messages of a misplaced extension.
 */
export function extensionPlaces(): ReadonlyMap<string, readonly string[]> {
  if (!places) {
    const found = new Map<string, string[]>();
    const add = (title: string, schema: unknown) => {
      for (const key of allowedKeys(schema)) if (key.startsWith('x-ms-')) found.set(key, [...(found.get(key) ?? []), title].sort());
    };
    add('the top level', apiDefinitionSchema);
    for (const [name, definition] of entries(apiDefinitionSchema.definitions)) {
      add(isPlainObject(definition) && typeof definition.title === 'string' ? definition.title : name, definition);
    }
    places = found;
  }
  return places;
}

/** More issues than this are summarised in one final `other` issue (a broken 10 MB file must not flood the output). */
export const MAX_SCHEMA_ISSUES = 1000;

/** Keys and values longer than this are shortened in messages. */
const MAX_QUOTED = 60;

/** Enumerations longer than this are not listed in full. */
const MAX_LISTED_VALUES = 8;

/**
 * Checks `value` (a parsed JSON document) against our schema for `kind` and returns its structural issues, sorted by
 * pointer. Never throws: any input (non-object roots, huge or deeply nested documents) gives an array.
 *
 * @example
 * ```ts
 * checkSchema('apiDefinition', { swagger: '2.0', info: {}, paths: { '/a': { get: { 'x-ms-visbility': 'internal' } } } });
 * // [{ kind: 'unknown-key', pointer: '/paths/~1a/get/x-ms-visbility',
 * //    message: "Key 'x-ms-visbility' is not allowed in an Operation Object; did you mean 'x-ms-visibility'?" }]
 * ```
 */
export function checkSchema(kind: SchemaKind, value: unknown): SchemaIssue[] {
  try {
    const validate = hasOwn(SCHEMAS, kind) ? (validators[kind] ??= compileSchema(SCHEMAS[kind])) : undefined;
    if (!validate) return [{ kind: 'other', pointer: '', message: `There is no schema named '${String(kind)}'.` }];
    if (kind === 'apiDefinition') {
      const openApi3 = openApi3Issue(value);
      if (openApi3) return [openApi3];
    }
    let valid: boolean;
    try {
      valid = validate(value);
    } catch (error) {
      if (error instanceof RangeError) {
        return [{ kind: 'other', pointer: '', message: 'The document is nested too deeply for its structure to be checked.' }];
      }
      throw error;
    }
    if (valid) return [];
    const errors = validate.errors ?? [];
    validate.errors = null; // do not keep a large document's errors (and their data references) alive
    return toIssues(kind, value, errors);
  } catch (error) {
    const detail = error instanceof RangeError ? 'it is nested too deeply' : 'of an internal error';
    return [{ kind: 'other', pointer: '', message: `The structure of the document could not be checked because ${detail}.` }];
  }
}

/** An OpenAPI 3 document gets one clear issue instead of dozens of unknown keys. */
function openApi3Issue(value: unknown): SchemaIssue | undefined {
  if (!isPlainObject(value) || !hasOwn(value, 'openapi')) return undefined;
  if (hasOwn(value, 'swagger') && value.swagger === '2.0') return undefined;
  return {
    kind: 'swagger-version',
    pointer: hasOwn(value, 'swagger') ? '/swagger' : '',
    message: `This is an OpenAPI ${quote(value.openapi)} document; Power Platform connectors must be Swagger 2.0 documents with "swagger": "2.0".`,
  };
}

// ---------------------------------------------------------------------------------------------------------------------
// ajv errors -> issues

function toIssues(kind: SchemaKind, root: unknown, raw: readonly SchemaError[]): SchemaIssue[] {
  const errors = pickAlternatives(raw.filter((e) => e.keyword !== 'if'));
  const issues: SchemaIssue[] = [];
  for (const error of errors) {
    const issue = toIssue(kind, root, error);
    if (issue) issues.push(issue);
  }
  return finish(dedupe(issues));
}

/**
 * For each failed anyOf/oneOf, keeps only the errors of its most useful branch: the branch that got deepest into the
 * value (it matched the shape furthest), then the one with the fewest errors, then the first. Branch errors are
 * recognised by their schema path (the compile script guarantees alternatives are written inline).
 */
function pickAlternatives(errors: readonly SchemaError[]): SchemaError[] {
  const drop = new Set<SchemaError>();
  const add = new Map<SchemaError, SchemaError[]>();
  for (let i = 0; i < errors.length; i++) {
    const alt = errors[i]!;
    if (alt.keyword !== 'anyOf' && alt.keyword !== 'oneOf') continue;
    const prefix = alt.schemaPath + '/';
    const branches = new Map<string, SchemaError[]>();
    // Branch errors are pushed just before the anyOf/oneOf error itself.
    for (let j = i - 1; j >= 0; j--) {
      const e = errors[j]!;
      // Only alternatives and their branch errors carry a schemaPath (schema-validator.ts).
      if (!e.schemaPath?.startsWith(prefix) || !isWithin(e.instancePath, alt.instancePath)) break;
      const branch = e.schemaPath.slice(prefix.length).split('/', 1)[0]!;
      const list = branches.get(branch) ?? [];
      list.unshift(e);
      branches.set(branch, list);
    }
    if (branches.size === 0) continue; // e.g. oneOf matched several branches: report the oneOf error itself
    let best: SchemaError[] | undefined;
    let bestScore: [number, number, number] = [-1, 0, 0];
    for (const [branch, list] of branches) {
      const depth = list.reduce((max, e) => Math.max(max, depthOf(e.instancePath)), 0);
      const score: [number, number, number] = [depth, -list.length, -Number(branch)];
      if (!best || compareTuples(score, bestScore) > 0) {
        best = list;
        bestScore = score;
      }
    }
    for (const list of branches.values()) for (const e of list) drop.add(e);
    drop.add(alt);
    add.set(alt, best ?? []);
  }
  if (drop.size === 0) return [...errors];
  const out: SchemaError[] = [];
  const emitted = new Set<SchemaError>();
  for (const e of errors) {
    const replacement = add.get(e);
    const list = replacement ?? (drop.has(e) ? [] : [e]);
    for (const r of list) {
      if (emitted.has(r)) continue;
      emitted.add(r);
      out.push(r);
    }
  }
  return out;
}

function toIssue(kind: SchemaKind, root: unknown, error: SchemaError): SchemaIssue | undefined {
  const pointer = error.instancePath;
  const params = error.params ?? {};
  const at = describePointer(pointer);

  if (kind === 'apiDefinition' && (pointer === '/swagger' || (pointer === '' && params.missingProperty === 'swagger'))) {
    const swagger = isPlainObject(root) && hasOwn(root, 'swagger') ? root.swagger : undefined;
    return {
      kind: 'swagger-version',
      pointer,
      message:
        swagger === undefined
          ? `The required key 'swagger' is missing; a connector definition is a Swagger 2.0 document and starts with "swagger": "2.0".`
          : `'swagger' is ${quote(swagger)}, but it must be the string "2.0" (connectors are Swagger 2.0 documents).`,
    };
  }

  switch (error.keyword) {
    case 'type': {
      const expected = ([] as unknown[]).concat(params.type ?? []).map(String);
      const actual = jsonType(error.data);
      if (pointer === '') {
        const found = actual === 'undefined' ? 'but there is no value' : `not ${withArticle(actual)}`;
        return { kind: 'type', pointer, message: `The file must contain a JSON object at the top level, ${found}.` };
      }
      return { kind: 'type', pointer, message: `${capitalise(at)} must be ${wordList(expected.map(withArticle))}, not ${withArticle(actual)}.` };
    }
    case 'enum':
    case 'const': {
      const allowed = error.keyword === 'const' ? [params.allowedValue] : ([] as unknown[]).concat(params.allowedValues ?? []);
      const suggestion = typeof error.data === 'string' ? nearest(error.data, allowed.filter(isString)) : undefined;
      let hint: string;
      if (allowed.length > MAX_LISTED_VALUES) {
        // Long lists (policy template ids) are not worth reading in full when a near match exists.
        hint = suggestion !== undefined
          ? `did you mean ${quote(suggestion)}?`
          : `use one of ${allowed.slice(0, MAX_LISTED_VALUES).map(quote).join(', ')} or ${allowed.length - MAX_LISTED_VALUES} other documented values.`;
      } else {
        const shown = allowed.map(quote).join(', ');
        hint = suggestion !== undefined ? `did you mean ${quote(suggestion)} (allowed: ${shown})?` : `use one of ${shown}.`;
      }
      const message = `${capitalise(at)} is ${quote(error.data)}, which is not allowed; ${hint}`;
      const replacement = typeof error.data === 'string' ? soleNearest(error.data, allowed.filter(isString)) : undefined;
      return { kind: 'enum', pointer, message, ...(replacement !== undefined && { replacement }) };
    }
    case 'additionalProperties': {
      const key = String(params.additionalProperty ?? '');
      return unknownKey(kind, joinPointer(pointer, key), key, pointer, error.parentSchema);
    }
    case 'false schema': {
      // `"^x-ms-": false` in maps whose other keys are paths or response codes.
      const key = lastSegment(pointer) ?? '';
      return unknownKey(kind, pointer, key, parentPointer(pointer), undefined);
    }
    case 'required': {
      const key = String(params.missingProperty ?? '');
      const where = pointer === '' ? 'at the top level' : `in ${describePointer(pointer)}`;
      return { kind: 'required', pointer, message: `The required key ${quote(key)} is missing ${where}.` };
    }
    case 'oneOf':
      return { kind: 'other', pointer, message: `${capitalise(at)} matches more than one of its allowed shapes.` };
    case 'anyOf':
      return { kind: 'other', pointer, message: `${capitalise(at)} does not match any of its allowed shapes.` };
    default:
      return { kind: 'other', pointer, message: `${capitalise(at)} does not satisfy the schema keyword '${error.keyword}'.` };
  }
}

function unknownKey(
  kind: SchemaKind,
  pointer: string,
  key: string,
  parent: string,
  parentSchema: unknown,
): SchemaIssue {
  const where = parent === '' ? 'at the top level' : `in ${containerName(parent, parentSchema)}`;
  const allowed = allowedKeys(parentSchema);
  const suggestion = key.length <= MAX_SUGGEST_LENGTH ? nearest(key, allowed) : undefined;
  let hint: string;
  if (suggestion !== undefined) {
    hint = `did you mean ${quote(suggestion)}?`;
  } else {
    const places = kind === 'apiDefinition' ? extensionPlaces().get(key) : undefined;
    if (places) {
      hint = `it belongs in ${wordList(places.map(placeName))}.`;
    } else if (key.startsWith('x-ms-')) {
      hint = `it is not a Power Platform extension known here, and other vendor extensions must not start with 'x-ms-'.`;
    } else if (allowsVendorExtensions(parentSchema)) {
      hint = `use a documented key, or a vendor extension whose name starts with 'x-'.`;
    } else {
      hint = allowed.length > 0 && allowed.length <= 8 ? `allowed keys are ${allowed.map(quote).join(', ')}.` : `remove it.`;
    }
  }
  const replacement = suggestion !== undefined ? soleNearest(key, allowed) : undefined;
  return { kind: 'unknown-key', pointer, message: `Key ${quote(key)} is not allowed ${where}; ${hint}`, ...(replacement !== undefined && { replacement }) };
}

/** Removes exact duplicates, and enum/other issues at a pointer that already has a type issue. */
function dedupe(issues: readonly SchemaIssue[]): SchemaIssue[] {
  const typed = new Set(issues.filter((i) => i.kind === 'type').map((i) => i.pointer));
  const seen = new Set<string>();
  const seenType = new Set<string>();
  const out: SchemaIssue[] = [];
  for (const issue of issues) {
    if (issue.kind !== 'type' && typed.has(issue.pointer) && issue.kind !== 'unknown-key' && issue.kind !== 'required') continue;
    if (issue.kind === 'type') {
      // Several type errors at one pointer (an alternative and the branch it chose): the first names every allowed type.
      if (seenType.has(issue.pointer)) continue;
      seenType.add(issue.pointer);
    }
    const id = `${issue.kind}\u0000${issue.pointer}\u0000${issue.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(issue);
  }
  return out;
}

function finish(issues: SchemaIssue[]): SchemaIssue[] {
  const keyed = issues.map((issue) => ({ issue, segments: splitPointer(issue.pointer) }));
  keyed.sort((a, b) => comparePointers(a.segments, b.segments) || compareText(a.issue.kind, b.issue.kind) || compareText(a.issue.message, b.issue.message));
  const sorted = keyed.map((k) => k.issue);
  if (sorted.length <= MAX_SCHEMA_ISSUES) return sorted;
  const rest = sorted.length - MAX_SCHEMA_ISSUES;
  return [
    ...sorted.slice(0, MAX_SCHEMA_ISSUES),
    { kind: 'other', pointer: '', message: `${rest} further structural ${rest === 1 ? 'issue was' : 'issues were'} not listed; fix the ones above first.` },
  ];
}

// ---------------------------------------------------------------------------------------------------------------------
// Wording

function allowedKeys(schema: unknown): string[] {
  if (!isPlainObject(schema) || !isPlainObject(schema.properties)) return [];
  return Object.keys(schema.properties);
}

function allowsVendorExtensions(schema: unknown): boolean {
  if (!isPlainObject(schema) || !isPlainObject(schema.patternProperties)) return false;
  return Object.keys(schema.patternProperties).some((p) => p.startsWith('^x-'));
}

/** "an Operation Object", "'x-ms-dynamic-values'", "'uiDefinition'", "item 2 of 'x-ms-docs'". */
function containerName(pointer: string, schema: unknown): string {
  const title = isPlainObject(schema) && typeof schema.title === 'string' ? schema.title : undefined;
  if (title !== undefined && !title.includes('(')) return placeName(title);
  return describePointer(pointer);
}

function placeName(title: string): string {
  if (title === 'the top level') return title;
  if (title.startsWith('x-') || /^[a-z][A-Za-z]+$/.test(title)) return quote(title);
  return withArticle(title);
}

/** "'deprecated'", "item 3 of 'tags'", "the document". */
function describePointer(pointer: string): string {
  const segments = splitPointer(pointer);
  if (segments.length === 0) return 'the document';
  const last = segments.at(-1)!;
  if (itemIndex(last) >= 0) {
    const parent = segments.length > 1 ? segments[segments.length - 2]! : undefined;
    return parent === undefined ? `item ${last}` : `item ${last} of ${quote(parent)}`;
  }
  return quote(last);
}

function capitalise(text: string): string {
  return text.length > 0 && text[0] !== "'" ? text[0]!.toUpperCase() + text.slice(1) : text;
}

/** A value as it appears in a message: strings in single quotes, long text shortened. */
function quote(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (value === undefined) text = 'undefined';
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return `'${shorten(text, MAX_QUOTED)}'`;
}

// ---------------------------------------------------------------------------------------------------------------------
// Pointers and small helpers

function splitPointer(pointer: string): string[] {
  return parsePointer(pointer) ?? [];
}

function lastSegment(pointer: string): string | undefined {
  const segments = splitPointer(pointer);
  return segments.at(-1);
}

function parentPointer(pointer: string): string {
  const i = pointer.lastIndexOf('/');
  return i <= 0 ? '' : pointer.slice(0, i);
}

function depthOf(pointer: string): number {
  let n = 0;
  for (let i = 0; i < pointer.length; i++) if (pointer.charCodeAt(i) === 47) n++;
  return n;
}

/** Document-like order: segment by segment, array indexes numerically, a parent before its children. */
function comparePointers(a: readonly string[], b: readonly string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    const xi = /^(0|[1-9][0-9]{0,14})$/.test(x);
    const yi = /^(0|[1-9][0-9]{0,14})$/.test(y);
    if (xi && yi) return Number(x) - Number(y);
    return compareText(x, y);
  }
  return a.length - b.length;
}

function compareTuples(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}
