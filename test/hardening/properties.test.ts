import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConnector, validateConnector, type ConnectorInput, type ValidationResult } from '../../src/index.js';
import { diffConnectors } from '../../src/diff/index.js';
import { corpusFolders, readFolder } from '../helpers/fixtures.js';

/** Bounded so that CI stays fast; raise with PROPERTY_RUNS for a longer local hunt. */
const runs = Number(process.env.PROPERTY_RUNS ?? 60);

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** The invariants every result must keep, whatever the input. */
function expectSound(input: ConnectorInput, result: ValidationResult): void {
  expect(result.findings.filter((f) => f.ruleId === 'internal-error').map((f) => f.message)).toEqual([]);
  for (const finding of result.findings) {
    const file = input.files.find((f) => f.name === finding.file);
    if (finding.range && file && file.type !== 'binary') {
      expect(finding.range.start.offset).toBeGreaterThanOrEqual(0);
      expect(finding.range.end.offset).toBeLessThanOrEqual(file.text.length);
      expect(finding.range.start.offset).toBeLessThanOrEqual(finding.range.end.offset);
    }
    if (file?.type === 'json' && finding.pointer !== '' && file.value !== undefined && file.diagnostics.length === 0) {
      expect(file.locate(finding.pointer), `${finding.ruleId} reported ${finding.pointer}, which is not in ${finding.file}`).toBeDefined();
    }
  }
}

function check(files: Record<string, string>): void {
  const input = parseConnector(files);
  for (const file of input.files) if (file.type === 'json') deepFreeze(file.value);
  const result = validateConnector(input);
  expectSound(input, result);
  expect(JSON.stringify(validateConnector(parseConnector(files)))).toBe(JSON.stringify(result));
}

describe('properties', () => {
  it('any JSON value as the swagger or apiProperties is handled', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.jsonValue({ maxDepth: 4 }), (swagger, props) => {
        check({ 'apiDefinition.swagger.json': JSON.stringify(swagger), 'apiProperties.json': JSON.stringify(props) });
      }),
      { numRuns: runs },
    );
  }, 60_000);

  it('any text as a connector file is handled', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 300 }), (swagger, readme) => {
        check({ 'apiDefinition.swagger.json': swagger, 'readme.md': readme });
      }),
      { numRuns: runs },
    );
  }, 60_000);

  // Mutations of real connectors: keys deleted, values retyped, arrays emptied, strings lengthened, $refs redirected.
  const sample = corpusFolders().filter((_, index) => index % 23 === 0);
  const connectors = sample.map((dir) => {
    const files = readFolder(dir);
    const texts: Record<string, string> = {};
    for (const [name, bytes] of Object.entries(files)) if (/\.(json|md|csx)$/i.test(name)) texts[name] = new TextDecoder().decode(bytes);
    return texts;
  });

  type Mutation = 'delete' | 'retype' | 'empty' | 'lengthen' | 'redirect';
  const mutation = fc.record({
    connector: fc.nat({ max: connectors.length - 1 }),
    path: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
    kind: fc.constantFrom<Mutation>('delete', 'retype', 'empty', 'lengthen', 'redirect'),
    replacement: fc.jsonValue({ maxDepth: 2 }),
    target: fc.constantFrom('#/definitions/Missing', '#/paths', '#', '#/definitions', 'other.json#/x', '#/parameters/%zz', '#/info/title'),
  });

  function mutate(value: unknown, path: number[], kind: Mutation, replacement: unknown, target: string): unknown {
    if (typeof value !== 'object' || value === null) return value;
    const keys = Object.keys(value);
    if (keys.length === 0) return value;
    const key = keys[path[0]! % keys.length]!;
    const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? [...value] : { ...(value as Record<string, unknown>) };
    const child = (value as Record<string, unknown>)[key];
    const rest = path.slice(1);
    const set = (next: unknown) => Object.defineProperty(copy, key, { value: next, enumerable: true, writable: true, configurable: true });
    if (rest.length > 0 && typeof child === 'object' && child !== null) set(mutate(child, rest, kind, replacement, target));
    else if (kind === 'delete') delete (copy as Record<string, unknown>)[key];
    else if (kind === 'retype') set(replacement);
    else if (kind === 'empty') set(Array.isArray(child) ? [] : typeof child === 'object' ? {} : '');
    else if (kind === 'lengthen') set(typeof child === 'string' ? child.repeat(50).slice(0, 20_000) || 'x'.repeat(600) : child);
    else set({ $ref: target });
    return copy;
  }

  it('mutated corpus connectors are handled', () => {
    fc.assert(
      fc.property(mutation, ({ connector, path, kind, replacement, target }) => {
        const files = { ...connectors[connector]! };
        const name = Object.keys(files).find((n) => /swagger\.json$/i.test(n));
        if (!name) return;
        let parsed: unknown;
        try {
          parsed = JSON.parse(files[name]!.replace(/^\uFEFF/, ''));
        } catch {
          return;
        }
        const original = connectors[connector]!;
        files[name] = JSON.stringify(mutate(parsed, path, kind, replacement, target), null, 2);
        check(files);
        const diff = diffConnectors(parseConnector(original), parseConnector(files));
        expect(JSON.stringify(diffConnectors(parseConnector(original), parseConnector(files)))).toBe(JSON.stringify(diff));
        expect(diffConnectors(parseConnector(files), parseConnector(files)).changes).toEqual([]);
      }),
      { numRuns: runs * 3 },
    );
  }, 120_000);

  it('the sample is real', () => {
    expect(connectors.length).toBeGreaterThan(5);
    expect(readFileSync(join(sample[0]!, 'apiProperties.json')).length).toBeGreaterThan(0);
  });
});
