// Every rule that offers a fix, on each of its failing examples: the fix applies, only the patched value changes,
// and the rule no longer reports there.
import { describe, expect, it } from 'vitest';
import { builtInRules } from '../../src/rules/index.js';
import { applyFixes } from '../../src/fix/index.js';
import type { JsonFile } from '../../src/parse/connector.js';
import { parsePointer } from '../../src/parse/pointer.js';
import type { JsonPatchOperation } from '../../src/core/types.js';
import { runRule, type RuleCases } from '../helpers/rule-tester.js';

const modules = import.meta.glob<{ default: RuleCases }>('../rules/**/*.cases.ts', { eager: true });
const allCases = Object.values(modules).map((m) => m.default);

/** RFC 6902 add, remove and replace on a copy of a JSON value: what the fixed text must parse to. */
function applyPatch(value: unknown, operations: JsonPatchOperation[]): unknown {
  const root = structuredClone(value);
  for (const { op, path, value: newValue } of operations) {
    const segments = parsePointer(path)!;
    const last = segments.pop()!;
    const parent = segments.reduce<any>((node, segment) => node[segment], root);
    if (Array.isArray(parent)) {
      const index = last === '-' ? parent.length : Number(last);
      if (op === 'remove') parent.splice(index, 1);
      else parent.splice(index, op === 'add' ? 0 : 1, structuredClone(newValue));
    } else if (op === 'remove') delete parent[last];
    else parent[last] = structuredClone(newValue);
  }
  return root;
}

/** Start and end offsets of the value at a pointer. */
function spanOf(file: JsonFile, pointer: string): [number, number] {
  const range = file.locate(pointer)!;
  return [range.start.offset, range.end.offset];
}

const withFixes = allCases
  .map((ruleCases) => ({ ruleCases, fixing: ruleCases.invalid.filter((c) => runRule(ruleCases.rule, c.patch, c.profile).reports.some((r) => r.finding.fix)) }))
  .filter(({ fixing }) => fixing.length > 0);

describe('rule fixes', () => {
  it('are offered by exactly the rules whose metadata says fixable', () => {
    const fixable = builtInRules.filter((rule) => rule.meta.fixable).map((rule) => rule.meta.id).sort();
    expect(withFixes.map(({ ruleCases }) => ruleCases.rule.meta.id).sort()).toEqual(fixable);
    expect(fixable.length).toBeGreaterThanOrEqual(10);
  });

  for (const { ruleCases, fixing } of withFixes) {
    const { rule } = ruleCases;
    for (const testCase of fixing) {
      it(`${rule.meta.id}: ${testCase.name}`, () => {
        const { input, reports } = runRule(rule, testCase.patch, testCase.profile);
        const fixed = reports.map((r) => r.finding).filter((f) => f.fix);
        const result = applyFixes(input, fixed);
        expect(result.skipped).toEqual([]);
        expect(result.applied).toHaveLength(fixed.length);

        for (const [name, text] of Object.entries(result.files)) {
          const file = input.files.find((f) => f.name === name) as JsonFile;
          const operations = result.applied.filter((a) => a.file === name).flatMap((a) => a.finding.fix!);
          // The fixed text parses to the patched value: nothing else in the document changed.
          expect(JSON.parse(text)).toEqual(applyPatch(JSON.parse(file.text), operations));
          // Every edit lies inside the value it patches (for a removal, inside the object or array that held it),
          // and every byte outside the edits is the original's.
          const allowed = operations.map(({ op, path }) => spanOf(file, op === 'replace' ? path : path.slice(0, path.lastIndexOf('/'))));
          let rebuilt = '';
          let at = 0;
          for (const edit of result.applied.filter((a) => a.file === name).flatMap((a) => a.edits).sort((a, b) => a.offset - b.offset)) {
            expect(allowed.some(([start, end]) => start <= edit.offset && edit.offset + edit.length <= end)).toBe(true);
            rebuilt += file.text.slice(at, edit.offset) + edit.newText;
            at = edit.offset + edit.length;
          }
          expect(rebuilt + file.text.slice(at)).toBe(text);
        }

        // The rule no longer reports at the places it fixed.
        const bytes = Object.fromEntries(Object.entries(testCase.patch.bytes ?? {}).filter(([name]) => !(name in result.files)));
        const again = runRule(rule, { ...testCase.patch, files: { ...testCase.patch.files, ...result.files }, bytes }, testCase.profile);
        const stillThere = again.reports.filter((r) => fixed.some((f) => f.pointer === r.finding.pointer && f.message === r.finding.message));
        expect(stillThere.map((r) => r.finding.message)).toEqual([]);
      });
    }
  }
});
