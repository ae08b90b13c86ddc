import { describe, expect, it } from 'vitest';
import { parseConnector, validateConnector } from '../../src/index.js';
import { diffConnectors } from '../../src/diff/index.js';
import { hostileInputs } from './hostile-inputs.js';

describe('hostile inputs', () => {
  for (const hostile of hostileInputs) {
    it(`${hostile.name}: reports findings, never throws or pollutes prototypes`, () => {
      const before = Object.getOwnPropertyNames(Object.prototype).sort();
      const result = validateConnector(parseConnector(hostile.files()));
      expect(result.findings.length).toBeGreaterThan(0);
      expect(result.findings.filter((f) => f.ruleId === 'internal-error').map((f) => f.message)).toEqual([]);
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(JSON.stringify(result)).toBeDefined();
      const input = parseConnector(hostile.files());
      expect(() => diffConnectors(input, input)).not.toThrow();
      expect(() => diffConnectors(parseConnector({}), input)).not.toThrow();
    }, 180_000);
  }
});

describe('hostile objects given without text', () => {
  it('a 50,000-deep object and a cyclic object are refused as too deep, not walked', () => {
    let deep: Record<string, unknown> = { type: 'string' };
    for (let i = 0; i < 50_000; i++) deep = { type: 'object', properties: { p: deep } };
    const cyclic: Record<string, unknown> = { type: 'object', properties: {} };
    (cyclic.properties as Record<string, unknown>).self = cyclic;
    for (const definition of [deep, cyclic]) {
      const result = validateConnector({ apiDefinition: { swagger: '2.0', definitions: { D: definition } } });
      expect(result.findings.filter((f) => f.ruleId === 'internal-error')).toEqual([]);
      expect(result.findings.some((f) => f.ruleId === 'artifact-json-valid' && f.message.includes('nests deeper'))).toBe(true);
    }
  });
});
