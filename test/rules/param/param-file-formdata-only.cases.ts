import rule from '../../../src/rules/param/param-file-formdata-only.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { addPaths, formFileParameter, newOperation } from '../op/helpers.js';

const post = (...parameters: unknown[]) => addPaths({ '/files': { post: newOperation('Upload', { parameters }) } });

export default defineCases({
  rule,
  valid: [{ name: 'file in formData', patch: post(formFileParameter) }],
  invalid: [
    { name: 'file in query', patch: post({ ...formFileParameter, in: 'query' }), messages: ['file'] },
    { name: 'file in header', patch: post({ ...formFileParameter, in: 'header' }), messages: ['file'] },
  ],
});
