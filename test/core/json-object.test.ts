import { describe, expect, it } from 'vitest';
import { hasOwnKeys } from '../../src/core/json-object.js';

describe('hasOwnKeys', () => {
  it('is true only for an object with an own key, as a non-empty Object.keys would be', () => {
    const cases: unknown[] = [{}, { a: 1 }, JSON.parse('{"__proto__": 1}'), Object.create({ inherited: 1 }), [], [1], null, undefined, 'text', 0];
    for (const value of cases) {
      const expected = typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length > 0;
      expect(hasOwnKeys(value), JSON.stringify(value)).toBe(expected);
    }
    expect(hasOwnKeys(Object.create({ inherited: 1 }))).toBe(false);
  });
});
