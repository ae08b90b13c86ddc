import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import rule, { maxDefinitionBytes } from '../../../src/rules/meta/meta-file-size.js';
import { repoRoot } from '../../helpers/fixtures.js';
import { defineCases } from '../../helpers/rule-tester.js';

const example = readFileSync(join(repoRoot, 'examples/passing/apiDefinition.swagger.json'), 'utf8');

/** The example definition followed by blank lines (valid JSON) up to `bytes` bytes. */
function paddedTo(bytes: number) {
  return { files: { 'apiDefinition.swagger.json': example + '\n'.repeat(bytes - example.length) } };
}

export default defineCases({
  rule,
  valid: [
    { name: 'the small example', patch: {} },
    { name: 'one byte under 1 MB', patch: paddedTo(maxDefinitionBytes - 1) },
  ],
  invalid: [
    { name: 'exactly 1 MB', patch: paddedTo(maxDefinitionBytes), messages: ['tooLarge'] },
    { name: 'over 1 MB in the custom profile', patch: paddedTo(maxDefinitionBytes + 100), messages: ['tooLarge'], profile: 'custom' },
  ],
});
