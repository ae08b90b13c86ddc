import rule from '../../../src/rules/script/script-vp-submit.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { goodScript, script } from './script-fixture.js';

const scriptOperations = { apiProperties: { properties: { scriptOperations: ['GetTidePredictions'] } } };

export default defineCases({
  rule,
  valid: [
    { name: 'no custom code', patch: {}, profile: 'certified' },
    { name: 'scriptOperations with script.csx', patch: { ...scriptOperations, ...script(goodScript) }, profile: 'certified' },
  ],
  invalid: [{ name: 'scriptOperations without script.csx', patch: scriptOperations, profile: 'certified', messages: ['missing'] }],
});
