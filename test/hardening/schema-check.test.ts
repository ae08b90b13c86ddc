import { describe, expect, it } from 'vitest';
import { checkSchema } from '../../src/core/schema-check.js';
import { definition } from '../helpers/minimal-definition.js';

describe('checkSchema: robustness', () => {
  it('never throws, whatever it is given', () => {
    const cyclic: Record<string, unknown> = { type: 'object' };
    cyclic.properties = { self: cyclic };
    const inputs: unknown[] = [
      undefined,
      Symbol('s'),
      10n,
      () => 1,
      new Map(),
      JSON.parse('{"__proto__": {"swagger": "2.0"}, "constructor": 1, "swagger": "2.0", "info": {}, "paths": {"__proto__": {}}}'),
      definition({ definitions: { Cyclic: cyclic } }),
      definition({ info: { ['x'.repeat(1_000_000)]: 1 } }),
      definition({ info: { title: 'y'.repeat(10_000_000), version: 1 } }),
      definition({ paths: Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`/p${i}`, { get: { deprecated: 1 } }])) }),
    ];
    for (const kind of ['apiDefinition', 'apiProperties', 'settings'] as const) {
      for (const input of inputs) {
        const issues = checkSchema(kind, input);
        expect(Array.isArray(issues)).toBe(true);
        for (const issue of issues) expect(issue.message.length).toBeLessThan(1000);
      }
    }
  });
});
