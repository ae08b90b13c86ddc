import { describe, expect, it } from 'vitest';
import { jsonType } from '../../src/core/json-object.js';

describe('jsonType', () => {
  it('names JSON types as Swagger does, telling integers from other numbers', () => {
    const cases: Array<[unknown, string]> = [[null, 'null'], [[], 'array'], [{}, 'object'], [3, 'integer'], [-0, 'integer'], [2.5, 'number'], ['x', 'string'], [false, 'boolean']];
    for (const [value, type] of cases) expect(jsonType(value), JSON.stringify(value)).toBe(type);
  });
});
