import { describe, expect, it } from 'vitest';
import { checkSchema } from '../../src/core/schema-check.js';

describe('the schema check', () => {
  it('reports every nested error, in document order', () => {
    const paths = Object.fromEntries(Array.from({ length: 3 }, (_, i) => [`/p${i}`, { get: { deprecated: 1, responses: {} } }]));
    const issues = checkSchema('apiDefinition', { swagger: '2.0', info: { title: 't', version: '1' }, paths });
    expect(issues.map((issue) => issue.pointer)).toEqual(['/paths/~1p0/get/deprecated', '/paths/~1p1/get/deprecated', '/paths/~1p2/get/deprecated']);
  });
});
