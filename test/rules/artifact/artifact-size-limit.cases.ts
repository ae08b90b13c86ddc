import rule from '../../../src/rules/artifact/artifact-size-limit.js';
import { defineCases } from '../../helpers/rule-tester.js';

const longDescription = 'This description runs on and on, longer than the limit set for this example. '.repeat(3);

export default defineCases({
  rule,
  valid: [
    { name: 'a connector within the default limits', patch: {} },
    // TAGGUN Receipt OCR Scanning (corpus) holds the longest string of any merged swagger: an example of 37,340 characters.
    {
      corpus: 'TAGGUN Receipt OCR Scanning',
      name: 'the longest string of a merged connector (TAGGUN Receipt OCR Scanning)',
      patch: { apiDefinition: { info: { 'x-example': 'x'.repeat(37_340) } } },
    },
  ],
  invalid: [
    { name: 'a file over maxFileBytes', patch: { bytes: { 'icon.png': new Uint8Array(10_000) }, limits: { maxFileBytes: 8_000 } }, messages: ['file'] },
    {
      name: 'a string over maxStringLength',
      patch: { apiDefinition: { info: { description: longDescription } }, limits: { maxStringLength: 200 } },
      messages: ['string'],
    },
  ],
});
