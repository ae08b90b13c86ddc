import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { version } from '../../src/version.js';
import { repoRoot } from '../helpers/fixtures.js';

it('reports the version of package.json', () => {
  expect(version).toBe(JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version);
});
