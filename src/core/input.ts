import { maxJsonNesting, tooDeepDiagnostic } from '../parse/json.js';
import {
  isConnectorInput,
  parseConnector,
  roleOf,
  type ConnectorFile,
  type ConnectorInput,
  type FileRole,
  type JsonFile,
} from '../parse/connector.js';

/** Already-parsed connector documents, for callers that hold objects rather than files. */
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

/** Normalises either form of input to a `ConnectorInput`. */
export function toConnectorInput(input: ConnectorInput | ConnectorObjects): ConnectorInput {
  if (isConnectorInput(input)) return input;
  const objects = (typeof input === 'object' && input !== null ? input : {}) as ConnectorObjects;
  const fileNames = Array.isArray(objects.fileNames) ? objects.fileNames.filter((name) => typeof name === 'string') : [];
  const files: ConnectorFile[] = [];
  const named = (role: FileRole, fallback: string): string =>
    fileNames.find((name) => roleOf(name) === role) ?? fallback;
  const addJson = (role: FileRole, fallback: string, value: unknown): void => {
    if (value !== undefined) files.push(objectFile(named(role, fallback), role, value));
  };
  addJson('apiDefinition', 'apiDefinition.swagger.json', objects.apiDefinition);
  addJson('apiProperties', 'apiProperties.json', objects.apiProperties);
  addJson('settings', 'settings.json', objects.settings);
  const textFiles: Record<string, string | Uint8Array> = {};
  if (typeof objects.readme === 'string') textFiles[named('readme', 'readme.md')] = objects.readme;
  if (typeof objects.script === 'string') textFiles[named('script', 'script.csx')] = objects.script;
  if (objects.icon instanceof Uint8Array) textFiles[named('icon', 'icon.png')] = objects.icon;
  files.push(...parseConnector(textFiles).files);
  const present = new Set(files.map((file) => file.name));
  // Names listed without content still count for the artifact rules.
  for (const name of fileNames) {
    if (!present.has(name)) files.push({ type: 'binary', name, role: roleOf(name), size: 0, bytes: new Uint8Array() });
  }
  files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { kind: 'connector-input', files };
}

/**
 * Whether objects and arrays nest deeper than `limit`, with an explicit stack. A cyclic object nests without end, so it
 * counts as too deep too, and the walk never meets it.
 */
function nestingExceeds(root: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[root, 1]];
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > limit) return true;
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
  return false;
}

/** A JSON file known only as a value: it has no text, so findings on it carry no range. */
function objectFile(name: string, role: FileRole, value: unknown): JsonFile {
  const noRange = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
  // The same nesting limit as for text, so that no rule meets a value deeper than the parser would have read.
  const tooDeep = nestingExceeds(value, maxJsonNesting);
  return {
    type: 'json',
    name,
    role,
    size: 0,
    text: '',
    encoding: [],
    value: tooDeep ? undefined : value,
    diagnostics: tooDeep ? [tooDeepDiagnostic()] : [],
    locate: () => undefined,
    rangeOf: () => noRange,
    lineRange: () => noRange,
  };
}
