import { getOwn, hasOwn, joinPointer } from '../../parse/pointer.js';
import { defineCheck, type DiffCheckDocs } from '../check.js';
import { connectionParameters, parameterSets, securityKinds } from '../connection.js';
import type { ConnectorSide } from '../side.js';
import { stringAt } from '../values.js';

export const docs: DiffCheckDocs = {
  rationale: 'A connection stores credentials for one kind of authentication. Microsoft does not allow changing it in an update, because every existing connection, and every flow using it, would need to be recreated by hand.',
  fix: 'Keep the authentication as it is. To offer another kind, publish a new connector; to add an option without losing the old one, use `connectionParameterSets` and keep the existing kind as one of the choices.',
  source: 'Microsoft Learn, updating a connector; rules catalogue bc-auth-type-changed.',
};

export default defineCheck({
  id: 'bc-auth-type-changed',
  area: 'connection',
  level: 'breaking',
  description:
    'The way a connection authenticates changed: the swagger `securityDefinitions` types, a connection parameter type, the OAuth identity provider, or the set of authentication choices.',
  messages: {
    security: 'Authentication changed from {from} to {to}; existing connections cannot sign in the new way, so every flow that uses them fails until they are recreated.',
    parameterType: "Connection parameter '{name}' changed type from {from} to {to}; existing connections hold a value of the old kind and must be recreated.",
    identityProvider: "The OAuth identity provider of '{name}' changed from {from} to {to}; existing connections hold tokens from the old provider and must sign in again.",
    setRemoved: "Authentication choice '{name}' was removed; connections created with it, and the flows using them, stop working.",
    setsChanged: 'The connection changed {from} a choice of authentication types; existing connections were created for the old form and must be recreated.',
  },
  visit: {
    connector(pair, report) {
      if (pair.comparable('apiDefinition') && pair.base.apiDefinition.state !== 'absent') {
        const from = securityKinds(pair.base);
        const to = securityKinds(pair.revision);
        if (from !== to) report({ messageId: 'security', data: { from, to }, base: securityPointer(pair.base), revision: securityPointer(pair.revision) });
      }
      if (!pair.comparable('apiProperties')) return;
      const file = 'apiProperties' as const;
      const fromSets = parameterSets(pair.base);
      const toSets = parameterSets(pair.revision);
      if ((fromSets.length > 0) !== (toSets.length > 0)) {
        const pointer = '/properties';
        report({ messageId: 'setsChanged', file, data: { from: toSets.length > 0 ? 'to' : 'from' }, base: pointer, revision: pointer });
        return;
      }
      const toNames = new Set(toSets.map((set) => set.name));
      for (const set of fromSets) {
        if (!toNames.has(set.name)) report({ messageId: 'setRemoved', file, data: { name: set.name }, base: set.pointer, revision: '/properties/connectionParameterSets' });
      }
      const after = connectionParameters(pair.revision);
      for (const [key, old] of connectionParameters(pair.base)) {
        const now = after.get(key);
        if (!now) continue;
        const fromType = stringAt(old.value, 'type');
        const toType = stringAt(now.value, 'type');
        if (fromType !== toType) {
          const at = (p: typeof old) => (hasOwn(p.value, 'type') ? joinPointer(p.pointer, 'type') : p.pointer);
          report({ messageId: 'parameterType', file, data: { name: key, from: fromType ?? 'none', to: toType ?? 'none' }, base: at(old), revision: at(now) });
          continue;
        }
        const fromProvider = stringAt(getOwn(old.value, 'oAuthSettings'), 'identityProvider');
        const toProvider = stringAt(getOwn(now.value, 'oAuthSettings'), 'identityProvider');
        if (fromProvider !== toProvider) {
          const at = (p: typeof old) => (hasOwn(p.value, 'oAuthSettings') ? joinPointer(p.pointer, 'oAuthSettings') : p.pointer);
          report({
            messageId: 'identityProvider',
            file,
            data: { name: key, from: fromProvider ?? 'none', to: toProvider ?? 'none' },
            base: at(old),
            revision: at(now),
          });
        }
      }
    },
  },
});

function securityPointer(side: ConnectorSide): string {
  return side.apiDefinition.root.securityDefinitions !== undefined ? '/securityDefinitions' : '';
}
