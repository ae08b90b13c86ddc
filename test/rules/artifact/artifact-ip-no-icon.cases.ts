import rule from '../../../src/rules/artifact/artifact-ip-no-icon.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { exampleReadme } from '../readme/readme-fixture.js';
import { icon } from './png-fixture.js';

const image = icon([218, 59, 1, 255], 32);

export default defineCases({
  rule,
  valid: [
    { name: 'no images', patch: {} },
    { name: 'screenshot', patch: { bytes: { 'screenshot.png': image } } },
    { name: 'logo shown by the readme', patch: { bytes: { 'CompanyLogo.png': image }, files: { 'readme.md': `${exampleReadme}\n![Logo](./CompanyLogo.png)\n` } } },
  ],
  invalid: [
    { name: 'icon.png', patch: { bytes: { 'icon.png': image } }, messages: ['icon'] },
    { name: 'Icon.PNG in capitals', patch: { bytes: { 'Icon.PNG': image } }, messages: ['icon'] },
    { name: 'logo the readme does not show', patch: { bytes: { 'logo.jpg': image } }, messages: ['iconLike'] },
  ],
});
