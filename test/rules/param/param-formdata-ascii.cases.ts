import rule from '../../../src/rules/param/param-formdata-ascii.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { addPaths, formFileParameter, newOperation, searchParameter } from '../op/helpers.js';

const post = (...parameters: unknown[]) => addPaths({ '/files': { post: newOperation('Upload', { parameters }) } });

export default defineCases({
  rule,
  valid: [
    { name: 'ASCII name', patch: post(formFileParameter) },
    { name: 'non-ASCII query name is not a form field', patch: post({ ...searchParameter, name: 'größe' }) },
  ],
  invalid: [{ name: 'accented form field', patch: post({ ...formFileParameter, name: 'pièce' }), messages: ['nonAscii'] }],
});
