import rule from '../../../src/rules/ext/ext-deployment-version.js';
import { defineCases } from '../../helpers/rule-tester.js';

const version = (value: unknown) => ({ apiDefinition: { info: { 'x-ms-deployment-version': value } } });

export default defineCases({
  rule,
  valid: [{ name: 'three parts', patch: version('1.2.0') }, { name: 'two parts', patch: version('1.0') }],
  invalid: [
    { name: 'one part', patch: version('1'), messages: ['invalid'] },
    { name: 'a prefix', patch: version('v1.0'), messages: ['invalid'] },
    { name: 'a number', patch: version(1.5), messages: ['invalid'] },
    { name: 'an empty part', patch: version('1..0'), messages: ['invalid'] },
  ],
});
