import rule from '../../../src/rules/artifact/artifact-vp-icon-design.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { encodePng, icon } from './png-fixture.js';

const brand = [218, 59, 1, 255] as const;
const withIcon = (bytes: Uint8Array) => ({ bytes: { 'icon.png': bytes } });
const rounded = encodePng({ width: 230, height: 230, pixel: (x, y) => (x < 3 && y < 3 ? [0, 0, 0, 0] : [...brand]) });

export default defineCases({
  rule,
  valid: [
    { name: 'brand-coloured 230x230 icon', patch: withIcon(icon([...brand])), profile: 'certified' },
    { name: 'no icon is left to artifact-vp-icon', patch: {}, profile: 'certified' },
  ],
  invalid: [
    { name: 'small icon', patch: withIcon(icon([...brand], 64)), profile: 'certified', messages: ['size'] },
    { name: 'rounded corners', patch: withIcon(rounded), profile: 'certified', messages: ['transparent'] },
    { name: 'white background', patch: withIcon(icon([255, 255, 255, 255])), profile: 'certified', messages: ['forbidden'] },
    { name: 'background differs from iconBrandColor', patch: withIcon(icon([0, 120, 60, 255])), profile: 'certified', messages: ['mismatch'] },
  ],
});
