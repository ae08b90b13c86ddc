import rule from '../../../src/rules/artifact/artifact-file-encoding.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [{ name: 'UTF-8', patch: {} }],
  invalid: [
    { name: 'Latin-1 bytes', patch: { bytes: { 'readme.md': new Uint8Array([0x23, 0x20, 0x43, 0x61, 0x66, 0xe9]) } }, messages: ['latin1'] },
    { name: 'UTF-16 with BOM', patch: { bytes: { 'readme.md': new Uint8Array([0xff, 0xfe, 0x23, 0x00]) } }, messages: ['utf16'] },
  ],
});
