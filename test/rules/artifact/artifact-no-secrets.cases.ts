import rule from '../../../src/rules/artifact/artifact-no-secrets.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { exampleReadme } from '../readme/readme-fixture.js';

const stationsGet = (parameter: Record<string, unknown>) => ({
  apiDefinition: { paths: { '/stations': { get: { parameters: [{ name: 'search', in: 'query', type: 'string', ...parameter }] } } } },
});
const readme = (text: string) => ({ files: { 'readme.md': `${exampleReadme}\n${text}\n` } });
const script = (body: string) => ({ files: { 'script.csx': `public class Script : ScriptBase\n{\n${body}\n}\n` } });

export default defineCases({
  rule,
  valid: [
    { name: 'no secrets', patch: {} },
    { name: 'placeholder bearer token in the readme', patch: readme("Enter it as 'Bearer YOUR_API_KEY'.") },
    { name: "AWS's documentation key", patch: readme('AKIAIOSFODNN7EXAMPLE') },
    { name: 'expression as default of a key parameter', patch: stationsGet({ name: 'api_key', default: "@connectionParameters('api_key')" }) },
    { name: 'sample value of a parameter that is not a credential', patch: stationsGet({ 'x-ms-test-value': 'a8f3k2m9x7q1' }) },
    { name: 'paging token example', patch: stationsGet({ name: 'nextPageToken', 'x-example': 'c2VjcmV0MTIzNDU2' }) },
    { name: 'placeholder password in an FTP URL', patch: readme('Files are at ftp://user:password@files.tidewatch.example.com.') },
    {
      name: 'script.csx: names, URLs, comparisons, comments and empty values are not credentials',
      patch: script(
        [
          '    const string ApiKeyHeader = "X-Api-Key";',
          '    string apiKey = "";',
          '    var tokenUrl = "https://login.tidewatch.example.com/oauth2/token";',
          '    var pageToken = "c2VjcmV0MTIzNDU2";',
          '    // var password = "Summer2024rocks";',
          '    bool same = password == "Summer2024rocks";',
          '    request.Headers.Add("Authorization", "Bearer " + token);',
        ].join('\n'),
      ),
    },
    {
      name: 'token format example in a response schema',
      patch: { apiDefinition: { definitions: { Session: { type: 'object', properties: { token: { type: 'string', example: 'a8f3k2m9x7q1z5w0' } } } } } },
    },
  ],
  invalid: [
    { name: 'bearer token in the readme', patch: readme('curl -H "Authorization: Bearer 9f8e7d6c5b4a39281706f5e4d3c2b1a0"'), messages: ['token'] },
    { name: 'GitHub token in script.csx', patch: { files: { 'script.csx': `var token = "ghp_${'a1B2'.repeat(9)}";` } }, messages: ['token'] },
    { name: 'password in an FTP URL', patch: readme('Files are at ftp://tides:Hunter2pass@files.tidewatch.example.com.'), messages: ['token'] },
    { name: 'password in a MongoDB connection string', patch: script('    var db = "mongodb+srv://app:pX9kQ2vL7@cluster0.tidewatch.example.net/tides";'), messages: ['token'] },
    { name: 'password assigned in script.csx', patch: script('    var password = "Summer2024rocks";'), messages: ['token'] },
    {
      name: 'keys in a constant, an object initialiser and headers in script.csx',
      patch: script(
        [
          '    const string ClientSecret = "Qx7~pL2.vB9_kR4";',
          '    var login = new Login { Password = "Winter2023pass" };',
          '    request.Headers.Add("X-Api-Key", "k3j4h5g6f7d8s9a0");',
          '    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "abc123def456ghi7");',
        ].join('\n'),
      ),
      messages: ['token', 'token', 'token', 'token'],
    },
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
