// Trims ajv's standalone output to what src/core/schema-check.ts reads, for the size of the browser bundle.
//
// ajv's `verbose` errors carry `schema`, `parentSchema` and `data` on every error, and its schema constants hold the
// whole schema (the root one every definition a second time). The checker reads `parentSchema` only on
// `additionalProperties` errors (the names allowed there, the object's title), `data` only on `type`, `enum` and
// `const` errors, and `schemaPath` only on `anyOf`/`oneOf` errors and the errors of their branches. Everything else
// goes; the validation itself is untouched.

const SCHEMA_EXPR = String.raw`(?:false|schema\d+(?:\.[\w$]+|\[(?:\d+|"[^"\\]*")\])*)`;
const DATA_EXPR = String.raw`[\w$]+(?:\[[\w$]+\])*`;
// One error object as ajv 8 writes it: {instancePath…,schemaPath:"…",keyword:"…",params:{…},schema:…,parentSchema:…,data…}
const ERROR = new RegExp(
  String.raw`\{(instancePath[^{}]*?),schemaPath:("[^"]*"),keyword:"([^"]+)",(params:\{[^{}]*\}),schema:${SCHEMA_EXPR},parentSchema:(${SCHEMA_EXPR}),data(:${DATA_EXPR})?\}`,
  'g',
);
const KEEPS_PARENT = new Set(['additionalProperties']);
const KEEPS_DATA = new Set(['type', 'enum', 'const']);
const IN_ALTERNATIVE = /\/(?:anyOf|oneOf)(?:\/|")|^"#\/(?:anyOf|oneOf)/;

/** Error objects without the fields the checker never reads. Throws if ajv wrote one in a form this does not know. */
export function slimErrors(code) {
  const errorCount = code.match(/keyword:"/g)?.length ?? 0;
  let matched = 0;
  const out = code.replace(ERROR, (_, instancePath, schemaPath, keyword, params, parent, data) => {
    matched += 1;
    const fields = [instancePath];
    if (IN_ALTERNATIVE.test(schemaPath)) fields.push(`schemaPath:${schemaPath}`);
    fields.push(`keyword:"${keyword}"`, params);
    if (KEEPS_PARENT.has(keyword)) fields.push(`parentSchema:${parent}`);
    if (KEEPS_DATA.has(keyword)) fields.push(`data${data ?? ''}`);
    return `{${fields.join(',')}}`;
  });
  if (matched !== errorCount) throw new Error(`ajv wrote ${errorCount - matched} of ${errorCount} error objects in a form slimErrors does not know.`);
  return out;
}

const CONSTANT = /^const (schema\d+) = (.*);$/gm;
const REFERENCE = /\b(schema\d+)((?:\.[\w$]+|\[(?:\d+|"(?:[^"\\]|\\.)*")\])*)/g;

/**
 * Schema constants cut down to what the code reads: the paths it refers to (enumerations, `properties` for key
 * lookups), and for each `parentSchema` the object's title and the names of its properties and pattern properties.
 * A constant nothing reads any more goes.
 */
export function pruneSchemaConstants(code) {
  const needs = new Map(); // constant name -> tree of what is read
  const body = code.replace(CONSTANT, '');
  for (const [whole, name, path] of body.matchAll(REFERENCE)) {
    if (!needs.has(name)) needs.set(name, newNeed());
    const segments = [...path.matchAll(/\.([\w$]+)|\[(\d+|"(?:[^"\\]|\\.)*")\]/g)].map(([, dotted, bracketed]) => dotted ?? JSON.parse(bracketed));
    let need = needs.get(name);
    for (const segment of segments) {
      if (!need.children.has(segment)) need.children.set(segment, newNeed());
      need = need.children.get(segment);
    }
    if (segments.at(-1) === 'properties') need.keys = true;
    else if (segments.length === 0 || isParentSchema(body, whole)) need.shape = true;
    else need.whole = true;
  }
  return code.replace(CONSTANT, (line, name, json) => {
    const need = needs.get(name);
    if (!need) return ''; // read only by the fields slimErrors dropped
    return `const ${name} = ${JSON.stringify(pick(JSON.parse(json), need))};`;
  });
}

const newNeed = () => ({ whole: false, shape: false, keys: false, children: new Map() });

function isParentSchema(body, reference) {
  return body.includes(`parentSchema:${reference},`) || body.includes(`parentSchema:${reference}}`);
}

/** The part of `value` that `need` reads. */
function pick(value, need) {
  if (need.whole || value === null || typeof value !== 'object') return value;
  const out = Array.isArray(value) ? [] : {};
  if (need.keys) for (const key of Object.keys(value)) out[key] = 0;
  if (need.shape) {
    if (typeof value.title === 'string') out.title = value.title;
    if (value.properties) out.properties = Object.fromEntries(Object.keys(value.properties).map((key) => [key, 0]));
    if (value.patternProperties) out.patternProperties = Object.fromEntries(Object.keys(value.patternProperties).map((key) => [key, true]));
  }
  for (const [key, child] of need.children) {
    if (!Object.hasOwn(value, key)) throw new Error(`the code reads '${key}', which the schema constant does not have.`);
    const picked = pick(value[key], child);
    out[key] = isObject(out[key]) && isObject(picked) ? { ...out[key], ...picked } : picked;
  }
  return out;
}

const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

// ajv tests an object's keys against up to 8 names, and a value against an enumeration, with one `===` per name or
// value, although the error it then raises names the schema constant that holds the same names or values: the tests
// become a lookup in that constant (the build checks it holds exactly the names or values tested).
const KEY_CHAIN = /^if\(!\((.*)\)\)\{\n(vErrors = addError\(vErrors, \{instancePath[^;]*?keyword:"additionalProperties",params:\{additionalProperty: ([\w$]+)\},parentSchema:([^{}]+)\}\);)$/gm;
const ENUM_CHAIN = /^if\(!\((.*)\)\)\{\n(vErrors = addError\(vErrors, \{instancePath[^;]*?keyword:"enum",params:\{allowedValues: ([^{}]+)\},data(?::([\w$]+))?\}\);)$/gm;
const EQUALS = /\(([\w$]+) === ("(?:[^"\\]|\\.)*")\)/g;
const PATTERN_TEST = / \|\| \(pattern\d+\.test\([\w$]+\)\)$/;

/** The strings `subject` is compared with in a condition made only of `(subject === "…")` joined by `||`. */
function comparedStrings(condition, subject) {
  const tests = [...condition.matchAll(EQUALS)];
  if (tests.length === 0 || condition.replace(EQUALS, '').replace(/[() |]/g, '') !== '' || tests.some(([, name]) => name !== subject)) return undefined;
  return tests.map(([, , value]) => JSON.parse(value));
}

/** The schema constant a reference such as `schema7.properties["x-ms-pageable"]` points to, parsed. */
function constantAt(constants, reference) {
  const [, name, path] = /^(schema\d+)(.*)$/.exec(reference);
  let value = constants.get(name);
  for (const [, dotted, bracketed] of path.matchAll(/\.([\w$]+)|\[(\d+|"(?:[^"\\]|\\.)*")\]/g)) value = value?.[dotted ?? JSON.parse(bracketed)];
  return value;
}

function lookUpNames(code) {
  const constants = new Map([...code.matchAll(CONSTANT)].map(([, name, json]) => [name, JSON.parse(json)]));
  const sameItems = (listed, items) => items.length === listed.length && listed.every((item) => items.includes(item));
  return code
    .replace(KEY_CHAIN, (line, condition, report, key, parent) => {
      const pattern = PATTERN_TEST.exec(condition)?.[0] ?? '';
      const names = comparedStrings(condition.slice(0, condition.length - pattern.length), key);
      if (!names) return line;
      const properties = constantAt(constants, parent)?.properties;
      if (!isObject(properties) || !sameItems(names, Object.keys(properties))) {
        throw new Error(`the key names checked before ${parent}'s additionalProperties error are not its properties.`);
      }
      return `if(!((hasKey(${parent}.properties, ${key}))${pattern})){\n${report}`;
    })
    .replace(ENUM_CHAIN, (line, condition, report, allowed, data = 'data') => {
      const values = comparedStrings(condition, data);
      if (!values) return line;
      const enumeration = constantAt(constants, allowed);
      if (!Array.isArray(enumeration) || !sameItems(values, enumeration)) {
        throw new Error(`the values tested before the enum error naming ${allowed} are not its values.`);
      }
      return `if(!(${allowed}.includes(${data}))){\n${report}`;
    });
}

// ajv writes the same statements around every error: a seven-line push, the full error object of each `type` check,
// an options object on every call of another validator (only `instancePath` of it is read: the schemas use no `$data`
// and no dynamic defaults) and a loop that gathers that validator's errors. compactCode writes each as a call of a
// small function of one module shared by the validators (HELPERS). The errors, their order and their fields are the
// same.
const PUSH = /const (err\d+) = (\{(?:[^{}]|\{[^{}]*\})*\});\nif\(vErrors === null\)\{\nvErrors = \[\1\];\n\}\nelse \{\nvErrors\.push\(\1\);\n\}\nerrors\+\+;/g;
const TYPE_ERROR = /^\{instancePath(?::([^,]+))?,keyword:"type",params:\{type: ([^{}]+)\},data(?::([\w$]+))?\}$/;
const SIGNATURE = /^function (validate\d+)\(data, \{instancePath="", parentData, parentDataProperty, rootData=data\}=\{\}\)\{$/gm;
const CALLEE = String.raw`(?:wrapper\d+\.validate|validate\d+)`;
const CALL = new RegExp(String.raw`\b(${CALLEE})\(([^;]*?), \{instancePath:([^;]*?),parentData:[\w$]+,parentDataProperty:(?:"(?:[^"\\]|\\.)*"|[\w$]+),rootData\}\)`, 'g');
const GATHER = new RegExp(String.raw`if \(vErrors === null\) vErrors = (${CALLEE})\.errors; else for \(const error of \1\.errors\) vErrors\.push\(error\);`, 'g');
const ESCAPE_KEY = /([\w$]+)\.replace\(\/~\/g, "~0"\)\.replace\(\/\\\/\/g, "~1"\)/g;
// ajv's type tests, written out at every use.
const IS_INTEGER = /\(\(\(typeof ([\w$]+) == "number"\) && \(!\(\1 % 1\) && !isNaN\(\1\)\)\) && \(isFinite\(\1\)\)\)/g;
const IS_NUMBER = /\(\(typeof ([\w$]+) == "number"\) && \(isFinite\(\1\)\)\)/g;
const IS_OBJECT = /\b([\w$]+) && typeof \1 == "object" && !Array\.isArray\(\1\)/g;

/** The module the compacted validators import their shared functions from (one copy for the three validators). */
export const HELPERS_FILE = 'validator-helpers.js';

/** Its source: the functions compactCode writes calls of. */
export const HELPERS = `export function addError(errors, error) {
if (errors === null) return [error];
errors.push(error);
return errors;
}
export function addErrors(errors, more) {
if (errors === null) return more;
for (const error of more) errors.push(error);
return errors;
}
export function typeError(instancePath, type, data) {
return {instancePath, keyword: "type", params: {type}, data};
}
export function isInteger(value) {
return typeof value == "number" && !(value % 1) && !isNaN(value) && isFinite(value);
}
export function isNumber(value) {
return typeof value == "number" && isFinite(value);
}
export function isObject(value) {
return typeof value == "object" && value !== null && !Array.isArray(value);
}
export function hasKey(object, key) {
return Object.prototype.hasOwnProperty.call(object, key);
}
export function escapeKey(key) {
return key.includes("~") || key.includes("/") ? key.replace(/~/g, "~0").replace(/\\//g, "~1") : key;
}
`;

/** ajv's repeated statements as calls of shared functions. Throws if ajv wrote one of them in a form this does not know. */
export function compactCode(code) {
  const out = lookUpNames(code
    .replace(ESCAPE_KEY, 'escapeKey($1)')
    .replace(PUSH, (_, name, error) => {
      const type = TYPE_ERROR.exec(error);
      const value = type ? `typeError(${type[1] ?? 'instancePath'}, ${type[2]}, ${type[3] ?? 'data'})` : error;
      return `vErrors = addError(vErrors, ${value});\nerrors++;`;
    })
    .replace(SIGNATURE, 'function $1(data, instancePath = ""){')
    .replace(CALL, '$1($2, $3)')
    .replace(GATHER, 'vErrors = addErrors(vErrors, $1.errors);')
    .replace(IS_INTEGER, 'isInteger($1)')
    .replace(IS_NUMBER, 'isNumber($1)')
    .replace(IS_OBJECT, 'isObject($1)'));
  const left = [/vErrors\.push/, /parentData/, /rootData/, /\.replace\(/, /typeof [\w$]+ == "(?:number|object)"/].find((pattern) => pattern.test(out));
  if (left) throw new Error(`ajv wrote code matching ${left} in a form compactCode does not know.`);
  const used = [...HELPERS.matchAll(/^export function (\w+)/gm)].map(([, name]) => name).filter((name) => new RegExp(String.raw`\b${name}\(`).test(out));
  if (used.length === 0) return out;
  if (!/^"use strict";\n/.test(out)) throw new Error('ajv\'s output does not start with "use strict" as compactCode expects.');
  return out.replace(/^"use strict";\n/, (directive) => `${directive}import { ${used.join(', ')} } from "./${HELPERS_FILE}";\n`);
}
