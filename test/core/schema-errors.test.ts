import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSchema } from '../../src/core/schema-check.js';
import { repoRoot } from '../helpers/fixtures.js';

describe('the generated validators', () => {
  it('append nested errors in place instead of copying them all at each step (quadratic in the errors)', () => {
    for (const name of ['apiDefinition', 'apiProperties', 'settings']) {
      const code = readFileSync(join(repoRoot, 'src', 'generated', `${name}.validate.js`), 'utf8');
      expect(code).not.toContain('vErrors.concat');
    }
  });

  it('still report every nested error, in document order', () => {
    const paths = Object.fromEntries(Array.from({ length: 3 }, (_, i) => [`/p${i}`, { get: { deprecated: 1, responses: {} } }]));
    const issues = checkSchema('apiDefinition', { swagger: '2.0', info: { title: 't', version: '1' }, paths });
    expect(issues.map((issue) => issue.pointer)).toEqual(['/paths/~1p0/get/deprecated', '/paths/~1p1/get/deprecated', '/paths/~1p2/get/deprecated']);
  });
});
