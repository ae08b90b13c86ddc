import { describe, expect, it } from 'vitest';
import { maxJsonNesting, parseJson, parseJsonFast, parseJsonTolerant } from '../../src/parse/json.js';
import { scanJson } from '../../src/parse/json-scan.js';
import { LineMap } from '../../src/parse/positions.js';

describe('parseJson', () => {
  it('reads valid JSON with spans for values and keys', () => {
    const text = '{\n  "info": { "title": "Contoso" }\n}';
    const parsed = parseJson(text);
    expect(parsed.value).toEqual({ info: { title: 'Contoso' } });
    expect(parsed.diagnostics).toEqual([]);
    const value = parsed.locate('/info/title')!;
    expect(text.slice(value.offset, value.offset + value.length)).toBe('"Contoso"');
    const key = parsed.locate('/info/title', 'key')!;
    expect(text.slice(key.offset, key.offset + key.length)).toBe('"title"');
    expect(parsed.locate('/info/missing')).toBeUndefined();
    expect(parsed.locate('not a pointer')).toBeUndefined();
  });

  it('finds spans of valid JSON from the text, as the tree would: escaped keys, CRLF layout, nested arrays', () => {
    const text = '\r\n{ "a\\"b" :\r\n\t{"c\\u002fd": [ 1 ,{"e":-2.5e3} ], "\\\\": null}}\r\n';
    const fast = parseJsonFast(text)!;
    const tree = parseJsonTolerant(text);
    expect(fast).toBeDefined();
    expect(fast.value).toEqual({ 'a"b': { 'c/d': [1, { e: -2500 }], '\\': null } });
    const pointers = ['', '/a"b', '/a"b/c~1d', '/a"b/c~1d/0', '/a"b/c~1d/1', '/a"b/c~1d/1/e', '/a"b/\\', '/a"b/c~1d/2', '/x'];
    for (const pointer of pointers) {
      expect(fast.locate(pointer), pointer).toEqual(tree.locate(pointer));
      expect(fast.locate(pointer, 'key'), pointer).toEqual(tree.locate(pointer, 'key'));
    }
    const key = fast.locate('/a"b/c~1d', 'key')!;
    expect(text.slice(key.offset, key.offset + key.length)).toBe('"c\\u002fd"');
  });

  it('finds the same spans whatever order the lookups come in, the root among them', () => {
    const text = JSON.stringify({ a: { b: [[1], { c: [2] }] }, d: [{ e: {} }, [3]], f: { g: { h: [] } } }, null, 2);
    const tree = parseJsonTolerant(text);
    const pointers = ['/a/b/1/c', '', '/d/1', '/a', '/f/g/h', '/d/0/e/x', '/d/0/e', '/a/b/0', '/f', '/d', '/a/b/01', '/d/1/0/x', 'd/1', '/'];
    for (const order of [pointers, [...pointers].reverse()]) {
      const fast = parseJsonFast(text)!;
      for (const pointer of order) {
        expect(fast.locate(pointer), pointer).toEqual(tree.locate(pointer));
        expect(fast.locate(pointer, 'key'), pointer).toEqual(tree.locate(pointer, 'key'));
      }
    }
    expect(parseJsonFast(text)!.locate('d/1')).toBeUndefined();
    expect(parseJsonFast('{"": {"1": 0}}')!.locate('x/1')).toBeUndefined();
  });

  it('tells keys that begin alike apart, in small objects and in large ones, escaped or not', () => {
    const many = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`k${i}`, i]));
    const small = { ab: 1, abc: 2, a: 3, 'a"': 4, 'a\\': 5 };
    const text = JSON.stringify({ small, many: { ...many, 'k"': 'q' }, escaped: 0 }, null, 1).replace('"escaped"', '"escap\\u0065d"');
    const tree = parseJsonTolerant(text);
    const pointers = ['/small/a', '/small/ab', '/small/abc', '/small/a"', '/small/a\\', '/small/abcd', '/many/k1', '/many/k39', '/many/k"', '/many/k', '/escaped'];
    // Each object's first lookup reads it only up to the key it wants; an escaped key first or later, as the order has it.
    for (const order of [pointers, [...pointers].reverse()]) {
      const fast = parseJsonFast(text)!;
      for (const pointer of order) {
        expect(fast.locate(pointer), pointer).toEqual(tree.locate(pointer));
        expect(fast.locate(pointer, 'key'), pointer).toEqual(tree.locate(pointer, 'key'));
      }
      expect(fast.locate('/escaped')).toBeDefined();
      expect(fast.locate('/small/abcd')).toBeUndefined();
    }
  });

  it('leaves duplicate keys, long strings and broken text to the tolerant parser', () => {
    expect(parseJsonFast('{"a": {"b": 1, "b": 2}}')).toBeUndefined();
    expect(parseJsonFast('{"a": "abcdef"}', 5)).toBeUndefined();
    expect(parseJsonFast('{"a": 1,}')).toBeUndefined();
    expect(parseJsonFast('{"a": "x:y", "b": {"c": ":"}}')).toBeDefined();
    expect(parseJsonFast('{"a:b": ["c:d", ":"], "e": {"f:": 1}}')).toBeDefined();
    expect(parseJsonFast('{"abcdef": 1}', 5)).toBeUndefined();
  });

  it('finds a duplicate key whose value spells a colon as an escape', () => {
    const text = '{"a": 1, "a": 2, "b": "\\u003a"}';
    expect(JSON.parse(text)).toEqual({ a: 2, b: ':' });
    expect(parseJson(text).diagnostics.map((d) => [d.code, d.pointer])).toEqual([['duplicate-key', '/a']]);
    expect(parseJsonFast('{"a": "\\u003a", "b\\u003A": 1}')?.value).toEqual({ a: ':', 'b:': 1 });
  });

  it('resolves escaped pointer segments and array indexes', () => {
    const parsed = parseJson('{"paths": {"/a/{id}": {"get": {"parameters": [1, 2]}}}}');
    expect(parsed.locate('/paths/~1a~1{id}/get/parameters/1')).toBeDefined();
    expect(parsed.locate('/paths/~1a~1{id}/get/parameters/2')).toBeUndefined();
    expect(parsed.locate('/paths/~1a~1{id}/get/parameters/01')).toBeUndefined();
  });

  it('points the diagnostics of the tolerant path through arrays and escaped keys', () => {
    const parsed = parseJsonTolerant('{"p/q": [0, {"a~b": 1, "a~b": 2, "s": ["abcdef"]}]}', 3);
    expect(parsed.diagnostics.map((d) => [d.code, d.pointer])).toEqual([
      ['duplicate-key', '/p~1q/1/a~0b'],
      ['long-string', '/p~1q/1/s/0'],
    ]);
  });

  it('reports each duplicate key and keeps the last value, as JSON.parse does', () => {
    const text = '{"a": 1, "a": 2, "a": 3}';
    const parsed = parseJson(text);
    expect(parsed.value).toEqual(JSON.parse(text));
    expect(parsed.diagnostics.map((d) => [d.code, d.pointer])).toEqual([
      ['duplicate-key', '/a'],
      ['duplicate-key', '/a'],
    ]);
    expect(parsed.locate('/a')!.offset).toBe(text.lastIndexOf('3'));
  });

  it('names trailing commas and comments, and recovers the value', () => {
    const parsed = parseJson('{"a": [1, 2,], // note\n "b": true,}');
    expect(parsed.value).toEqual({ a: [1, 2], b: true });
    expect(parsed.diagnostics.map((d) => d.code).sort()).toEqual(['comment', 'trailing-comma', 'trailing-comma']);
  });

  it('reports a missing comma at its position and reads on', () => {
    const text = '{"a": 1\n "b": 2}';
    const parsed = parseJson(text);
    expect(parsed.value).toEqual({ a: 1, b: 2 });
    expect(parsed.diagnostics).toHaveLength(1);
    expect(parsed.diagnostics[0]).toMatchObject({ code: 'syntax-error', offset: text.indexOf('"b"') });
    expect(parsed.diagnostics[0]!.message).toBe("A ',' is missing at the end of line 1.");
  });

  it('reports only the first syntax error, naming the bracket left open', () => {
    // An array left open, then '}': the parser's later complaints are echoes of this one mistake.
    const text = '{\n "tags": [\n  {"name": "x"}\n },\n "paths": {"/a": {}, "/a": {}}\n}';
    const parsed = parseJson(text);
    expect(parsed.diagnostics).toEqual([
      { code: 'syntax-error', message: "A ']' is missing before the '}' on line 4.", offset: text.indexOf('},'), length: 1 },
    ]);
  });

  it("names a '}' missing before the next object of a list, as in a real connector", () => {
    // Icon Horse: a parameter object left open before the next one starts.
    const text = '{"parameters": [\n  {\n    "name": "domain",\n    "x-ms-url-encoding": "single",\n  {\n    "name": "apikey"\n  }\n]}';
    const parsed = parseJson(text);
    expect(parsed.diagnostics.map((d) => d.message)).toEqual(["A '}' is missing before the '{' on line 5."]);
  });

  it('keeps __proto__ as a plain key without touching prototypes', () => {
    const parsed = parseJson('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}');
    const value = parsed.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps keys that objects inherit as plain own keys on the tolerant path too, the last duplicate winning', () => {
    // The trailing comma sends the text to the tolerant parser, which assigns keys other than inherited ones.
    const parsed = parseJson('{"__proto__": {"polluted": 1}, "toString": 2, "a": 3, "__proto__": {"polluted": 4}, "toString": 5,}');
    const value = parsed.value as Record<string, unknown>;
    expect(parsed.diagnostics.map((d) => d.code)).toEqual(['trailing-comma', 'duplicate-key', 'duplicate-key']);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.entries(value)).toEqual([['__proto__', { polluted: 4 }], ['toString', 5], ['a', 3]]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('returns a finding instead of overflowing the stack on very deep nesting', () => {
    const parsed = parseJson('['.repeat(100_000) + ']'.repeat(100_000));
    expect(parsed.diagnostics.map((d) => d.code)).toEqual(['too-deep']);
    expect(parsed.value).toBeUndefined();
  });

  it('reports empty text', () => {
    const parsed = parseJson('');
    expect(parsed.value).toBeUndefined();
    expect(parsed.diagnostics.length).toBeGreaterThan(0);
  });
});

describe('scanJson', () => {
  /** The text of each container the scan recorded, in the order of the table. */
  const containersOf = (text: string) => {
    const { opens, ends, count } = scanJson(text, maxJsonNesting, Infinity).containers;
    return Array.from({ length: count }, (_, i) => text.slice(opens[i], ends[i]));
  };

  it('records where lines start as a line map counts them: after LF, CRLF and a lone CR', () => {
    const text = '{\r\n  "a": 1,\n  "b":\r[2,\n\n3]\r\n}\n';
    const fromScan = scanJson(text, maxJsonNesting, Infinity).lineStarts;
    const fromText = new LineMap(text);
    expect(Array.from(fromScan)).toEqual([0, 3, 13, 20, 24, 25, 29, 31]);
    for (let offset = 0; offset <= text.length; offset++) {
      expect(new LineMap(text, fromScan).position(offset)).toEqual(fromText.position(offset));
    }
  });

  it('records where every object and array starts and ends, brackets inside strings aside', () => {
    const text = '{"a": [1, {"b": "]}\\"[{"}], "c": {}}';
    expect(containersOf(text)).toEqual([text, '[1, {"b": "]}\\"[{"}]', '{"b": "]}\\"[{"}', '{}']);
  });

  it('grows its table past the first guess', () => {
    const text = `[${'{"a": []},'.repeat(300)}{}]`;
    const containers = containersOf(text);
    expect(containers).toHaveLength(602);
    expect(containers.at(-3)).toBe('{"a": []}');
    expect(containers.at(-1)).toBe('{}');
  });
});

describe('nesting limit', () => {
  it('reads nesting up to the limit and refuses one level more, whatever the stack', () => {
    expect(parseJson('['.repeat(maxJsonNesting) + ']'.repeat(maxJsonNesting)).diagnostics).toEqual([]);
    const over = parseJson('['.repeat(maxJsonNesting + 1) + ']'.repeat(maxJsonNesting + 1));
    expect(over.diagnostics.map((d) => d.code)).toEqual(['too-deep']);
  });

  it('refuses text that nests too deep whether or not it is valid JSON', () => {
    const deep = '{"a": '.repeat(maxJsonNesting + 1) + '1' + '}'.repeat(maxJsonNesting + 1);
    expect(parseJson(deep).diagnostics.map((d) => d.code)).toEqual(['too-deep']);
    expect(parseJson(deep.slice(0, -1)).diagnostics.map((d) => d.code)).toEqual(['too-deep']);
    expect(parseJson('["' + 'x'.repeat(10) + '", ' + deep + ']', 5).diagnostics.map((d) => d.code)).toEqual(['too-deep']);
  });

  it('ignores brackets inside strings', () => {
    const text = JSON.stringify({ a: '['.repeat(maxJsonNesting * 2), b: '\\"[' });
    expect(parseJson(text).diagnostics).toEqual([]);
  });
});
