import { applyEdits, modify, type JSONPath } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { applyFixes, fixEdits, InvalidArgumentError, parseConnector, validateConnector, type Finding, type JsonPatchOperation } from '../../src/index.js';

const swaggerName = 'apiDefinition.swagger.json';

function finding(pointer: string, fix: JsonPatchOperation[], extra: Partial<Finding> = {}): Finding {
  return { ruleId: 'house-fix', severity: 'warning', message: `Fix ${pointer}.`, file: swaggerName, pointer, fix, ...extra };
}

const replace = (path: string, value: unknown): JsonPatchOperation[] => [{ op: 'replace', path, value }];

function fixed(text: string | Uint8Array, findings: Finding[]) {
  return applyFixes(parseConnector({ [swaggerName]: text }), findings);
}

describe('applyFixes', () => {
  it('keeps a byte-order mark, CRLF line endings and tab indentation, changing only the fixed value', () => {
    const text = '\uFEFF{\r\n\t"swagger": "2.0",\r\n\t"basePath": "v1",\r\n\t"info": {"title": "Tides"}\r\n}\r\n';
    const result = fixed(text, [finding('/basePath', replace('/basePath', '/v1'))]);
    expect(result.files[swaggerName]).toBe(text.replace('"v1"', '"/v1"'));
    expect(result.skipped).toEqual([]);
  });

  it('keeps the BOM of a file given as bytes, and an object added is indented with the file’s tabs', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{\n\t"swagger": "2.0",\n\t"info": {\n\t\t"title": "Tides"\n\t}\n}\n')]);
    const result = fixed(bytes, [finding('/info', [{ op: 'add', path: '/info/contact', value: { name: 'Ada' } }])]);
    expect(result.files[swaggerName]).toBe('\uFEFF{\n\t"swagger": "2.0",\n\t"info": {\n\t\t"title": "Tides",\n\t\t"contact": {\n\t\t\t"name": "Ada"\n\t\t}\n\t}\n}\n');
  });

  it('lays out an added value as modifying the whole file would, also on a line whose indentation is not a whole level', () => {
    const wholeFile = (text: string, path: JSONPath, value: unknown) =>
      applyEdits(text, modify(text, path, value, { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } }));
    for (const text of ['{\n  "a": 1,\n  "o": {\n    "x": 1\n  }\n}\n', '{\n  "a": 1,\n   "o": {}\n}\n']) {
      const result = fixed(text, [finding('/o', [{ op: 'add', path: '/o/y', value: { z: [1] } }])]);
      expect(result.files[swaggerName]).toBe(wholeFile(text, ['o', 'y'], { z: [1] }));
    }
  });

  it('removes a first member without pulling the next onto the bracket’s line, and leaves a one-line object on one line', () => {
    const text = '{\n  "definitions": {\n    "A": {\n      "required": [],\n      "type": "object"\n    },\n    "B": {"type": "object", "required": []}\n  }\n}\n';
    const result = fixed(text, [
      finding('/definitions/A/required', [{ op: 'remove', path: '/definitions/A/required' }]),
      finding('/definitions/B/required', [{ op: 'remove', path: '/definitions/B/required' }]),
    ]);
    expect(result.files[swaggerName]).toBe('{\n  "definitions": {\n    "A": {\n      "type": "object"\n    },\n    "B": {"type": "object"}\n  }\n}\n');
  });

  it('never touches a file that does not parse cleanly', () => {
    for (const text of ['{ "basePath": "v1", ', '{ "basePath": "v1", "basePath": "v2" }']) {
      const result = fixed(text, [finding('/basePath', replace('/basePath', '/v1'))]);
      expect(result.files).toEqual({});
      expect(result.applied).toEqual([]);
      expect(result.skipped.map((s) => s.reason)).toEqual(['file-not-clean']);
    }
  });

  it('never touches a file that is not UTF-8', () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('{ "basePath": "v1", "x": "caf'), 0xe9, ...new TextEncoder().encode('" }')]);
    const result = fixed(latin1, [finding('/basePath', replace('/basePath', '/v1'))]);
    expect(result.files).toEqual({});
    expect(result.skipped.map((s) => s.reason)).toEqual(['not-utf8']);
  });

  it('skips a fix whose target or file is gone, and a patch it cannot apply, without throwing', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const input = parseConnector({ [swaggerName]: '{ "basePath": "v1", "tags": [] }', 'readme.md': '# Tides\n' });
    const result = applyFixes(input, [
      finding('/host', replace('/host', 'example.com'), { severity: 'error' }),
      finding('/tags/0', [{ op: 'remove', path: '/tags/0' }], { severity: 'error' }),
      finding('/x', [{ op: 'add', path: '/missing/x', value: 1 }], { severity: 'error' }),
      finding('', replace('/basePath', '/v1'), { file: 'apiProperties.json' }),
      finding('/basePath', [{ op: 'move', path: '/basePath' } as unknown as JsonPatchOperation], { severity: 'info' }),
      finding('/basePath', replace('/basePath', cyclic), { severity: 'info', ruleId: 'house-other' }),
      finding('/basePath', [{ op: 'replace', path: '/basePath' }], { severity: 'info', ruleId: 'house-third' }),
      finding('/x', replace('/x', 1), { severity: 'info', file: 'readme.md' }),
    ]);
    expect(result.files).toEqual({});
    expect(result.skipped.map((s) => s.reason)).toEqual(['target-gone', 'target-gone', 'target-gone', 'target-gone', 'invalid-fix', 'invalid-fix', 'invalid-fix', 'invalid-fix']);
    for (const skip of result.skipped) expect(skip.detail).toMatch(/^\S.*\.\)?$/);
  });

  it('applies conflicting fixes in a fixed order, whatever the order given: errors first, then by pointer and rule', () => {
    const findings = [
      finding('/basePath', replace('/basePath', '/from-warning')),
      finding('/basePath', replace('/basePath', '/from-error'), { severity: 'error', ruleId: 'house-z' }),
      finding('/basePath', replace('/basePath', '/from-error-a'), { severity: 'error', ruleId: 'house-a' }),
    ];
    const forward = fixed('{ "basePath": "v1" }', findings);
    const backward = fixed('{ "basePath": "v1" }', [...findings].reverse());
    expect(forward.files[swaggerName]).toBe('{ "basePath": "/from-error-a" }');
    expect(backward).toEqual(forward);
    expect(forward.skipped.map((s) => [s.finding.ruleId, s.reason])).toEqual([
      ['house-z', 'conflict'],
      ['house-fix', 'conflict'],
    ]);
  });

  it('counts a fix that finds its value already there as applied, unless a fix before it changed that value', () => {
    const alone = fixed('{ "basePath": "/v1" }', [finding('/basePath', replace('/basePath', '/v1'))]);
    expect(alone).toMatchObject({ files: {}, skipped: [] });
    expect(alone.applied).toHaveLength(1);
    const after = fixed('{ "basePath": "/v1" }', [finding('/basePath', replace('/basePath', '/v2'), { severity: 'error' }), finding('/basePath', replace('/basePath', '/v1'))]);
    expect(after.files[swaggerName]).toBe('{ "basePath": "/v2" }');
    expect(after.skipped.map((s) => [s.finding.severity, s.reason])).toEqual([['warning', 'conflict']]);
  });

  it('skips a fix that finds its value already there when a fix before it renamed the member on its way', () => {
    // The first fix's edit only renames the inner key: the second's value is untouched, but its place is gone.
    const result = fixed('{"a":{"b":false}}', [finding('/a', replace('/a', { c: false }), { severity: 'error' }), finding('/a/b', replace('/a/b', false))]);
    expect(result.files[swaggerName]).toBe('{"a":{"c":false}}');
    expect(result.skipped.map((s) => [s.finding.pointer, s.reason])).toEqual([['/a/b', 'conflict']]);
    // In an array, a no-op fix conflicts with nothing but what changes its own value.
    const apart = fixed('{"t":[{"x":1,"y":2}]}', [finding('/t/0/x', replace('/t/0/x', 5), { severity: 'error' }), finding('/t/0/y', replace('/t/0/y', 2))]);
    expect(apart.files[swaggerName]).toBe('{"t":[{"x":5,"y":2}]}');
    expect(apart.skipped).toEqual([]);
  });

  it('skips a fix inside a value that a fix before it replaces, though the trimmed edits do not touch', () => {
    // Replacing the object keeps the text of its last member's null, which the second fix would change.
    const text = '{":":{"":""," ":0,"!":"","#":null}}';
    const result = fixed(text, [finding('/:', replace('/:', { ' ': null }), { severity: 'error' }), finding('/:/#', replace('/:/#', ''))]);
    expect(JSON.parse(result.files[swaggerName]!)).toEqual({ ':': { ' ': null } });
    expect(result.skipped.map((s) => [s.finding.pointer, s.reason])).toEqual([['/:/#', 'conflict']]);
  });

  it('counts two findings asking for the same edit as both applied', () => {
    const result = fixed('{ "basePath": "v1" }', [finding('/basePath', replace('/basePath', '/v1')), finding('/basePath', replace('/basePath', '/v1'), { ruleId: 'house-b' })]);
    expect(result.files[swaggerName]).toBe('{ "basePath": "/v1" }');
    expect(result.applied).toHaveLength(2);
    expect(result.skipped).toEqual([]);
  });

  it('skips one of two neighbours whose removals share a comma, and a second pass removes it', () => {
    const text = '{ "a": [], "b": [], "c": 1 }';
    const findings = [finding('/a', [{ op: 'remove', path: '/a' }]), finding('/b', [{ op: 'remove', path: '/b' }])];
    const first = fixed(text, findings);
    expect(first.files[swaggerName]).toBe('{ "b": [], "c": 1 }');
    expect(first.skipped.map((s) => s.reason)).toEqual(['conflict']);
    const second = fixed(first.files[swaggerName]!, [findings[1]!]);
    expect(second.files[swaggerName]).toBe('{ "c": 1 }');
  });

  it('leaves out a fix that would break the JSON together with another, though their edits are apart', () => {
    const text = '{ "o": { "a": 1 } }';
    const result = fixed(text, [
      finding('/o/a', [{ op: 'remove', path: '/o/a' }], { severity: 'error' }),
      finding('/o', [{ op: 'add', path: '/o/b', value: 2 }]),
    ]);
    const out = result.files[swaggerName]!;
    expect(JSON.parse(out)).toEqual({ o: {} });
    expect(result.skipped.map((s) => [s.finding.pointer, s.reason])).toEqual([['/o', 'conflict']]);
  });

  it('ignores findings without a fix and does not change its input', () => {
    const input = parseConnector({ [swaggerName]: '{ "basePath": "v1" }' });
    const findings = Object.freeze([Object.freeze(finding('/basePath', replace('/basePath', '/v1'))), Object.freeze({ ...finding('/x', []), fix: undefined })]);
    const before = JSON.stringify(input);
    const result = applyFixes(input, findings as Finding[]);
    expect(result.applied).toHaveLength(1);
    expect(result.skipped).toEqual([]);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('takes a validation result, and a second run on its output changes nothing', () => {
    const input = parseConnector({ [swaggerName]: '{\n  "swagger": "2.0",\n  "basePath": "v1",\n  "paths": {}\n}\n' });
    const first = applyFixes(input, validateConnector(input));
    expect(first.files[swaggerName]).toContain('"basePath": "/v1"');
    const again = parseConnector({ [swaggerName]: first.files[swaggerName]! });
    expect(applyFixes(again, validateConnector(again)).files).toEqual({});
  });

  it('rejects arguments that are a programming mistake', () => {
    expect(() => applyFixes({} as never, [])).toThrow(InvalidArgumentError);
    expect(() => applyFixes(parseConnector({}), 'findings' as never)).toThrow(/Invalid findings/);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(() => applyFixes(parseConnector({}), [proxy as Finding])).toThrow(/^Invalid findings\[0\]: reading it threw an error/);
    expect(() => fixEdits(parseConnector({}), { ...finding('/a', []), fix: undefined })).toThrow(InvalidArgumentError);
  });
});

describe('fixEdits', () => {
  it('gives one finding’s fix as the smallest edit of the text without its BOM, the edit an editor applies', () => {
    const input = parseConnector({ [swaggerName]: '\uFEFF{ "basePath": "v1", "title": "Tide 🌊 Watch." }' });
    const basePath = fixEdits(input, finding('/basePath', replace('/basePath', '/v1')));
    expect(basePath).toMatchObject({ file: swaggerName, edits: [{ offset: 15, length: 0, newText: '/' }] });
    // 🌊 and 🌀 share their first UTF-16 unit: the edit still starts at the whole character.
    const title = fixEdits(input, finding('/title', replace('/title', 'Tide 🌀 Watch')));
    expect(title).toMatchObject({ edits: [{ offset: 35, length: 9, newText: '🌀 Watch' }] });
  });

  it('says why when the fix cannot be made', () => {
    const input = parseConnector({ [swaggerName]: '{ "basePath": "v1" }' });
    expect(fixEdits(input, finding('/host', replace('/host', 'x')))).toMatchObject({ reason: 'target-gone', file: swaggerName });
  });
});
