import { InvalidArgumentError, reasonOf } from './errors.js';
import { checkLimits, checkOptionNames, describe, isBytes, isPlainRecord } from './arguments.js';
import { decodeText, looksBinary, type EncodingNote } from './decode.js';
import { parseJson, type JsonDiagnostic } from './json.js';
import { resolveLimits, type Limits } from './limits.js';
import { LineMap, type Range } from './positions.js';
import { reparseStringEdit, type ParsedText } from './json-edit.js';
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
  /**
   * Set when the file is part of the connector but was not read (its `bytes` are then empty); the
   * `artifact-size-limit` or `artifact-file-readable` rule reports it, and no other rule sees its content.
   */
  unread?: {
    reason: UnreadReason;
    /** What happened, one sentence, e.g. `It is 9437184 bytes, over the limit of 8388608 (limits.maxFileBytes).` */
    detail: string;
  };
}

/** Why a file was not read. */
export type UnreadReason =
  /** Larger than `limits.maxFileBytes`. */
  | 'too-large'
  /** Given as something other than text or bytes (a number, `null`, an object). */
  | 'not-content'
  /** Reading it failed: a getter or Proxy trap threw, or the file system refused. */
  | 'unreadable'
  /** A symbolic link that loops, dangles, or leads out of the connector folder (from `loadConnector`). */
  | 'bad-link';

export type ConnectorFile = JsonFile | MarkdownFile | TextFile | BinaryFile;

/** A parsed connector folder: every file given, with positions. Build one with `parseConnector`. */
export interface ConnectorInput {
  kind: 'connector-input';
  /** Every file, sorted by name. */
  files: ConnectorFile[];
}

/** File contents by name: text, or raw bytes (decoded as UTF-8, falling back to Latin-1). */
export type ConnectorFiles = Record<string, string | Uint8Array>;

/** Options of `parseConnector`. */
export interface ParseOptions {
  /** How much to read; see {@link Limits} for the defaults. */
  limits?: Partial<Limits>;
  /**
   * An earlier result of `parseConnector` for the same folder. A file whose name and content are unchanged (the same
   * text, or bytes that decode to the same text) is taken from it as it is, the same object, instead of being parsed
   * again; so after an edit to one file only that file is parsed. A JSON file whose text changed only inside one
   * string value (a keystroke) is read from its earlier parse instead of parsed whole. Nothing is reused when the
   * limits differ. The result is the same as without this option.
   * @example
   * ```ts
   * const files = { 'apiDefinition.swagger.json': swaggerText, 'readme.md': '# Tide Watch\n' };
   * let input = parseConnector(files);
   * // After an edit to the readme, only the readme is parsed again; the swagger file is the same object as before.
   * input = parseConnector({ ...files, 'readme.md': '# Tide Watch\n\nWater levels.\n' }, { reuseFrom: input });
   * ```
   */
  reuseFrom?: ConnectorInput;
}

const roles: Record<string, FileRole> = {
  'apidefinition.swagger.json': 'apiDefinition',
  'apiproperties.json': 'apiProperties',
  'settings.json': 'settings',
  'readme.md': 'readme',
  'script.csx': 'script',
  'icon.png': 'icon',
};

/** The exact names the certification pipelines look for: a file of these roles under another name is misnamed. */
export const canonicalNames: Partial<Record<FileRole, string>> = {
  apiDefinition: 'apiDefinition.swagger.json',
  apiProperties: 'apiProperties.json',
};

/** The file name without the folders before it. */
export function baseName(name: string): string {
  return name.slice(name.lastIndexOf('/') + 1);
}

export function roleOf(name: string): FileRole {
  const base = baseName(name).toLowerCase();
  if (roles[base]) return roles[base];
  if (base.endsWith('.csx')) return 'script';
  // A misnamed swagger ('apiDefination.swagger.json') is still the definition: checked, and its name reported.
  if (base.endsWith('.swagger.json')) return 'apiDefinition';
  return 'other';
}

const encoder = new TextEncoder();

/** ConnectorInputs made here, which need no shape check when passed on, with the limits they were read under. */
const made = new WeakMap<ConnectorInput, Limits>();

/**
 * Parses the files of one connector folder. Never throws for file content: encoding problems, syntax errors, trailing
 * commas, duplicate keys, files over a limit and entries that are not text or bytes are kept on each file, and rules
 * report them as findings.
 * @example
 * ```ts
 * import { parseConnector } from 'connector-certify';
 *
 * // Text or bytes, keyed by file name; a broken file is kept with its diagnostics, never thrown.
 * const input = parseConnector({
 *   'apiDefinition.swagger.json': '{ "swagger": "2.0", }',
 *   'README.md': new TextEncoder().encode('# Tide Watch\n'),
 * });
 * console.log(input.files.map((file) => `${file.name} (${file.role})`)); // ['README.md (readme)', 'apiDefinition.swagger.json (apiDefinition)']
 * ```
 * @throws {@link InvalidArgumentError} when `files` is not an object or cannot be read, or `options` is not valid.
 */
export function parseConnector(files: ConnectorFiles, options?: ParseOptions): ConnectorInput {
  if (!isPlainRecord(files)) throw new InvalidArgumentError('files', `expected an object of file contents by name, got ${describe(files)}.`);
  const given = checkOptionNames(options, 'options', ['limits', 'reuseFrom']);
  const limits = resolveLimits(checkLimits(given.limits, 'options.limits'));
  const reusable = reusableFiles(given.reuseFrom, limits);
  let names: string[];
  try {
    names = Object.keys(files).sort();
  } catch (error) {
    throw new InvalidArgumentError('files', `its file names could not be read (${reasonOf(error)}).`);
  }
  const input: ConnectorInput = { kind: 'connector-input', files: names.map((name) => readEntry(files, name, limits, reusable?.get(name))) };
  made.set(input, limits);
  return input;
}

/** Whether `parseConnector` made this input (so its files are known to be well formed). */
export function madeByParse(input: ConnectorInput): boolean {
  return made.has(input);
}

/** The files of `reuseFrom` by name, when it was read under the same limits (which change how a file is parsed). */
function reusableFiles(reuseFrom: unknown, limits: Limits): Map<string, ConnectorFile> | undefined {
  if (reuseFrom === undefined) return undefined;
  const previousLimits = made.get(reuseFrom as ConnectorInput);
  if (!previousLimits) {
    throw new InvalidArgumentError('options.reuseFrom', `expected a ConnectorInput made by parseConnector, got ${describe(reuseFrom)}.`);
  }
  if (previousLimits.maxFileBytes !== limits.maxFileBytes || previousLimits.maxStringLength !== limits.maxStringLength) return undefined;
  return new Map((reuseFrom as ConnectorInput).files.map((file) => [file.name, file]));
}

function readEntry(files: ConnectorFiles, name: string, limits: Limits, previous?: ConnectorFile): ConnectorFile {
  let content: unknown;
  try {
    content = files[name];
  } catch (error) {
    return unreadFile(name, 'unreadable', `Reading it threw an error (${reasonOf(error)}).`);
  }
  if (typeof content !== 'string' && !isBytes(content)) {
    return unreadFile(name, 'not-content', `It was given as ${describe(content)}, not as text or bytes.`);
  }
  // The same text as before, without a BOM, is read as before: skip even measuring it (the playground, each keystroke).
  if (typeof content === 'string' && previous && previous.type !== 'binary' && previous.encoding.length === 0 && previous.text === content) {
    return previous;
  }
  if (typeof content === 'string' && previous?.type === 'json') {
    const edited = editedJsonFile(previous, content, limits);
    if (edited) return edited;
  }
  const size = typeof content === 'string' ? utf8Length(content) : content.length;
  if (size > limits.maxFileBytes) {
    return unreadFile(name, 'too-large', `It is ${size} bytes, over the limit of ${limits.maxFileBytes} (limits.maxFileBytes).`, size);
  }
  return parseFile(name, content, size, limits, previous);
}

/** A file that is present but was not read. */
export function unreadFile(name: string, reason: UnreadReason, detail: string, size = 0): BinaryFile {
  return { type: 'binary', name, role: roleOf(name), size, bytes: new Uint8Array(), unread: { reason, detail } };
}

/** UTF-8 length without encoding the text. */
function utf8Length(text: string): number {
  let bytes = text.length;
  // ASCII characters are one byte each: the regular expression skips them natively, and the loop reads each run of
  // other characters (a whole-text loop cost as much as scanning the JSON on a 1 MB swagger).
  const wide = nonAscii;
  wide.lastIndex = 0;
  while (wide.test(text)) {
    let i = wide.lastIndex - 1;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) break;
      if (c < 0x800) bytes += 1;
      else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        bytes += 2; // a surrogate pair: two code units, four bytes
        i++;
      } else bytes += 2; // three bytes, lone surrogates included (encoded as U+FFFD)
    }
    wide.lastIndex = i;
  }
  return bytes;
}

const nonAscii = /[^\x00-\x7f]/g;

function parseFile(name: string, content: string | Uint8Array, size: number, limits: Limits, previous?: ConnectorFile): ConnectorFile {
  const role = roleOf(name);
  const isJson = role === 'apiDefinition' || role === 'apiProperties' || role === 'settings';
  const isText = isJson || role === 'readme' || role === 'script' || /\.(md|txt|csx|json)$/i.test(name);
  if (!isText || (!isJson && looksBinary(content))) {
    const bytes = typeof content === 'string' ? encoder.encode(content) : content;
    if (previous?.type === 'binary' && !previous.unread && sameBytes(previous.bytes, bytes)) return previous;
    return { type: 'binary', name, role, size, bytes };
  }
  const { text, notes } = decodeText(content);
  // The name, the decoded text and its notes are all that parsing reads (the limits were compared before).
  if (previous && previous.type !== 'binary' && previous.text === text && previous.size === size && sameNotes(previous.encoding, notes)) {
    return previous;
  }
  if (isJson) {
    const parsed = parseJson(text, limits.maxStringLength);
    const lines = new LineMap(text, parsed.lineStarts);
    return jsonFile(textualFile(name, role, size, text, notes, lines), { text, parsed, lines });
  }
  const textual = textualFile(name, role, size, text, notes, new LineMap(text));
  if (role === 'readme' || /\.md$/i.test(name)) return { ...textual, type: 'markdown', document: parseMarkdown(text) };
  return { ...textual, type: 'text' };
}

function textualFile(name: string, role: FileRole, size: number, text: string, encoding: EncodingNote[], lines: LineMap): TextualFile {
  return {
    name,
    role,
    size,
    text,
    encoding,
    rangeOf: (offset: number, length: number) => lines.range(offset, length),
    lineRange: (line: number) => lines.lineRange(line),
  };
}

/** The texts JSON files were parsed from, with what parsing learnt, for reading an edit of them. */
const parsedTexts = new WeakMap<JsonFile, ParsedText>();

function jsonFile(textual: TextualFile, read: ParsedText): JsonFile {
  const { parsed, lines } = read;
  const file: JsonFile = {
    ...textual,
    type: 'json',
    value: parsed.value,
    diagnostics: parsed.diagnostics,
    locate(pointer, target) {
      const span = parsed.locate(pointer, target);
      return span && lines.range(span.offset, span.length);
    },
  };
  parsedTexts.set(file, read);
  return file;
}

/** The file after an edit inside one of its string values (a keystroke), read from the file before it; see json-edit.ts. */
function editedJsonFile(previous: JsonFile, text: string, limits: Limits): JsonFile | undefined {
  const before = parsedTexts.get(previous);
  // Read from bytes with a BOM or as Latin-1, its size in bytes is not the text's UTF-8 length.
  if (!before || previous.encoding.length > 0) return undefined;
  const read = reparseStringEdit(before, text, limits.maxStringLength);
  if (!read) return undefined;
  const size = previous.size - utf8Length(read.strings[0]) + utf8Length(read.strings[1]);
  if (size > limits.maxFileBytes) return undefined;
  return jsonFile(textualFile(previous.name, previous.role, size, text, [], read.lines), read);
}

/** Whether two byte arrays hold the same bytes. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameNotes(a: EncodingNote[], b: EncodingNote[]): boolean {
  return a.length === b.length && a.every((note, i) => note === b[i]);
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
