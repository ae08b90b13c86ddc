import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import rule from '../../../src/rules/op/op-deprecated-marking.js';
import { repoRoot } from '../../helpers/fixtures.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { patchStations } from './helpers.js';

/** The deprecated operation of the guide's example, as the guide writes it. */
function guideExample(): Record<string, unknown> {
  const guide = readFileSync(join(repoRoot, 'docs', 'guides', 'updating-a-published-connector.md'), 'utf8');
  const block = /## The deprecate-and-version path[\s\S]*?```json\n([\s\S]*?)```/.exec(guide)![1]!;
  const paths = JSON.parse(`{${block}}`) as Record<string, { get: Record<string, unknown> }>;
  return paths['/items/{id}']!.get;
}
const { summary, description, deprecated } = guideExample();

export default defineCases({
  rule,
  valid: [
    { name: 'not deprecated', patch: {} },
    {
      name: 'marked in both',
      patch: patchStations({ deprecated: true, summary: 'List stations (deprecated)', description: 'Lists the stations (Deprecated). Use Search stations.' }),
    },
    // OpenAI GPT-4 (corpus) says it in its own words in the description.
    { corpus: 'OpenAI GPT-4', name: 'the word in another form in the description (OpenAI)', patch: patchStations({ deprecated: true, summary: 'Create completion (deprecated)', description: '(deprecated by OpenAI - use Completion_New) Creates a completion.' }) },
    { name: 'a [DEPRECATED] prefix in the description', patch: patchStations({ deprecated: true, summary: 'List stations (deprecated)', description: '[DEPRECATED] This endpoint will be removed.' }) },
    { name: 'the guide followed exactly', patch: patchStations({ deprecated, summary, description }) },
  ],
  invalid: [
    { name: 'unmarked', patch: patchStations({ deprecated: true }), messages: ['summary', 'description'] },
    { name: 'summary only', patch: patchStations({ deprecated: true, summary: 'List stations (deprecated)' }), messages: ['description'] },
    { name: 'a [DEPRECATED] summary is not the documented marker', patch: patchStations({ deprecated: true, summary: '[DEPRECATED] List stations', description: 'Deprecated: use Search stations.' }), messages: ['summary'] },
  ],
});
