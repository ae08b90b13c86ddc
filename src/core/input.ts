import { parseConnector, madeByParse, roleOf, unreadFile, type ConnectorFile, type ConnectorInput, type FileRole } from '../parse/connector.js';
import type { Limits } from '../parse/limits.js';
import type { ApiDefinition, ApiProperties } from './documents.js';
import { InvalidArgumentError, reasonOf } from '../parse/errors.js';
import { describe, isBytes, isPlainRecord } from '../parse/arguments.js';
import { snapshotDocument } from './snapshot.js';
import { compareText } from '../parse/order.js';

/**
 * Already-parsed connector documents, for callers that hold objects rather than files. The documents may be any value
 * (whatever a caller's `JSON.parse` returned): what is not a valid connector becomes findings. A document given as
 * bytes (a `Uint8Array` or Buffer) is read as that file's content.
 */
export interface ConnectorObjects {
  apiDefinition?: unknown;
  apiProperties?: unknown;
  settings?: unknown;
  /** Readme text. */
  readme?: string;
  /** `script.csx` text. */
  script?: string;
  /** `icon.png` bytes. */
  icon?: Uint8Array;
  /** Names of the files in the folder, when known (used by the artifact rules). */
  fileNames?: string[];
}

/**
 * {@link ConnectorObjects} with typed documents, for tools that build a connector in code: the compiler checks the
 * swagger and apiProperties against the documented format (see {@link ApiDefinition}).
 *
 * @example
 * ```ts
 * const connector: ConnectorDocuments = {
 *   apiDefinition: { swagger: '2.0', info: { title: 'Contoso', version: '1.0' }, paths: {} },
 *   apiProperties: { properties: { iconBrandColor: '#da3b01' } },
 * };
 * validateConnector(connector);
 * ```
 */
export interface ConnectorDocuments extends ConnectorObjects {
  apiDefinition?: ApiDefinition;
  apiProperties?: ApiProperties;
}

const objectKeys = ['apiDefinition', 'apiProperties', 'settings', 'readme', 'script', 'icon', 'fileNames'];

/**
 * Normalises either form of input to a `ConnectorInput`.
 *
 * @throws {@link InvalidArgumentError} when `input` is neither a `ConnectorInput` nor an object of documents.
 */
export function toConnectorInput(input: ConnectorInput | ConnectorObjects, limits: Limits, argument = 'input'): ConnectorInput {
  try {
    return normalise(input, limits, argument);
  } catch (error) {
    if (error instanceof InvalidArgumentError) throw error;
    // A Proxy or getter on the input object itself: the container, not a document, so a programming mistake.
    throw new InvalidArgumentError(argument, `it could not be read (${reasonOf(error)}).`);
  }
}

function normalise(input: ConnectorInput | ConnectorObjects, limits: Limits, argument: string): ConnectorInput {
  if (!isPlainRecord(input)) {
    throw new InvalidArgumentError(argument, `expected a ConnectorInput from parseConnector or an object of documents, got ${describe(input)}.`);
  }
  const kind = readField(input, 'kind', argument);
  if (kind === 'connector-input') return checkedConnectorInput(input as unknown as ConnectorInput, argument);
  const objects: Record<string, unknown> = {};
  for (const key of objectKeys) objects[key] = readField(input, key, argument);
  const fileNames = checkFileNames(objects.fileNames, `${argument}.fileNames`);
  const named = (role: FileRole, fallback: string): string => fileNames.find((name) => roleOf(name) === role) ?? fallback;
  const files: ConnectorFile[] = [];
  const contents: Record<string, unknown> = {};
  const documents: Array<[FileRole, string]> = [
    ['apiDefinition', 'apiDefinition.swagger.json'],
    ['apiProperties', 'apiProperties.json'],
    ['settings', 'settings.json'],
  ];
  for (const [role, fallback] of documents) {
    const value = objects[role];
    if (value === undefined) continue;
    // Bytes cannot be a parsed document: they are the file itself.
    if (isBytes(value)) contents[named(role, fallback)] = value;
    else files.push(objectFile(named(role, fallback), role, value, limits));
  }
  const texts: Array<['readme' | 'script' | 'icon', string]> = [
    ['readme', 'readme.md'],
    ['script', 'script.csx'],
    ['icon', 'icon.png'],
  ];
  for (const [role, fallback] of texts) if (objects[role] !== undefined) contents[named(role, fallback)] = objects[role];
  files.push(...parseConnector(contents as Record<string, string>, { limits }).files);
  const present = new Set(files.map((file) => file.name));
  // Names listed without content still count for the artifact rules.
  for (const name of fileNames) {
    if (!present.has(name)) files.push({ type: 'binary', name, role: roleOf(name), size: 0, bytes: new Uint8Array() });
  }
  files.sort((a, b) => compareText(a.name, b.name));
  return { kind: 'connector-input', files };
}

function readField(input: object, key: string, argument: string): unknown {
  try {
    return (input as Record<string, unknown>)[key];
  } catch (error) {
    throw new InvalidArgumentError(`${argument}.${key}`, `reading it threw an error (${reasonOf(error)}).`);
  }
}

function checkFileNames(value: unknown, argument: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((name) => typeof name === 'string')) {
    throw new InvalidArgumentError(argument, 'expected an array of file names.');
  }
  return value;
}

const fileTypes = new Set<unknown>(['json', 'markdown', 'text', 'binary']);

/**
 * A `ConnectorInput` that `parseConnector` did not make is checked once for the shape the rules rely on, so a
 * hand-built one fails here with the file named, not later inside a rule.
 */
function checkedConnectorInput(input: ConnectorInput, argument: string): ConnectorInput {
  if (madeByParse(input)) return input;
  const files = readField(input, 'files', argument);
  if (!Array.isArray(files)) throw new InvalidArgumentError(`${argument}.files`, 'expected the array of files that parseConnector makes.');
  files.forEach((file: unknown, index) => {
    const at = `${argument}.files[${index}]`;
    const problem = fileProblem(file);
    if (problem) throw new InvalidArgumentError(at, `${problem}; build inputs with parseConnector.`);
  });
  return { kind: 'connector-input', files: files as ConnectorFile[] };
}

function fileProblem(file: unknown): string | undefined {
  if (!isPlainRecord(file)) return `expected a file object, got ${describe(file)}`;
  const f = file as Record<string, unknown>;
  if (typeof f.name !== 'string') return 'the file has no name';
  if (!fileTypes.has(f.type)) return `'${f.name}' has no known type`;
  if (f.type === 'binary') return f.bytes instanceof Uint8Array ? undefined : `'${f.name}' is binary but has no bytes`;
  if (typeof f.text !== 'string' || typeof f.rangeOf !== 'function' || typeof f.lineRange !== 'function') {
    return `'${f.name}' lacks its text or range functions`;
  }
  if (f.type === 'json' && (!Array.isArray(f.diagnostics) || typeof f.locate !== 'function')) return `'${f.name}' lacks its JSON diagnostics or locate function`;
  if (f.type === 'markdown') {
    const document = f.document as Record<string, unknown> | undefined;
    if (!isPlainRecord(document) || !Array.isArray(document.allHeadings) || !Array.isArray(document.lines)) {
      return `'${f.name}' lacks its parsed markdown document`;
    }
  }
  return undefined;
}

/** A JSON file known only as a value: it has no text, so findings on it carry no range. */
function objectFile(name: string, role: FileRole, value: unknown, limits: Limits): ConnectorFile {
  const snapshot = snapshotDocument(value, limits);
  if (!snapshot.ok) return unreadFile(name, snapshot.reason, snapshot.detail);
  const noRange = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
  return {
    type: 'json',
    name,
    role,
    size: 0,
    text: '',
    encoding: [],
    value: snapshot.value,
    diagnostics: snapshot.diagnostics,
    locate: () => undefined,
    rangeOf: () => noRange,
    lineRange: () => noRange,
  };
}
