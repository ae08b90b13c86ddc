import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import type { JsonObject } from '../../core/nodes.js';
import { joinPointer } from '../../parse/pointer.js';
import { findSecrets, findTokens, isSecretName, looksLikeSecret, maskSecret, type SecretMatch } from '../shared/secrets.js';
import type { ConnectorFile } from '../../parse/connector.js';

/**
 * The text scan's matches per file: an editor or a watch validates unchanged files again, and the scan reads every
 * character of the text. The text is kept beside the matches, so a file object given a new text is scanned afresh.
 */
const scanned = new WeakMap<ConnectorFile, { text: string; name: string; matches: SecretMatch[] }>();

function secretsOf(file: ConnectorFile & { text: string }): SecretMatch[] {
  const known = scanned.get(file);
  if (known && known.text === file.text && known.name === file.name) return known.matches;
  const matches = findSecrets(file.text, file.name);
  scanned.set(file, { text: file.text, name: file.name, matches });
  return matches;
}

/** Keys whose values are sample inputs; on a credential input they must not hold a real one. */
const parameterSampleKeys = ['x-ms-test-value', 'default', 'x-example', 'example'];
/** On schema properties only the values that are sent: an `example` there often documents a response's format. */
const propertySampleKeys = ['x-ms-test-value', 'default'];

export const docs: RuleDocs = {
  rationale:
    'Connector files are published in a public repository, and x-ms-test-value, defaults and examples are shown to every user. Well-known credential formats (AWS, GitHub, Slack, Stripe, OpenAI and Google keys, JSON Web Tokens, private keys, bearer tokens, passwords in URLs of any scheme) are reported anywhere; in script.csx, so are string literals that look like a real credential and are assigned to a name like password, secret, api key or token, or passed as a header value after such a name or after Bearer or Basic; the sample values (x-ms-test-value, default, and for parameters x-example and example) of inputs named like credentials (password, secret, api key, token, authorization) are reported when they look like a real value rather than a placeholder. The value is never repeated in full.',
  fix: 'Delete the value, revoke the credential with the service that issued it, and use a placeholder such as YOUR_API_KEY where an example is needed.',
  source:
    'microsoft/PowerPlatformConnectors README; apiDefinition schema on x-ms-test-value.',
};

export default defineRule({
  meta: {
    id: 'artifact-no-secrets',
    area: 'artifact',
    description: 'No file of the connector holds a real key, token or password.',
    severity: certification('error'),
    messages: {
      token: '{file} holds what looks like {kind} ({hint}); remove it, revoke it with its issuer, and use a placeholder.',
      sample: "{key} of '{name}' holds what looks like a real credential ({hint}); remove it, revoke it, and leave the value empty or a placeholder.",
    },
  },
  create(context) {
    const checkSamples = (owner: JsonObject, name: string, at: { readonly pointer: string }, keys: string[]) => {
      let secretName: boolean | undefined;
      for (const key of keys) {
        const value = owner[key];
        if (typeof value !== 'string') continue;
        // Most inputs carry no sample: the name is only looked at for those that do, and only once.
        secretName ??= isSecretName(name);
        // Values in a known format are reported by the text scan, with their position.
        if (!secretName || !looksLikeSecret(value) || findTokens(value).length) continue;
        context.report({ messageId: 'sample', pointer: joinPointer(at.pointer, key), data: { key, name, hint: maskSecret(value) } });
      }
    };
    return {
      file({ file }) {
        if (file.type === 'binary') return;
        for (const match of secretsOf(file)) {
          context.report({
            messageId: 'token',
            pointer: '',
            data: { file: file.name, kind: match.kind, hint: maskSecret(match.value) },
            span: { offset: match.offset, length: match.length },
          });
        }
      },
      parameter(node) {
        const { value } = node;
        if (typeof value.name === 'string') checkSamples(value, value.name, node, parameterSampleKeys);
      },
      schema(node) {
        const { value, propertyName } = node;
        // Most properties carry no sample: two reads by name spare them the loop over the keys, which a first
        // validation runs in V8's interpreter for each of thousands of schemas.
        if (propertyName === undefined || (typeof value['x-ms-test-value'] !== 'string' && typeof value.default !== 'string')) return;
        checkSamples(value, propertyName, node, propertySampleKeys);
      },
      connectionParameter(node) {
        const { name, value } = node;
        const sample = value.defaultValue;
        if (typeof sample !== 'string' || !looksLikeSecret(sample) || findTokens(sample).length) return;
        if (value.type === 'securestring' || isSecretName(name)) {
          context.report({ messageId: 'sample', pointer: joinPointer(node.pointer, 'defaultValue'), data: { key: 'defaultValue', name, hint: maskSecret(sample) } });
        }
      },
    };
  },
});
