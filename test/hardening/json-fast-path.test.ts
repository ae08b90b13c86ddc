import fc from 'fast-check';
import { getNodePath, parseTree, type Node } from 'jsonc-parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/parse/decode.js';
import { parseJson, parseJsonFast, parseJsonTolerant, type ParsedJson } from '../../src/parse/json.js';
import { itemIndex, joinPointer, parsePointer } from '../../src/parse/pointer.js';
import { corpusFolders } from '../helpers/fixtures.js';

/** Bounded so that CI stays fast; raise with PROPERTY_RUNS for a longer local hunt. */
const runs = Number(process.env.PROPERTY_RUNS ?? 60);

/** Every pointer in a value, the root included. */
function pointersOf(value: unknown, base = '', out: string[] = []): string[] {
  out.push(base);
  if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) pointersOf((value as Record<string, unknown>)[key], joinPointer(base, key), out);
  }
  return out;
}

/** A value as text that keeps key order, own keys such as `constructor` and `__proto__`, and the sign of zero. */
function exactly(value: unknown): string {
  if (Object.is(value, -0)) return '-0';
  if (Array.isArray(value)) return `[${value.map(exactly).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    if (Object.getPrototypeOf(value) !== Object.prototype) return 'not a plain object';
    return `{${Object.keys(value).map((k) => `${JSON.stringify(k)}:${exactly((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

/** The fast path must answer exactly as the tolerant parser does: value, diagnostics, and every span. */
function expectSameAsTolerant(text: string, maxStringLength = Infinity): void {
  const fast = parseJson(text, maxStringLength);
  const tolerant = parseJsonTolerant(text, maxStringLength);
  expect(exactly(fast.value)).toBe(exactly(tolerant.value));
  expect(fast.diagnostics).toEqual(tolerant.diagnostics);
  const pointers = [...pointersOf(tolerant.value), '/missing', '/0/missing', '/-1', '/01', 'not a pointer'];
  for (const pointer of pointers) expectSameSpans(fast, tolerant, pointer);
}

function expectSameSpans(fast: ParsedJson, tolerant: ParsedJson, pointer: string): void {
  expect(fast.locate(pointer), pointer).toEqual(tolerant.locate(pointer));
  expect(fast.locate(pointer, 'key'), `${pointer} (key)`).toEqual(tolerant.locate(pointer, 'key'));
}

/** JSON text with whitespace drawn from `spaces` between every token, so spans are found past any layout. */
function serialize(value: unknown, spaces: string[]): string {
  let next = 0;
  const space = () => spaces[next++ % spaces.length]!;
  const write = (v: unknown): string => {
    if (Array.isArray(v)) return `[${space()}${v.map((item) => write(item)).join(`${space()},${space()}`)}${space()}]`;
    if (typeof v === 'object' && v !== null) {
      const members = Object.entries(v).map(([k, item]) => `${JSON.stringify(k)}${space()}:${space()}${write(item)}`);
      return `{${space()}${members.join(`${space()},${space()}`)}${space()}}`;
    }
    return JSON.stringify(v);
  };
  return `${space()}${write(value)}${space()}`;
}

const whitespace = fc.array(fc.constantFrom('', ' ', '\n', '\r\n', '\t', '  \n    '), { minLength: 1, maxLength: 8 });
/** Keys that need escapes, look like indexes, or name prototype members. */
const key = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.constantFrom('__proto__', 'constructor', '0', '01', 'a/b', 'm~n', '"', '\\', '\\"', '\u2028', '\ud800', 'é', '$ref'),
);
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(fc.string({ maxLength: 8 }), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant('a"b\\c\n')),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.array(fc.tuple(key, tie('value')), { maxLength: 4 }).map((members) => {
      const out: Record<string, unknown> = {};
      for (const [k, v] of members) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
      return out;
    }),
  ),
})).value;

describe('the JSON fast path', () => {
  it('gives the tolerant parser\'s value, diagnostics and spans for any JSON text', () => {
    fc.assert(
      fc.property(json, whitespace, (value, spaces) => {
        const text = serialize(value, spaces);
        expect(parseJsonFast(text), 'valid JSON without duplicate keys takes the fast path').toBeDefined();
        expectSameAsTolerant(text);
      }),
      { numRuns: runs * 5 },
    );
  });

  it('hands text it cannot take to the tolerant parser: duplicates, long strings, comments, commas, broken text', () => {
    const edits = fc.constantFrom(
      (t: string) => t.replace(/^\s*\{/, '{"dup": 1, "dup": 2,').replace(',}', '}'),
      (t: string) => t.replace(/\}\s*$/, ',}'),
      (t: string) => `// note\n${t}`,
      (t: string) => t.slice(0, Math.floor(t.length / 2)),
      (t: string) => t.replace(/"/, '"\u0001'),
    );
    fc.assert(
      fc.property(json, whitespace, edits, fc.integer({ min: 0, max: 6 }), (value, spaces, edit, maxStringLength) => {
        const text = serialize(value, spaces);
        expectSameAsTolerant(edit(text), maxStringLength);
        expectSameAsTolerant(text, maxStringLength);
      }),
      { numRuns: runs * 5 },
    );
  });

  it('locates every pointer of corpus swaggers exactly where the tree does', () => {
    const folders = corpusFolders();
    const sample = folders.filter((dir) => /HubSpot CRM V2|Azure DevOps|ServiceNow/i.test(dir)).concat(folders.filter((_, i) => i % 50 === 0));
    expect(sample.length).toBeGreaterThan(4);
    for (const dir of sample) {
      const { text } = decodeText(readFileSync(join(dir, 'apiDefinition.swagger.json')));
      expect(parseJsonFast(text, 256 * 1024), dir).toBeDefined();
      expectSameAsTolerant(text, 256 * 1024);
    }
  }, 120_000);
});

/**
 * The tolerant parser reads its value from the parser's events; this is the value read from jsonc-parser's tree instead,
 * as it was read before, with the duplicate keys and long strings met on the way.
 */
function treeValue(node: Node, found: { code: string; offset: number; length: number; pointer: string }[], maxStringLength: number): unknown {
  const pointerOf = (at: Node) => joinPointer('', ...getNodePath(at));
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (!keyNode || typeof keyNode.value !== 'string') continue;
        const key = keyNode.value;
        if (Object.hasOwn(out, key)) found.push({ code: 'duplicate-key', offset: keyNode.offset, length: keyNode.length, pointer: pointerOf(keyNode) });
        const value = valueNode ? treeValue(valueNode, found, maxStringLength) : undefined;
        if (key in out) Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
        else out[key] = value;
      }
      return out;
    }
    case 'array':
      return (node.children ?? []).map((child) => treeValue(child, found, maxStringLength));
    case 'string':
      if ((node.value as string).length <= maxStringLength) return node.value;
      found.push({ code: 'long-string', offset: node.offset, length: node.length, pointer: pointerOf(node) });
      return (node.value as string).slice(0, maxStringLength);
    default:
      return node.value;
  }
}

/** The tolerant parser gives the value, duplicate keys, long strings and spans that reading jsonc-parser's tree gave. */
function expectSameAsTree(text: string, maxStringLength: number): void {
  const parsed = parseJsonTolerant(text, maxStringLength);
  const root = parseTree(text, [], { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const found: { code: string; offset: number; length: number; pointer: string }[] = [];
  const value = root ? treeValue(root, found, maxStringLength) : undefined;
  expect(exactly(parsed.value), text).toBe(exactly(value));
  const guessedFrom = parsed.diagnostics.find((d) => d.code === 'syntax-error')?.offset ?? Infinity;
  const expected = found.filter((d) => d.code !== 'duplicate-key' || d.offset < guessedFrom);
  const made = parsed.diagnostics.filter((d) => d.code === 'duplicate-key' || d.code === 'long-string');
  expect(made.map(({ code, offset, length, pointer }) => ({ code, offset, length, pointer })), text).toEqual(expected);
  // Spans, from the tree that is now built on the first lookup: the last of duplicate keys wins, as in the value.
  for (const pointer of [...pointersOf(value), '/missing', '/0', 'not a pointer']) {
    let node: Node | undefined = root;
    let keyNode: Node | undefined;
    for (const segment of parsePointer(pointer) ?? ['\u0000none']) {
      const properties = node?.type === 'object' ? (node.children ?? []).filter((p) => typeof p.children?.[0]?.value === 'string') : [];
      const property = properties.reverse().find((p) => p.children![0]!.value === segment);
      [node, keyNode] = node?.type === 'array' ? [node.children?.[itemIndex(segment)], undefined] : [property && (property.children![1] ?? property.children![0]), property?.children![0]];
    }
    const span = (hit: Node | undefined) => hit && { offset: hit.offset, length: hit.length };
    expect(parsed.locate(pointer), pointer).toEqual(span(node));
    expect(parsed.locate(pointer, 'key'), pointer).toEqual(span(keyNode ?? node));
  }
}

/** Damage: a character taken out, or a piece of JSON syntax put in, at a place drawn as a fraction of the text. */
const damage = fc.array(
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('', ',', ':', '{', '}', '[', ']', '"', 'x', '1', '"k":', '"k": 1,', '"__proto__": {},', '"dup": [', ' ', ' "a long string"', '] "long string"')),
  { minLength: 1, maxLength: 3 },
);

function damaged(text: string, edits: [number, string][]): string {
  let out = text;
  for (const [where, piece] of edits) {
    const at = Math.floor(where * out.length);
    out = piece === '' ? out.slice(0, at) + out.slice(at + 1) : out.slice(0, at) + piece + out.slice(at);
  }
  return out;
}

describe('the tolerant parser without a tree', () => {
  it('reads broken text as jsonc-parser\'s tree has it: value, duplicate keys, long strings, spans', () => {
    fc.assert(
      fc.property(json, whitespace, damage, fc.integer({ min: 0, max: 6 }), (value, spaces, edits, maxStringLength) => {
        const text = damaged(serialize(value, spaces), edits);
        expectSameAsTree(text, maxStringLength);
        expectSameAsTree(text, Infinity);
      }),
      { numRuns: runs * 20 },
    );
  });

  it('reads damaged corpus swaggers and the broken ones as the tree has them', () => {
    const folders = corpusFolders();
    const broken = folders.filter((dir) => /\/(AccuWeather|GIPHY|Hashify|Icon Horse|XSOAR)\//.test(dir));
    expect(broken.length).toBe(5);
    for (const dir of broken) expectSameAsTree(decodeText(readFileSync(join(dir, 'apiDefinition.swagger.json'))).text, 256 * 1024);
    const texts = folders.filter((_, i) => i % 40 === 0).map((dir) => decodeText(readFileSync(join(dir, 'apiDefinition.swagger.json'))).text);
    fc.assert(
      fc.property(fc.constantFrom(...texts), damage, (text, edits) => expectSameAsTree(damaged(text, edits), 256 * 1024)),
      { numRuns: runs },
    );
  }, 120_000);
});
