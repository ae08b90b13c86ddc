import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineRule, parseConnector, validateConnector, type Rule } from '../../src/index.js';
import { readFolder, repoRoot } from '../helpers/fixtures.js';
import { everyOperation } from '../helpers/every-operation.js';
import { patchedConnector } from '../helpers/rule-tester.js';

const passing = join(repoRoot, 'examples', 'passing');
const swagger = JSON.parse(readFileSync(join(passing, 'apiDefinition.swagger.json'), 'utf8'));

const throwing = defineRule({
  meta: { ...everyOperation.meta, id: 'test-throws', messages: {} },
  create: () => ({
    operation: () => {
      throw new Error('boom');
    },
  }),
});

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

describe('validateConnector', () => {
  it('passes the passing example', () => {
    const result = validateConnector(parseConnector(readFolder(passing)));
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.profile).toBe('independent-publisher');
    expect(result.manualChecks.map((c) => c.id)).toContain('pr-title-pattern');
  });

  it('runs extra rules with positions, docs links and counts', () => {
    const result = validateConnector(parseConnector(readFolder(passing)), { extraRules: [everyOperation] });
    const mine = result.findings.filter((f) => f.ruleId === 'test-every-operation');
    expect(mine.map((f) => f.message)).toEqual(['Saw ListStations.', 'Saw GetTidePredictions.']);
    expect(mine[0]).toMatchObject({ severity: 'warning', file: 'apiDefinition.swagger.json', pointer: '/paths/~1stations/get' });
    expect(mine[0]!.range!.start.line).toBeGreaterThan(1);
    expect(mine[0]!.docsUrl).toMatch(/test-every-operation\.md$/);
    expect(result.counts.warning).toBeGreaterThanOrEqual(2);
  });

  it('applies severity overrides, off, and rules off in the profile', () => {
    const input = parseConnector(readFolder(passing));
    const error = validateConnector(input, { extraRules: [everyOperation], rules: { 'test-every-operation': 'error' } });
    expect(error.ok).toBe(false);
    expect(error.findings.filter((f) => f.ruleId === 'test-every-operation').every((f) => f.severity === 'error')).toBe(true);
    const off = validateConnector(input, { extraRules: [everyOperation], rules: { 'test-every-operation': 'off' } });
    expect(off.findings.some((f) => f.ruleId === 'test-every-operation')).toBe(false);
    const otherProfile = validateConnector(input, { extraRules: [everyOperation], profile: 'certified' });
    expect(otherProfile.findings.some((f) => f.ruleId === 'test-every-operation')).toBe(false);
    const enabled = validateConnector(input, { extraRules: [everyOperation], profile: 'certified', rules: { 'test-every-operation': 'info' } });
    expect(enabled.findings.filter((f) => f.ruleId === 'test-every-operation')).toHaveLength(2);
  });

  it('hides baseline findings by rule, file and pointer', () => {
    const input = parseConnector(readFolder(passing));
    const baseline = [{ ruleId: 'test-every-operation', file: 'apiDefinition.swagger.json', pointer: '/paths/~1stations/get' }];
    const result = validateConnector(input, { extraRules: [everyOperation], baseline });
    expect(result.findings.filter((f) => f.ruleId === 'test-every-operation').map((f) => f.message)).toEqual(['Saw GetTidePredictions.']);
  });

  it('reports a throwing rule as internal-error once and goes on', () => {
    const result = validateConnector(parseConnector(readFolder(passing)), { extraRules: [throwing, everyOperation as Rule] });
    const internal = result.findings.filter((f) => f.ruleId === 'internal-error');
    expect(internal).toHaveLength(1);
    expect(internal[0]!.message).toContain("'test-throws'");
    expect(result.findings.filter((f) => f.ruleId === 'test-every-operation')).toHaveLength(2);
    expect(result.ok).toBe(false);
  });

  it('names each of several rules that throw on the same node, and the rules after them still run', () => {
    const throwingToo = defineRule({ ...throwing, meta: { ...throwing.meta, id: 'test-throws-too' } });
    const result = validateConnector(parseConnector(readFolder(passing)), { extraRules: [throwing, throwingToo, everyOperation as Rule] });
    const internal = result.findings.filter((f) => f.ruleId === 'internal-error').map((f) => f.message);
    expect(internal).toHaveLength(2);
    expect(internal.some((message) => message.includes("'test-throws'"))).toBe(true);
    expect(internal.some((message) => message.includes("'test-throws-too'"))).toBe(true);
    expect(result.findings.filter((f) => f.ruleId === 'test-every-operation')).toHaveLength(2);
  });

  it('runs the same rules for every profile and target, whether or not overrides are given', () => {
    const input = parseConnector(readFolder(join(repoRoot, 'examples', 'failing')));
    const seen = new Set<string>();
    for (const profile of ['independent-publisher', 'certified', 'custom', 'independent-publisher'] as const) {
      for (const target of ['package', 'repository', undefined] as const) {
        // `rules: {}` takes the path that chooses the rules afresh; without it they come from the kept sets.
        const kept = validateConnector(input, { profile, ...(target && { target }) }).findings;
        const fresh = validateConnector(input, { profile, ...(target && { target }), rules: {} }).findings;
        expect(kept).toEqual(fresh);
        seen.add(kept.map((f) => f.ruleId).join());
      }
    }
    expect(seen.size).toBeGreaterThan(2);
  });

  it('lets a rule hand context.report on unbound', () => {
    const unbound = defineRule({
      meta: { ...everyOperation.meta, id: 'test-unbound-report', messages: { seen: 'Saw {id}.' } },
      create(context) {
        const { report } = context;
        return { operation: (node) => report({ messageId: 'seen', data: { id: String(node.value.operationId) }, pointer: node.pointer }) };
      },
    });
    const result = validateConnector(parseConnector(readFolder(passing)), { extraRules: [unbound] });
    expect(result.findings.filter((f) => f.ruleId === 'test-unbound-report').map((f) => f.message)).toEqual(['Saw ListStations.', 'Saw GetTidePredictions.']);
  });

  it('accepts plain objects, never mutates them, and gives no ranges without text', () => {
    const apiDefinition = deepFreeze(structuredClone(swagger));
    const result = validateConnector({ apiDefinition, apiProperties: deepFreeze({ properties: {} }) }, { extraRules: [everyOperation] });
    const mine = result.findings.filter((f) => f.ruleId === 'test-every-operation');
    expect(mine).toHaveLength(2);
    expect(mine[0]!.range).toBeUndefined();
    expect(result.findings.some((f) => f.ruleId === 'readme-exists')).toBe(true);
  });

  it('sorts findings by file, then line and column, then rule id, and is deterministic', () => {
    const files = patchedConnector({ apiDefinition: { info: { title: 'Contoso API Connector.', description: 'short' } } });
    const first = validateConnector(parseConnector(files), { extraRules: [everyOperation] });
    const second = validateConnector(parseConnector(files), { extraRules: [everyOperation] });
    expect(JSON.stringify(first)).toBe(JSON.stringify(second));
    const pad = (n: number | undefined) => String(n ?? 0).padStart(8, '0');
    const keys = first.findings.map((f) => [f.file, f.range ? 1 : 0, pad(f.range?.start.line), pad(f.range?.start.column), f.ruleId].join('\u0000'));
    expect(keys).toEqual([...keys].sort());
    // Not by pointer: the swagger's findings go down the file.
    const lines = first.findings.filter((f) => f.file === 'apiDefinition.swagger.json' && f.range).map((f) => f.range!.start.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(new Set(lines).size).toBeGreaterThan(2);
  });

  it('sorts findings without a range (object input) by pointer, first in their file', () => {
    const result = validateConnector({ apiDefinition: { swagger: '2.0', info: { title: 'x' }, paths: { '/b': {}, '/a': {} } } });
    const pointers = result.findings.filter((f) => f.file === 'apiDefinition.swagger.json').map((f) => f.pointer);
    expect(pointers).toEqual([...pointers].sort());
  });

  it('never throws on inputs that are not connectors', () => {
    for (const apiDefinition of [null, 42, 'text', [], { paths: 'x' }, { paths: { '/a': { get: null } } }]) {
      expect(() => validateConnector({ apiDefinition })).not.toThrow();
    }
    expect(() => validateConnector(parseConnector({}))).not.toThrow();
  });

  it('survives $ref cycles and dangling references', () => {
    const apiDefinition = {
      ...swagger,
      definitions: { A: { $ref: '#/definitions/B' }, B: { $ref: '#/definitions/A' }, C: { properties: { self: { $ref: '#/definitions/C' } } } },
      parameters: { P: { $ref: '#/parameters/P' } },
      paths: { '/x': { get: { parameters: [{ $ref: '#/parameters/P' }, { $ref: '#/parameters/Missing' }], responses: { 200: { description: 'ok', schema: { $ref: '#/definitions/A' } } } } } },
    };
    const result = validateConnector({ apiDefinition }, { extraRules: [everyOperation] });
    expect(result.findings.some((f) => f.ruleId === 'internal-error')).toBe(false);
  });
});
