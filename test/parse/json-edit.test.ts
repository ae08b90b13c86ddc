import { describe, expect, it } from 'vitest';
import { parseConnector, type JsonFile } from '../../src/parse/connector.js';
import { commonStart, reparseStringEdit, type ParsedText } from '../../src/parse/json-edit.js';
import { parseJson } from '../../src/parse/json.js';
import { LineMap } from '../../src/parse/positions.js';

const name = 'apiDefinition.swagger.json';
const swagger = [
  '{',
  '  "swagger": "2.0",',
  '  "info": { "title": "Tide Watch", "description": "Tides \\u00e9 \\"quoted\\"", "version": "1.0" },',
  '  "paths": { "/stations": { "get": { "summary": "List stations", "tags": ["a", "b"] } } },',
  '  "x-n": 12,',
  '  "x-o": { "__proto__": { "v": "abc" }, "1": [ "p", { "q": "r" } ], "a": "b" }',
  '}',
].join('\n');

function parsedText(text: string): ParsedText {
  const lines = new LineMap(text);
  lines.position(0); // the line table built, so that the edit moves it
  return { text, parsed: parseJson(text), lines };
}

/** Every pointer of a value, the root included. */
function pointersOf(value: unknown, base = ''): string[] {
  if (typeof value !== 'object' || value === null) return [base];
  const keys = Object.keys(value);
  return [base, ...keys.flatMap((key) => pointersOf((value as Record<string, unknown>)[key], `${base}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`))];
}

/** The edited text read from the old one must answer exactly as a fresh parse does. */
function expectSameAsFresh(edited: ParsedText, text: string): void {
  const fresh = parsedText(text);
  expect(edited.parsed.value).toEqual(fresh.parsed.value);
  expect(edited.parsed.diagnostics).toEqual([]);
  for (const pointer of [...pointersOf(fresh.parsed.value), '/missing']) {
    expect(edited.parsed.locate(pointer), pointer).toEqual(fresh.parsed.locate(pointer));
    expect(edited.parsed.locate(pointer, 'key'), pointer).toEqual(fresh.parsed.locate(pointer, 'key'));
  }
  for (let offset = 0; offset <= text.length; offset += 7) {
    expect(edited.lines.position(offset)).toEqual(fresh.lines.position(offset));
  }
}

/** The text with `[from, to)` replaced. */
function splice(text: string, from: number, to: number, insert: string): string {
  return text.slice(0, from) + insert + text.slice(to);
}

describe('commonStart', () => {
  it('counts the characters two texts share at their start', () => {
    expect(commonStart('abcdef', 'abXYef')).toBe(2);
    expect(commonStart('abc', 'abc!')).toBe(3);
    expect(commonStart('same', 'same')).toBe(4);
    expect(commonStart('', 'a')).toBe(0);
    const long = 'x'.repeat(10_000);
    expect(commonStart(long + 'a' + long, long + 'bb' + long)).toBe(10_000);
    expect(commonStart(long + 'y'.repeat(300) + 'a', long + 'y'.repeat(300) + 'b')).toBe(10_300);
  });
});

describe('reparseStringEdit', () => {
  const old = parsedText(swagger);
  // Spans found before the edit are the ones moved; others are found afresh.
  for (const pointer of pointersOf(old.parsed.value)) old.parsed.locate(pointer);

  it.each([
    ['typing in a value', '"Tide Watch', 'X'],
    ['deleting from a value', '"Tide W', ''],
    ['typing after an escape', '"Tides \\u00e9', 'Y'],
    ['typing inside an escape, which stays valid', '"Tides \\u00', '1'],
    ['typing in an array item', '["a', 'bc'],
    ['typing in the last string of the file', '"List stations', ' now'],
    ['typing under a __proto__ key', '"v": "ab', 'X'],
    ['typing in an object in an array', '"q": "', 'X'],
  ])('reads %s from the previous parse, as a fresh parse does', (_, before, insert) => {
    const at = swagger.indexOf(before) + before.length;
    const removed = insert === '' ? 3 : 0;
    const text = splice(swagger, at - removed, at, insert);
    const edited = reparseStringEdit(old, text, Infinity);
    expect(edited).toBeDefined();
    expectSameAsFresh(edited!, text);
  });

  it('keeps keys in order, a __proto__ key as a plain key, and shares what the edit left alone', () => {
    const at = swagger.indexOf('"v": "ab') + 8;
    const edited = reparseStringEdit(old, splice(swagger, at, at, 'X'), Infinity)!;
    const before = old.parsed.value as Record<string, Record<string, unknown>>;
    const value = edited.parsed.value as Record<string, Record<string, unknown>>;
    expect(Object.keys(value['x-o']!)).toEqual(['1', '__proto__', 'a']);
    expect(Object.getPrototypeOf(value['x-o'])).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(value['x-o'], '__proto__')?.value).toEqual({ v: 'abXc' });
    expect(value.paths).toBe(before.paths);
    expect(before['x-o']!['a']).toBe('b');
    expect(Object.getOwnPropertyDescriptor(before['x-o'], '__proto__')?.value).toEqual({ v: 'abc' });
  });

  it.each([
    ['a key', '"swag', 'X'],
    ['a quote', '"Tide', '"'],
    ['a backslash', '"Tide', '\\'],
    ['a line break', '"Tide', '\n'],
    ['a number', '"x-n": 1', '3'],
    ['the space between tokens', '"swagger":', ' '],
    ['a raw control character', '"Tide', '\u0001'],
  ])('leaves an edit of %s to a full parse', (_, before, insert) => {
    const at = swagger.indexOf(before) + before.length;
    const text = splice(swagger, at, at, insert);
    expect(reparseStringEdit(old, text, Infinity)).toBeUndefined();
  });

  it('leaves edits that reach past a string to a full parse', () => {
    const close = swagger.indexOf('Watch"') + 5;
    expect(reparseStringEdit(old, splice(swagger, close, close + 1, ''), Infinity)).toBeUndefined();
    expect(reparseStringEdit(old, splice(swagger, close - 2, close + 2, 'X'), Infinity)).toBeUndefined();
    expect(reparseStringEdit(old, swagger + ' ', Infinity)).toBeUndefined();
    expect(reparseStringEdit(old, swagger, Infinity)).toBeUndefined();
  });

  it('reads an escape sequence the edit makes or changes as the new text has it', () => {
    const at = swagger.indexOf('\\u00e9') + 5;
    const text = splice(swagger, at, at + 1, 'f');
    const edited = reparseStringEdit(old, text, Infinity);
    expect(edited).toBeDefined();
    expectSameAsFresh(edited!, text);
    const typed = swagger.indexOf('"Tide W') + 5;
    expectSameAsFresh(reparseStringEdit(old, splice(swagger, typed, typed, '\\n'), Infinity)!, splice(swagger, typed, typed, '\\n'));
  });

  it('leaves a string grown past the limit to a full parse, which reports it', () => {
    const at = swagger.indexOf('"2.0') + 4;
    expect(reparseStringEdit(old, splice(swagger, at, at, '.1'), 4)).toBeUndefined();
    expect(reparseStringEdit(old, splice(swagger, at, at, '.'), 4)).toBeDefined();
  });

  it('reads nothing from text the tolerant parser read', () => {
    const broken = parsedText(swagger.replace('"2.0",', '"2.0",,'));
    const at = broken.text.indexOf('"Tide') + 5;
    expect(reparseStringEdit(broken, splice(broken.text, at, at, 'X'), Infinity)).toBeUndefined();
  });
});

describe('parseConnector with reuseFrom, after an edit inside a string', () => {
  it('gives the file a fresh parse gives, size and positions included', () => {
    const first = parseConnector({ [name]: swagger });
    const at = swagger.indexOf('"Tide Watch') + 5;
    const text = splice(swagger, at, at, 'é\ud83d\ude00');
    const edited = parseConnector({ [name]: text }, { reuseFrom: first }).files[0] as JsonFile;
    const fresh = parseConnector({ [name]: text }).files[0] as JsonFile;
    expect(edited).not.toBe(first.files[0]);
    expect(edited.size).toBe(fresh.size);
    expect(edited.value).toEqual(fresh.value);
    expect(edited.text).toBe(text);
    expect(edited.locate('/paths/~1stations/get/tags/1')).toEqual(fresh.locate('/paths/~1stations/get/tags/1'));
    expect(edited.lineRange(4)).toEqual(fresh.lineRange(4));
    expect(edited.rangeOf(100, 3)).toEqual(fresh.rangeOf(100, 3));
  });

  it('still reports a file grown over the size limit', () => {
    const limits = { maxFileBytes: swagger.length + 1 };
    const first = parseConnector({ [name]: swagger }, { limits });
    const at = swagger.indexOf('"Tide') + 5;
    const file = parseConnector({ [name]: splice(swagger, at, at, 'XY') }, { limits, reuseFrom: first }).files[0]!;
    expect(file.type === 'binary' && file.unread?.reason).toBe('too-large');
  });
});
