// applyFixes on any JSON text and any patch: never throws, and what it writes parses to the value the applied
// patches describe, in the file's own line endings and with its byte-order mark.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes, parseConnector, type Finding, type JsonPatchOperation } from '../../src/index.js';
import { joinPointer, parsePointer } from '../../src/parse/pointer.js';

const runs = Number(process.env.PROPERTY_RUNS ?? 60);
const name = 'apiDefinition.swagger.json';

/** Every pointer to a member of an object in the value (not to array items: their removal shifts the indices). */
function objectMembers(value: unknown, base = ''): string[] {
  if (typeof value !== 'object' || value === null) return [];
  const entries = Array.isArray(value) ? value.map((item, index) => [String(index), item] as const) : Object.entries(value);
  return entries.flatMap(([key, child]) => [...(Array.isArray(value) ? [] : [joinPointer(base, key)]), ...objectMembers(child, joinPointer(base, key))]);
}

function objectPointers(value: unknown, base = ''): string[] {
  if (typeof value !== 'object' || value === null) return [];
  const children = Object.entries(value).flatMap(([key, child]) => objectPointers(child, joinPointer(base, key)));
  return Array.isArray(value) ? children : [base, ...children];
}

function applyPatch(value: unknown, operations: JsonPatchOperation[]): unknown {
  const root = structuredClone(value) as Record<string, unknown>;
  for (const { op, path, value: newValue } of operations) {
    const segments = parsePointer(path)!;
    const last = segments.pop()!;
    const parent = segments.reduce<any>((node, segment) => node[segment], root);
    if (op === 'remove') delete parent[last];
    else parent[last] = structuredClone(newValue);
  }
  return root;
}

const document = fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 6 });
const layout = fc.record({ indent: fc.constantFrom(0, 2, 4, '\t'), crlf: fc.boolean(), bom: fc.boolean() });

describe('applyFixes on any text and patch', () => {
  it('never throws, and writes the patched value in the file’s line endings and BOM', () => {
    fc.assert(
      fc.property(document, layout, fc.array(fc.tuple(fc.nat(), fc.constantFrom('add', 'remove', 'replace'), fc.jsonValue({ maxDepth: 2 }), fc.string({ maxLength: 4 })), { maxLength: 6 }), (value, { indent, crlf, bom }, picks) => {
        let text = JSON.stringify(value, null, indent);
        if (crlf) text = text.replace(/\n/g, '\r\n');
        if (bom) text = `\uFEFF${text}`;
        const members = objectMembers(value);
        const objects = objectPointers(value);
        const findings: Finding[] = picks.map(([index, op, newValue, key], i) => {
          const path = op === 'add' ? joinPointer(objects[index % objects.length]!, `new${key}`) : (members[index % Math.max(members.length, 1)] ?? '/gone');
          const fix = [{ op, path, ...(op === 'remove' ? {} : { value: newValue }) }] as JsonPatchOperation[];
          return { ruleId: `house-${i}`, severity: 'warning', message: 'Fix it.', file: name, pointer: path, fix };
        });
        const result = applyFixes(parseConnector({ [name]: text }), findings);
        expect(result.applied.length + result.skipped.length).toBe(findings.length);
        const out = result.files[name];
        if (out === undefined) return;
        const unique = [...new Map(result.applied.map((a) => [JSON.stringify(a.edits), a.finding.fix!])).values()].flat();
        // Through JSON text, as the file holds it: -0 is written 0.
        expect(JSON.parse(out.replace(/^\uFEFF/, ''))).toEqual(JSON.parse(JSON.stringify(applyPatch(value, unique))));
        expect(out.startsWith('\uFEFF')).toBe(bom);
        if (crlf) expect(out.replace(/\r\n/g, '')).not.toContain('\n');
        else expect(out).not.toContain('\r');
      }),
      { numRuns: runs },
    );
  });

  it('takes any findings a caller may pass: a fix of any shape is applied or skipped, never thrown', () => {
    const input = parseConnector({ [name]: '{\n  "basePath": "v1",\n  "tags": [1, 2]\n}\n' });
    const odd = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.record({ ruleId: fc.string(), severity: fc.constantFrom('error', 'warning', 'info', 'x'), message: fc.string(), file: fc.constantFrom(name, 'x.json'), pointer: fc.string(), fix: fc.jsonValue({ maxDepth: 3 }) }),
      fc.record({ file: fc.constant(name), pointer: fc.constant(''), fix: fc.array(fc.record({ op: fc.constantFrom('add', 'remove', 'replace', 'copy'), path: fc.constantFrom('', '/', '/basePath', '/tags/0', '/tags/-', '/tags/9', '/a/b', '~2'), value: fc.jsonValue({ maxDepth: 2 }) }, { requiredKeys: ['op'] })) }),
    );
    fc.assert(
      fc.property(fc.array(odd, { maxLength: 6 }), (findings) => {
        const result = applyFixes(input, findings as Finding[]);
        for (const text of Object.values(result.files)) expect(() => JSON.parse(text)).not.toThrow();
      }),
      { numRuns: runs },
    );
  });
});
