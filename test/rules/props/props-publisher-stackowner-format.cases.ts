import rule from '../../../src/rules/props/props-publisher-stackowner-format.js';
import { defineCases } from '../../helpers/rule-tester.js';

const names = (publisher: string, stackOwner = 'Tidewatch') => ({ apiProperties: { properties: { publisher, stackOwner } } });

export default defineCases({
  rule,
  valid: [
    { name: 'plain names', patch: {} },
    { name: 'accents and punctuation of names', patch: names("Fördős András & O'Brien (Contoso Ltd.), Inc-1", 'Mück-Schöne GmbH') },
  ],
  invalid: [
    { name: 'a vertical bar', patch: names('Jane Doe | Contoso'), messages: ['oddCharacter'] },
    { name: 'a URL as stack owner', patch: names('Jane Doe', 'https://swapi.dev/'), messages: ['oddCharacter'] },
    { name: 'both', patch: names('jane@contoso.com', 'Contoso™'), messages: ['oddCharacter', 'oddCharacter'] },
  ],
});
