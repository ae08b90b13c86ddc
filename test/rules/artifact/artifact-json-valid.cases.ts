import rule from '../../../src/rules/artifact/artifact-json-valid.js';
import { defineCases } from '../../helpers/rule-tester.js';

// From the corpus: Icon Horse's swagger leaves a parameter object open before the next one (one mistake, which the
// parser used to report three times); GIPHY's has a comma missing at the end of a line.
const iconHorse =
  '{"swagger": "2.0", "info": {"title": "Icon Horse", "version": "1.0"}, "paths": {"/icon/{domain}": {"get": {"parameters": [\n' +
  '  {\n    "name": "domain",\n    "in": "path",\n    "x-ms-url-encoding": "single",\n  {\n    "name": "apikey",\n    "in": "query"\n  }\n]}}}}';

export default defineCases({
  rule,
  valid: [
    { name: 'valid JSON', patch: {} },
    // WebsiteCarbon's apiProperties.json (corpus): empty lists and objects, nothing to report.
    { corpus: 'WebsiteCarbon', name: 'a real apiProperties with empty lists', patch: { files: { 'apiProperties.json': '{\n  "properties": {\n    "connectionParameters": {},\n    "iconBrandColor": "#da3b01",\n    "capabilities": [],\n    "publisher": "Clement Olivier"\n  }\n}\n' } } },
  ],
  invalid: [
    { name: 'missing comma', patch: { files: { 'apiProperties.json': '{ "properties": {\n "a": 1\n "b": 2 } }' } }, messages: ['syntax'] },
    { name: 'an array left open, then }', patch: { files: { 'apiProperties.json': '{\n "properties": {\n  "capabilities": [\n   "actions"\n  },\n  "publisher": "x"\n }\n}' } }, messages: ['syntax'] },
    { name: 'an object left open before the next (Icon Horse)', patch: { files: { 'apiDefinition.swagger.json': iconHorse } }, messages: ['syntax'] },
    { name: 'trailing comma and comment', patch: { files: { 'apiProperties.json': '{ "properties": {}, // note\n}' } }, messages: ['strictness', 'strictness'] },
    { name: 'empty file', patch: { files: { 'apiProperties.json': '' } }, messages: ['empty'] },
  ],
});
