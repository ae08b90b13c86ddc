import rule from '../../../src/rules/ext/ext-media-kind.js';
import { defineCases } from '../../helpers/rule-tester.js';

const property = (value: unknown) => ({ apiDefinition: { definitions: { Station: { properties: { photo: { type: 'string', format: 'byte', 'x-ms-media-kind': value } } } } } });

export default defineCases({
  rule,
  valid: [{ name: 'image', patch: property('image') }, { name: 'audio', patch: property('audio') }],
  invalid: [
    { name: 'video', patch: property('video'), messages: ['invalid'] },
    { name: 'capitalised', patch: property('Image'), messages: ['invalid'], fixes: [[{ op: 'replace', path: '/definitions/Station/properties/photo/x-ms-media-kind', value: 'image' }]] },
  ],
});
