import { describe, expect, it } from 'vitest';
import { diffConnectors, parseConnector, validateConnector } from '../../src/index.js';
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
