import rule from '../../../src/rules/artifact/artifact-file-readable.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [
    { name: 'every file given as text', patch: {} },
    // Yelp (corpus) is Latin-1: bytes that are not UTF-8 are still read (artifact-file-encoding reports them).
    { corpus: 'Yelp', name: 'a Latin-1 readme given as bytes (Yelp)', patch: { bytes: { 'readme.md': Uint8Array.from([0x23, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x0a]) } } },
  ],
  invalid: [
    { name: 'a readme given as a number', patch: { values: { 'readme.md': 42 } }, messages: ['unread'] },
    { name: 'a swagger given as null', patch: { values: { 'apiDefinition.swagger.json': null } }, messages: ['unread'] },
  ],
});
