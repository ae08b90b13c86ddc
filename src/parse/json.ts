import { parseTree, visit, type Node } from 'jsonc-parser';
import { countMembers, scanJson, type Span } from './json-scan.js';
import { itemIndex, joinPointer, parsePointer } from './pointer.js';
import { lineOf } from './positions.js';
import { SpannedJson } from './spanned-json.js';

export type { Span } from './json-scan.js';

export type JsonDiagnosticCode = 'syntax-error' | 'trailing-comma' | 'comment' | 'duplicate-key' | 'too-deep' | 'long-string';

export interface JsonDiagnostic {
  code: JsonDiagnosticCode;
  message: string;
  offset: number;
  length: number;
  /** Pointer of the duplicated key, for `duplicate-key`; of the shortened string, for `long-string`. */
  pointer?: string;
}

export interface ParsedJson {
  /** The recovered value; `undefined` when nothing could be recovered. Duplicate keys keep the last value. */
  value: unknown;
  diagnostics: JsonDiagnostic[];
  /** Span of the value (or of the key, for `'key'`) at `pointer`, or `undefined` when it is not in the text. */
  locate(pointer: string, target?: 'value' | 'key'): Span | undefined;
  /** Where each line starts, when parsing found them on the way. */
  lineStarts?: Uint32Array;
}

/** An error jsonc-parser reports; its code is one of the ParseErrorCode values below. */
interface SyntaxIssue {
  error: number;
  offset: number;
  length: number;
}

/** jsonc-parser's ParseErrorCode values: its const enum, which isolated modules cannot import, written again here. */
const enum ParseErrorCode {
  InvalidSymbol = 1,
  InvalidNumberFormat = 2,
  PropertyNameExpected = 3,
  ValueExpected = 4,
  ColonExpected = 5,
  CommaExpected = 6,
  CloseBraceExpected = 7,
  CloseBracketExpected = 8,
  EndOfFileExpected = 9,
  InvalidCommentToken = 10,
  UnexpectedEndOfComment = 11,
  UnexpectedEndOfString = 12,
  UnexpectedEndOfNumber = 13,
  InvalidUnicode = 14,
  InvalidEscapeCharacter = 15,
  InvalidCharacter = 16,
}

const syntaxWords: Partial<Record<number, string>> = {
  [ParseErrorCode.InvalidSymbol]: 'an invalid symbol',
  [ParseErrorCode.InvalidNumberFormat]: 'an invalid number',
  [ParseErrorCode.PropertyNameExpected]: 'a missing property name',
  [ParseErrorCode.ValueExpected]: 'a missing value',
  [ParseErrorCode.ColonExpected]: 'a missing colon',
  [ParseErrorCode.CommaExpected]: 'a missing comma',
  [ParseErrorCode.CloseBraceExpected]: "a missing '}'",
  [ParseErrorCode.CloseBracketExpected]: "a missing ']'",
  [ParseErrorCode.EndOfFileExpected]: 'text after the end of the JSON value',
  [ParseErrorCode.UnexpectedEndOfString]: 'an unterminated string',
  [ParseErrorCode.UnexpectedEndOfNumber]: 'an unterminated number',
  [ParseErrorCode.InvalidUnicode]: 'an invalid unicode escape',
  [ParseErrorCode.InvalidEscapeCharacter]: 'an invalid escape character',
  [ParseErrorCode.InvalidCharacter]: 'an invalid character in a string',
};

/**
 * Deepest nesting we read. The tree builder recurses, so without a fixed limit the point of failure would depend on
 * how much stack the caller happens to use; real connectors nest a few dozen levels.
 */
export const maxJsonNesting = 512;

/** Parses JSON text; strings longer than `maxStringLength` are cut to that length, each with a `long-string` diagnostic. */
export function parseJson(text: string, maxStringLength = Infinity): ParsedJson {
  return parseJsonFast(text, maxStringLength) ?? parseJsonTolerant(text, maxStringLength);
}

/**
 * The fast path, for nearly every real file: one scan of the text finds what `JSON.parse` cannot tell (nesting too
 * deep, long strings, the number of members, which reveals duplicate keys), `JSON.parse` reads the value, and spans are
 * found from the text only when asked. `undefined` when the text needs the tolerant parser.
 */
export function parseJsonFast(text: string, maxStringLength = Infinity): ParsedJson | undefined {
  const scan = scanJson(text, maxJsonNesting, maxStringLength);
  if (scan.tooDeep) return tooDeep();
  if (scan.longString) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  // JSON.parse keeps the last of duplicate keys silently: fewer own keys than members in the text reveals them.
  if ((typeof value === 'object' && value !== null ? countMembers(value) : 0) !== scan.members) return undefined;
  return new SpannedJson(value, text, scan.containers, scan.lineStarts);
}

/**
 * The tolerant parser alone: a jsonc-parser tree that recovers from errors, keeps every diagnostic, and locates
 * pointers in the tree. `parseJson` uses it for text the fast path cannot take, which has been checked not to nest
 * too deep.
 */
export function parseJsonTolerant(text: string, maxStringLength = Infinity): ParsedJson {
  const errors: SyntaxIssue[] = [];
  const found: JsonDiagnostic[] = [];
  let value: unknown;
  try {
    value = recoveredValue(text, errors, found, maxStringLength);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return tooDeep();
  }
  const diagnostics = syntaxDiagnostics(text, errors);
  // Keys after a syntax error may belong to objects that recovery merged, so their duplicates are not reported.
  const guessedFrom = diagnostics.find((d) => d.code === 'syntax-error')?.offset ?? Infinity;
  diagnostics.push(...found.filter((d) => d.code !== 'duplicate-key' || d.offset < guessedFrom));
  // The tree is built on the first lookup: a file with a syntax error shows rules no value, so most never need one.
  let tree: { root: Node | undefined } | undefined;
  return { value, diagnostics, locate: (pointer, target) => locate((tree ??= { root: treeOf(text) }).root, pointer, target) };
}

const tolerantOptions = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

/** jsonc-parser's tree of the text; `undefined` should the stack run out (`visit` read the text, so only a deep caller could). */
function treeOf(text: string): Node | undefined {
  try {
    return parseTree(text, [], tolerantOptions);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return undefined;
  }
}

export function tooDeepDiagnostic(): JsonDiagnostic {
  return { code: 'too-deep', message: `The JSON nests deeper than ${maxJsonNesting} levels and was not read.`, offset: 0, length: 0 };
}

function tooDeep(): ParsedJson {
  return {
    value: undefined,
    diagnostics: [tooDeepDiagnostic()],
    locate: () => undefined,
  };
}

/**
 * Comments and trailing commas leave the tree certain. The first other error is reported alone: what the parser reads
 * after it is a guess (one missing ']' makes every later bracket look wrong), so later errors are mostly echoes of it.
 */
function syntaxDiagnostics(text: string, errors: SyntaxIssue[]): JsonDiagnostic[] {
  const out: JsonDiagnostic[] = [];
  const seen = new Set<number>();
  for (const error of errors) {
    if (seen.has(error.offset)) continue;
    seen.add(error.offset);
    if (error.error === ParseErrorCode.InvalidCommentToken || error.error === ParseErrorCode.UnexpectedEndOfComment) {
      out.push({ code: 'comment', message: 'Comments are not allowed in JSON.', offset: error.offset, length: error.length });
    } else if (isTrailingComma(text, error, errors)) {
      const comma = previousToken(text, error.offset, errors);
      out.push({ code: 'trailing-comma', message: 'Trailing commas are not allowed in JSON.', offset: comma, length: 1 });
    } else {
      out.push({ code: 'syntax-error', message: describeSyntaxError(text, error), offset: error.offset, length: error.length });
      break;
    }
  }
  return out;
}

/** The mistake as the author would fix it: which character is missing and where, when the text makes that clear. */
function describeSyntaxError(text: string, error: SyntaxIssue): string {
  const at = text[error.offset];
  const open = innermostOpen(text, error.offset);
  const line = lineOf(text, error.offset);
  if (at === '}' && open === '[') return `A ']' is missing before the '}' on line ${line}.`;
  if (at === ']' && open === '{') return `A '}' is missing before the ']' on line ${line}.`;
  if (error.error === ParseErrorCode.PropertyNameExpected && at === '{') return `A '}' is missing before the '{' on line ${line}.`;
  if (error.error === ParseErrorCode.CommaExpected) {
    const before = previousNonSpace(text, error.offset);
    const previousLine = before >= 0 ? lineOf(text, before) : line;
    return previousLine < line ? `A ',' is missing at the end of line ${previousLine}.` : `A ',' is missing before this value on line ${line}.`;
  }
  if ((error.error === ParseErrorCode.CloseBraceExpected || error.error === ParseErrorCode.CloseBracketExpected) && error.offset >= text.trimEnd().length) {
    return `A '${error.error === ParseErrorCode.CloseBraceExpected ? '}' : ']'}' is missing at the end of the file.`;
  }
  if (error.error === ParseErrorCode.EndOfFileExpected) {
    return `The JSON value ends before line ${line} and more text follows: a '}' or ']' closes it too early.`;
  }
  return `The JSON has ${syntaxWords[error.error] ?? 'a syntax error'} on line ${line}.`;
}

/** The bracket ('{' or '[') still open at `offset`, from one scan that skips strings. */
function innermostOpen(text: string, offset: number): string | undefined {
  const stack: string[] = [];
  let inString = false;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') stack.push(c);
    else if (c === '}' || c === ']') stack.pop();
  }
  return stack.at(-1);
}

function isTrailingComma(text: string, error: SyntaxIssue, errors: SyntaxIssue[]): boolean {
  if (error.error !== ParseErrorCode.ValueExpected && error.error !== ParseErrorCode.PropertyNameExpected) return false;
  const next = text[error.offset];
  return (next === '}' || next === ']') && text[previousToken(text, error.offset, errors)] === ',';
}

/** The last character before `offset` that is neither space nor inside a comment the parser reported. */
function previousToken(text: string, offset: number, errors: SyntaxIssue[]): number {
  let at = previousNonSpace(text, offset);
  for (;;) {
    const comment = errors.find((e) => e.error === ParseErrorCode.InvalidCommentToken && e.offset + e.length - 1 === at);
    if (!comment) return at;
    at = previousNonSpace(text, comment.offset);
  }
}

function previousNonSpace(text: string, offset: number): number {
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return i;
}

/** The diagnostic for a string cut to the limit. */
export function longStringDiagnostic(length: number, limit: number, pointer: string, offset = 0, span = 0): JsonDiagnostic {
  return {
    code: 'long-string',
    message: `A string of ${length} characters is longer than the limit of ${limit} (limits.maxStringLength); only its first ${limit} were checked.`,
    offset,
    length: span,
    pointer,
  };
}

/**
 * A node of the tree jsonc-parser's `parseTree` would build, as far as the value needs it: the tree itself is not built.
 * Which nodes are read, and what they give, is what reading the value from that tree gave: an object reads its
 * properties, a property the value after its key (another property there, which recovery can put, gives undefined),
 * an array every item, the root its first value.
 */
interface Frame {
  kind: 'root' | 'object' | 'array' | 'property';
  parent: Frame | undefined;
  /** Its place among its parent's children. */
  index: number;
  /** How many children it has had (for a property, its key is the first). */
  children: number;
  /** Whether the value reads this node: nothing under a node it skips is read. */
  read: boolean;
  /** The object or array read into (for a property, the object its value goes into); undefined when not read. */
  holder: Record<string, unknown> | unknown[] | undefined;
  /** A property's key. */
  key: string;
}

/**
 * The value jsonc-parser's recovering parser reads from the text, built from its events with no tree in between (the
 * tree and reading it took two thirds of the time on a broken 467 KB swagger), with the duplicate keys and long strings
 * met on the way; the syntax errors go to `errors`.
 */
function recoveredValue(text: string, errors: SyntaxIssue[], diagnostics: JsonDiagnostic[], maxStringLength: number): unknown {
  const root: Frame = { kind: 'root', parent: undefined, index: 0, children: 0, read: true, holder: [], key: '' };
  let current = root;
  // A new child of `current`: whether the value reads it, and its place there (an object's members are set by key).
  const child = (kind: Frame['kind'] | 'literal', value: unknown): boolean => {
    const parent = current;
    const index = parent.children++;
    if (!reads(parent, index, kind)) {
      // Where a property stands for a value (an item, say), it gives undefined.
      if (parent.read && parent.kind === 'array') (parent.holder as unknown[]).push(undefined);
      return false;
    }
    if (parent.kind === 'property') {
      if (parent.holder) assign(parent.holder as Record<string, unknown>, parent.key, value);
    } else if (kind !== 'property') (parent.holder as unknown[]).push(value);
    return true;
  };
  const enter = (kind: Frame['kind'], holder: Frame['holder'], key = '') => {
    const parent = current;
    const read = child(kind, holder);
    current = { kind, parent, index: parent.children - 1, children: 0, read, holder: read ? holder : undefined, key };
  };
  const completeProperty = () => {
    if (current.kind === 'property') current = current.parent!;
  };
  visit(
    text,
    {
      onObjectBegin: () => enter('object', {}),
      onObjectProperty: (key, offset, length) => {
        const object = current;
        enter('property', undefined, key);
        current.children = 1; // its key
        if (!current.read) return;
        const members = object.holder as Record<string, unknown>;
        if (Object.hasOwn(members, key)) {
          diagnostics.push({
            code: 'duplicate-key',
            message: `Key '${key}' appears more than once in this object; only the last value counts.`,
            offset,
            length,
            pointer: joinPointer(pointerOf(object), key),
          });
        }
        // A property whose value is missing still gives its key, as undefined; a later duplicate replaces it in place.
        assign(members, key, undefined);
        current.holder = members;
      },
      onObjectEnd: () => {
        completeProperty();
        current = current.parent!;
        completeProperty();
      },
      onArrayBegin: () => enter('array', []),
      onArrayEnd: () => {
        current = current.parent!;
        completeProperty();
      },
      onLiteralValue: (value: unknown, offset, length) => {
        const parent = current;
        let kept = value;
        if (typeof value === 'string' && value.length > maxStringLength && reads(parent, parent.children, 'literal')) {
          // Rules run regular expressions over strings: a 50 MB one costs seconds in each, and says nothing more.
          diagnostics.push(longStringDiagnostic(value.length, maxStringLength, childPointer(parent, parent.children), offset, length));
          kept = value.slice(0, maxStringLength);
        }
        child('literal', kept);
        completeProperty();
      },
      onSeparator: (separator) => {
        if (separator === ',') completeProperty();
      },
      onError: (error, offset, length) => {
        errors.push({ error, offset, length });
      },
    },
    tolerantOptions,
  );
  return (root.holder as unknown[])[0];
}

/** Whether the value reads the child at `index` of `parent`, a node of `kind`. */
function reads(parent: Frame, index: number, kind: Frame['kind'] | 'literal'): boolean {
  if (!parent.read) return false;
  if (parent.kind === 'root') return index === 0;
  if (parent.kind === 'object') return kind === 'property';
  return kind !== 'property' && (parent.kind === 'array' || index === 1);
}

/** Sets a member; a key the object inherits is defined, so `__proto__` stays a plain key and no prototype is touched. */
function assign(object: Record<string, unknown>, key: string, value: unknown): void {
  // defineProperty is several times slower than assignment, so only inherited keys take it.
  if (key in object && !Object.hasOwn(object, key)) Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  else object[key] = value;
}

/** The pointer of a node, as jsonc-parser's `getNodePath` gives it; built only for a diagnostic. */
function pointerOf(frame: Frame): string {
  return frame.parent ? childPointer(frame.parent, frame.index) : '';
}

/** The pointer of the child at `index` of `parent`: a property's value is at its key, an item at its index. */
function childPointer(parent: Frame, index: number): string {
  const base = pointerOf(parent);
  if (parent.kind === 'property') return joinPointer(base, parent.key);
  return parent.kind === 'array' ? joinPointer(base, index) : base;
}

function locate(root: Node | undefined, pointer: string, target: 'value' | 'key' = 'value'): Span | undefined {
  const segments = parsePointer(pointer);
  if (!root || !segments) return undefined;
  let node: Node = root;
  let keyNode: Node | undefined;
  for (const segment of segments) {
    const next = child(node, segment);
    if (!next) return undefined;
    [node, keyNode] = next;
  }
  const found = target === 'key' && keyNode ? keyNode : node;
  return { offset: found.offset, length: found.length };
}

/** Per-object key index, built on first lookup: linear scans would make many findings in a large object quadratic. */
const keyIndexes = new WeakMap<Node, Map<string, [Node, Node]>>();

function child(node: Node, segment: string): [Node, Node | undefined] | undefined {
  const children = node.children ?? [];
  if (node.type === 'array') {
    const item = children[itemIndex(segment)];
    return item ? [item, undefined] : undefined;
  }
  if (node.type !== 'object') return undefined;
  let index = keyIndexes.get(node);
  if (!index) {
    index = new Map();
    // Later occurrences overwrite earlier ones: the last duplicate wins, as in the parsed value.
    for (const property of children) {
      const [keyNode, valueNode] = property.children ?? [];
      if (keyNode && typeof keyNode.value === 'string') index.set(keyNode.value, [valueNode ?? keyNode, keyNode]);
    }
    keyIndexes.set(node, index);
  }
  return index.get(segment);
}
