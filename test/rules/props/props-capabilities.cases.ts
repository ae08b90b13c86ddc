import rule from '../../../src/rules/props/props-capabilities.js';
import { defineCases } from '../../helpers/rule-tester.js';

const capabilities = (value: unknown) => ({ apiProperties: { properties: { capabilities: value } } });

export default defineCases({
  rule,
  valid: [
    { name: 'an empty list', patch: {} },
    { name: 'gateway and cloud', patch: capabilities(['gateway', 'cloud']) },
    { name: 'not a list (reported by props-root-shape)', patch: capabilities('actions') },
  ],
  invalid: [
    { name: 'capitalised', patch: capabilities(['Actions']), messages: ['spelling'] },
    { name: 'an unknown capability', patch: capabilities(['webhooks']), messages: ['unknown'] },
    { name: 'twice', patch: capabilities(['actions', 'actions']), messages: ['duplicate'] },
  ],
});
