import rule from '../../../src/rules/artifact/artifact-vp-icon.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { icon } from './png-fixture.js';

const good = icon([218, 59, 1, 255]);
const cut = good.subarray(0, good.length - 40);

export default defineCases({
  rule,
  valid: [{ name: 'PNG icon', patch: { bytes: { 'icon.png': good } }, profile: 'certified' }],
  invalid: [
    { name: 'no icon', patch: {}, profile: 'certified', messages: ['missing'] },
    { name: 'JPEG named icon.png', patch: { bytes: { 'icon.png': new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]) } }, profile: 'certified', messages: ['notPng'] },
    { name: 'cut-short PNG', patch: { bytes: { 'icon.png': cut } }, profile: 'certified', messages: ['unreadable'] },
  ],
});
