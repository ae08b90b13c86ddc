import {
  applyEdits,
  findNodeAtLocation,
  getNodePath,
  modify,
  parseTree,
  type EditResult,
  type FormattingOptions,
  type JSONPath,
  type ModificationOptions,
  type Node,
} from 'jsonc-parser';

type EditResultItem = EditResult[number];
import { isConnectorInput, type ConnectorInput, type JsonFile } from '../parse/connector.js';
import { describe } from '../parse/arguments.js';
import { InvalidArgumentError, reasonOf } from '../parse/errors.js';
import { itemIndex, parsePointer } from '../parse/pointer.js';
import { commonStart } from '../parse/json-edit.js';
import type { Finding, JsonPatchOperation } from '../core/types.js';
import { detectFormatting } from './formatting.js';
import type { FixEdits, FixSkipReason, SkippedFix, TextEdit } from './types.js';

/** Diagnostics after which the text and the parsed value disagree, so an edit could land in the wrong place. */
const uncleanCodes = new Set(['syntax-error', 'duplicate-key', 'too-deep', 'long-string']);

/** A JSON file whose text can be edited, parsed once for every fix on it. */
export interface EditableFile {
  file: JsonFile;
  formatting: FormattingOptions | undefined;
  tree: Node | undefined;
}

/** The file a finding's fix edits, or why it cannot be edited. */
export function editableFile(input: ConnectorInput, name: string): EditableFile | { reason: FixSkipReason; detail: string } {
  const file = input.files.find((candidate) => candidate.name === name);
  if (!file) return { reason: 'target-gone', detail: `There is no file ${name}.` };
  if (file.type === 'binary') return { reason: 'not-utf8', detail: `${name} is not read as text.` };
  if (file.type !== 'json') return { reason: 'invalid-fix', detail: `${name} is not a JSON file, which a JSON Patch fix needs.` };
  if (file.encoding.includes('latin1') || file.encoding.includes('utf16')) {
    return { reason: 'not-utf8', detail: `${name} is not UTF-8 text; save it as UTF-8 first.` };
  }
  const unclean = file.diagnostics.find((diagnostic) => uncleanCodes.has(diagnostic.code));
  if (unclean) return { reason: 'file-not-clean', detail: `${name} does not parse cleanly: ${unclean.message}` };
  return { file, formatting: detectFormatting(file.text), tree: parseTree(file.text) };
}

/**
 * The text edits that apply one finding's fix to its file, against the file's text as parsed (without its byte-order
 * mark), reduced to the span that really changes: what an editor offers as a quick fix for that finding. The patch's
 * operations are applied in order, each to the text the previous one left.
 * @example
 * ```ts
 * import { fixEdits, parseConnector, validateConnector } from 'connector-certify';
 *
 * const input = parseConnector({ 'apiDefinition.swagger.json': '{\n  "swagger": "2.0",\n  "basePath": "v1"\n}\n' });
 * const finding = validateConnector(input).findings.find((f) => f.ruleId === 'meta-basepath')!;
 * console.log(fixEdits(input, finding)); // { finding, file: 'apiDefinition.swagger.json', edits: [{ offset: 37, length: 0, newText: '/' }] }
 * ```
 * @throws {@link InvalidArgumentError} when `input` is not a `ConnectorInput`, or `finding` has no `fix` or cannot be
 *   read.
 */
export function fixEdits(input: ConnectorInput, finding: Finding): FixEdits | SkippedFix {
  if (!isConnectorInput(input)) {
    throw new InvalidArgumentError('input', `expected a ConnectorInput from parseConnector or loadConnector, got ${describe(input)}.`);
  }
  const read = readFinding(finding, 'finding');
  if (!read) throw new InvalidArgumentError('finding', `expected a finding with a fix, got ${describe(finding)}.`);
  const target = editableFile(input, read.file);
  return 'reason' in target ? { finding: read, file: read.file, ...target } : editsIn(target, read);
}

/**
 * A finding with a fix, read once into plain data: its fix as a JSON copy (a value JSON cannot hold leaves it
 * unusable, and the fix is skipped as invalid), so no getter or Proxy of the caller runs while fixes are applied.
 */
export function readFinding(finding: unknown, argument: string): Finding | undefined {
  try {
    if (typeof finding !== 'object' || finding === null) return undefined;
    const { fix, file, ...rest } = finding as Finding;
    if (fix === undefined || typeof file !== 'string') return undefined;
    return { ...rest, file, fix: jsonCopy(fix) as JsonPatchOperation[] };
  } catch (error) {
    throw new InvalidArgumentError(argument, `reading it threw an error (${reasonOf(error)}).`);
  }
}

function jsonCopy(value: unknown): unknown {
  try {
    return JSON.parse(JSON.stringify(value) ?? 'null');
  } catch {
    return null;
  }
}

/** {@link fixEdits} on a file already found editable. */
export function editsIn(target: EditableFile, finding: Finding): FixEdits | SkippedFix {
  const skip = (reason: FixSkipReason, detail: string): SkippedFix => ({ finding, file: finding.file, reason, detail });
  const operations = finding.fix;
  if (!Array.isArray(operations) || operations.length === 0) return skip('invalid-fix', 'The fix is not a list of JSON Patch operations that JSON can hold.');
  const original = target.file.text;
  let text = original;
  let tree = target.tree;
  for (const operation of operations) {
    const step = applyOperation(text, tree, operation, target.formatting);
    if ('reason' in step) return skip(step.reason, step.detail);
    text = step.text;
    tree = undefined;
  }
  return { finding, file: finding.file, edits: minimalEdits(original, text) };
}

type Step = { text: string } | { reason: FixSkipReason; detail: string };

function applyOperation(text: string, tree: Node | undefined, operation: JsonPatchOperation, formatting: FormattingOptions | undefined): Step {
  const op = operation?.op;
  const segments = typeof operation?.path === 'string' ? parsePointer(operation.path) : undefined;
  if ((op !== 'add' && op !== 'remove' && op !== 'replace') || segments === undefined) {
    return { reason: 'invalid-fix', detail: 'The fix is not an add, remove or replace operation with a JSON pointer.' };
  }
  if (op !== 'remove' && operation.value === undefined) return { reason: 'invalid-fix', detail: `The ${op} operation has no value.` };
  if (segments.length === 0) return { reason: 'invalid-fix', detail: 'The fix would replace the whole document.' };
  const root = tree ?? parseTree(text);
  const path = jsonPath(root, segments, op === 'add');
  if (!path) return { reason: 'target-gone', detail: `${operation.path} is not in the file.` };
  if (op === 'remove') return { text: applyEdits(text, [removal(findNodeAtLocation(root!, path)!)]) };
  // A replace rewrites the value itself; an add edits the object or array that receives it.
  const node = findNodeAtLocation(root!, op === 'replace' ? path : path.slice(0, -1))!;
  const relative = op === 'replace' ? [] : path.slice(-1);
  const isArrayInsertion = op === 'add' && path.at(-1) !== -1;
  return { text: modifyWithin(text, node, relative, operation.value, { formattingOptions: formatting, isArrayInsertion }) };
}

/**
 * jsonc-parser's `modify` on the text of one node instead of the whole file: `modify` parses all it is given, which
 * for a 1 MB swagger is tens of milliseconds a fix. The node's text is led by the indentation of its line, so that
 * formatting indents an inserted value as it would in the file. Should formatting touch that indentation (one that is
 * not a whole number of levels), the whole file is modified instead.
 */
function modifyWithin(text: string, node: Node, path: JSONPath, value: unknown, options: ModificationOptions): string {
  let lineStart = node.offset;
  while (lineStart > 0 && text[lineStart - 1] !== '\n') lineStart--;
  let indentEnd = lineStart;
  while (indentEnd < node.offset && (text[indentEnd] === ' ' || text[indentEnd] === '\t')) indentEnd++;
  const indent = text.slice(lineStart, indentEnd);
  const part = indent + text.slice(node.offset, node.offset + node.length);
  const changed = applyEdits(part, modify(part, path, value, options));
  if (!changed.startsWith(indent)) {
    const fullPath = [...getNodePath(node), ...path];
    return applyEdits(text, modify(text, fullPath, value, options));
  }
  return text.slice(0, node.offset) + changed.slice(indent.length) + text.slice(node.offset + node.length);
}

/**
 * The edit that removes a member (an object's property or an array's item) with its comma. jsonc-parser's `modify`
 * removes a first member up to the next one, which pulls that one onto the opening bracket's line, and with formatting
 * options it re-lays the whole line (a one-line object is spread over several): here the next member keeps its place
 * and nothing else moves.
 */
function removal(value: Node): EditResultItem {
  const member = value.parent?.type === 'property' ? value.parent : value;
  const parent = member.parent!;
  const siblings = parent.children!;
  const index = siblings.indexOf(member);
  const end = member.offset + member.length;
  if (index > 0) {
    const previous = siblings[index - 1]!;
    return { offset: previous.offset + previous.length, length: end - previous.offset - previous.length, content: '' };
  }
  if (siblings.length > 1) return { offset: member.offset, length: siblings[1]!.offset - member.offset, content: '' };
  return { offset: parent.offset + 1, length: parent.length - 2, content: '' };
}

/**
 * The jsonc-parser path of a pointer: array indices as numbers, `-` (append) as -1. Every segment must exist, except
 * the last one of an `add`, whose parent must.
 */
function jsonPath(root: Node | undefined, segments: string[], adding: boolean): JSONPath | undefined {
  const path: JSONPath = [];
  let node = root;
  for (const [index, segment] of segments.entries()) {
    if (!node) return undefined;
    const last = index === segments.length - 1;
    if (node.type === 'array') {
      const count = node.children?.length ?? 0;
      if (adding && last && segment === '-') return [...path, -1];
      const position = itemIndex(segment);
      if (position < 0 || position > count || (position === count && !(adding && last))) return undefined;
      path.push(position);
    } else if (node.type === 'object') {
      path.push(segment);
    } else return undefined;
    const child = findNodeAtLocation(node, [path.at(-1)!]);
    if (!child && !(adding && last)) return undefined;
    node = child;
  }
  return path;
}

/** The single edit that turns `before` into `after`, without the unchanged text at either end. */
export function minimalEdits(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  let start = commonStart(before, after);
  const shorter = Math.min(before.length, after.length);
  let end = 0;
  while (end < shorter - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  // Never split a surrogate pair: an editor could not show half a character.
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  if (end > 0 && isLowSurrogate(before.charCodeAt(before.length - end))) end--;
  return [{ offset: start, length: before.length - start - end, newText: after.slice(start, after.length - end) }];
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
