import rule from '../../../src/rules/artifact/artifact-file-names.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { patchedConnector } from '../../helpers/rule-tester.js';

const example = patchedConnector({});
const renamed = (from: string, to: string) => ({ remove: [from], files: { [to]: example[from] as string } });

export default defineCases({
  rule,
  valid: [
    { name: 'exact names', patch: {} },
    { name: 'README.md in capitals', patch: renamed('readme.md', 'README.md') },
    { name: 'stray readme copy beside the real one', patch: { files: { 'readme.txt': 'notes' } } },
  ],
  invalid: [
    { name: 'swagger in lower case', patch: renamed('apiDefinition.swagger.json', 'apidefinition.swagger.json'), messages: ['wrongCase'] },
    { name: 'misspelled swagger', patch: renamed('apiDefinition.swagger.json', 'apiDefination.swagger.json'), messages: ['wrongCase'] },
    { name: 'properties in capitals', patch: renamed('apiProperties.json', 'ApiProperties.json'), messages: ['wrongCase'] },
    { name: 'readme with a .txt extension', patch: renamed('readme.md', 'Readme.md.txt'), messages: ['misnamed'] },
    { name: 'properties under another name', patch: renamed('apiProperties.json', 'apiproperties-v2.json'), messages: ['misnamed'] },
  ],
});
