import rule from '../../../src/rules/artifact/artifact-no-secrets.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { exampleReadme } from '../readme/readme-fixture.js';

const stationsGet = (parameter: Record<string, unknown>) => ({
  apiDefinition: { paths: { '/stations': { get: { parameters: [{ name: 'search', in: 'query', type: 'string', ...parameter }] } } } },
});
const readme = (text: string) => ({ files: { 'readme.md': `${exampleReadme}\n${text}\n` } });

export default defineCases({
  rule,
  valid: [
    { name: 'no secrets', patch: {} },
    { name: 'placeholder bearer token in the readme', patch: readme("Enter it as 'Bearer YOUR_API_KEY'.") },
    { name: "AWS's documentation key", patch: readme('AKIAIOSFODNN7EXAMPLE') },
    { name: 'expression as default of a key parameter', patch: stationsGet({ name: 'api_key', default: "@connectionParameters('api_key')" }) },
    { name: 'sample value of a parameter that is not a credential', patch: stationsGet({ 'x-ms-test-value': 'a8f3k2m9x7q1' }) },
    { name: 'paging token example', patch: stationsGet({ name: 'nextPageToken', 'x-example': 'c2VjcmV0MTIzNDU2' }) },
    {
      name: 'token format example in a response schema',
      patch: { apiDefinition: { definitions: { Session: { type: 'object', properties: { token: { type: 'string', example: 'a8f3k2m9x7q1z5w0' } } } } } },
    },
  ],
  invalid: [
    { name: 'bearer token in the readme', patch: readme('curl -H "Authorization: Bearer 9f8e7d6c5b4a39281706f5e4d3c2b1a0"'), messages: ['token'] },
    { name: 'GitHub token in script.csx', patch: { files: { 'script.csx': `var token = "ghp_${'a1B2'.repeat(9)}";` } }, messages: ['token'] },
    { name: 'password in a URL', patch: { apiDefinition: { info: { description: 'Call https://admin:S3cretPass@api.tidewatch.example.com for tides.' } } }, messages: ['token'] },
    { name: 'real test value of a key parameter', patch: stationsGet({ name: 'X-Api-Key', 'x-ms-test-value': 'a8f3k2m9x7q1z5w0' }), messages: ['sample'] },
    {
      name: 'password test value in a body schema',
      patch: {
        apiDefinition: {
          definitions: { Login: { type: 'object', properties: { password: { type: 'string', 'x-ms-test-value': 'Summer2024rocks' } } } },
        },
      },
      messages: ['sample'],
    },
    {
      name: 'default value of a securestring connection parameter',
      patch: { apiProperties: { properties: { connectionParameters: { api_key: { defaultValue: 'a8f3k2m9x7q1z5w0' } } } } },
      messages: ['sample'],
    },
  ],
});
