import type { Range } from '../core/types.js';
import { decodeText, looksBinary, type EncodingNote } from './decode.js';
import { parseJson, type JsonDiagnostic } from './json.js';
import { LineMap } from './positions.js';
import { parseMarkdown, type MarkdownDocument } from './markdown.js';

/** What a file is to the connector, judged from its name case-insensitively. */
export type FileRole = 'apiDefinition' | 'apiProperties' | 'settings' | 'readme' | 'script' | 'icon' | 'other';

interface BaseFile {
  /** The name as given, e.g. `README.md`. */
  name: string;
  role: FileRole;
  /** Size in bytes (UTF-8 length when given as text). */
  size: number;
}

interface TextualFile extends BaseFile {
  text: string;
  encoding: EncodingNote[];
  /** Range of a span of the text. */
  rangeOf(offset: number, length: number): Range;
  /** Range of a whole 1-based line. */
  lineRange(line: number): Range;
}

export interface JsonFile extends TextualFile {
  type: 'json';
  /** The parsed value, recovered as far as possible; `undefined` when nothing could be read. */
  value: unknown;
  diagnostics: JsonDiagnostic[];
  /** Range of the value (or key) at a JSON pointer, or `undefined` when the pointer is not in the text. */
  locate(pointer: string, target?: 'value' | 'key'): Range | undefined;
}

export interface MarkdownFile extends TextualFile {
  type: 'markdown';
  document: MarkdownDocument;
}

export interface TextFile extends TextualFile {
  type: 'text';
}

export interface BinaryFile extends BaseFile {
  type: 'binary';
  bytes: Uint8Array;
}

export type ConnectorFile = JsonFile | MarkdownFile | TextFile | BinaryFile;

/** A parsed connector folder: every file given, with positions. Build one with `parseConnector`. */
export interface ConnectorInput {
  kind: 'connector-input';
  /** Every file, sorted by name. */
  files: ConnectorFile[];
}

/** File contents by name: text, or raw bytes (decoded as UTF-8, falling back to Latin-1). */
export type ConnectorFiles = Record<string, string | Uint8Array>;

const roles: Record<string, FileRole> = {
  'apidefinition.swagger.json': 'apiDefinition',
  'apiproperties.json': 'apiProperties',
  'settings.json': 'settings',
  'readme.md': 'readme',
  'script.csx': 'script',
  'icon.png': 'icon',
};

export function roleOf(name: string): FileRole {
  const base = name.slice(name.lastIndexOf('/') + 1).toLowerCase();
  if (roles[base]) return roles[base];
  if (base.endsWith('.csx')) return 'script';
  // A misnamed swagger ('apiDefination.swagger.json') is still the definition: checked, and its name reported.
  if (base.endsWith('.swagger.json')) return 'apiDefinition';
  return 'other';
}

const encoder = new TextEncoder();

/**
 * Parses the files of one connector folder. Never throws: encoding problems, syntax errors, trailing commas and
 * duplicate keys are kept on each file as diagnostics, which the `artifact-*` rules report as findings.
 */
export function parseConnector(files: ConnectorFiles): ConnectorInput {
  const names = Object.keys(files).sort();
  return { kind: 'connector-input', files: names.map((name) => parseFile(name, files[name]!)) };
}

function parseFile(name: string, content: string | Uint8Array): ConnectorFile {
  const role = roleOf(name);
  const size = typeof content === 'string' ? encoder.encode(content).length : content.length;
  const isJson = role === 'apiDefinition' || role === 'apiProperties' || role === 'settings';
  const isText = isJson || role === 'readme' || role === 'script' || /\.(md|txt|csx|json)$/i.test(name);
  if (!isText || (looksBinary(content) && !isJson)) {
    const bytes = typeof content === 'string' ? encoder.encode(content) : content;
    return { type: 'binary', name, role, size, bytes };
  }
  const { text, notes } = decodeText(content);
  const lines = new LineMap(text);
  const textual = {
    name,
    role,
    size,
    text,
    encoding: notes,
    rangeOf: (offset: number, length: number) => lines.range(offset, length),
    lineRange: (line: number) => lines.lineRange(line),
  };
  if (isJson) {
    const parsed = parseJson(text);
    return {
      ...textual,
      type: 'json',
      value: parsed.value,
      diagnostics: parsed.diagnostics,
      locate(pointer, target) {
        const span = parsed.locate(pointer, target);
        return span && lines.range(span.offset, span.length);
      },
    };
  }
  if (role === 'readme' || /\.md$/i.test(name)) return { ...textual, type: 'markdown', document: parseMarkdown(text) };
  return { ...textual, type: 'text' };
}

/** Whether a value is a `ConnectorInput` made by `parseConnector`. */
export function isConnectorInput(value: unknown): value is ConnectorInput {
  return (
    typeof value === 'object' && value !== null && (value as ConnectorInput).kind === 'connector-input' &&
    Array.isArray((value as ConnectorInput).files)
  );
}

/**
 * The input as rules see it: a JSON file with a syntax error keeps its text and diagnostics but shows no value, because
 * the tree recovered after the error has a guessed shape (a missing ']' moves every later key). Its syntax error is
 * then its only finding until it parses; comments, trailing commas and duplicate keys leave the tree certain.
 */
export function withoutGuessedValues(input: ConnectorInput): ConnectorInput {
  if (!input.files.some(hasGuessedValue)) return input;
  return { ...input, files: input.files.map((file) => (hasGuessedValue(file) ? { ...file, value: undefined } : file)) };
}

function hasGuessedValue(file: ConnectorFile): boolean {
  return file.type === 'json' && file.value !== undefined && file.diagnostics.some((d) => d.code === 'syntax-error');
}
