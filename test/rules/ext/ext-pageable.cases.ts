import rule from '../../../src/rules/ext/ext-pageable.js';
import { defineCases } from '../../helpers/rule-tester.js';

const pageable = (value: unknown) => ({ apiDefinition: { paths: { '/stations': { get: { 'x-ms-pageable': value } } } } });

export default defineCases({
  rule,
  valid: [
    { name: 'OData next link', patch: pageable({ nextLinkName: '@odata.nextLink' }) },
    { name: 'nextLink', patch: pageable({ nextLinkName: 'nextLink' }) },
  ],
  invalid: [
    { name: 'a string', patch: pageable('nextLink'), messages: ['notObject'] },
    { name: 'no nextLinkName', patch: pageable({}), messages: ['missing'] },
    { name: 'lower case', patch: pageable({ nextLinkName: 'nextlink' }), messages: ['invalid'] },
    { name: 'a number and an AutoRest operation name', patch: pageable({ nextLinkName: 1, operationName: 'ListNext' }), messages: ['invalid', 'unknownKey'] },
  ],
});
