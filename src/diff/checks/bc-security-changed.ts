import { getOwn, joinPointer } from '../../parse/pointer.js';
import { entries, isObject } from '../../core/walk.js';
import { defineCheck, type DiffCheckDocs, type ReportChange } from '../check.js';
import { connectionParameters } from '../connection.js';
import type { ConnectorSide } from '../side.js';
import { stringAt } from '../values.js';
import { quotedList } from '../../parse/wording.js';

export const docs: DiffCheckDocs = {
  rationale:
    'A connection keeps what it was created with: the consent given for a set of OAuth scopes, tokens issued by one authorization and token endpoint, an API key meant for one header or query parameter. When these change under the same authentication type, existing connections may need their users to sign in again (new scopes, new endpoints) or stop authenticating (the key sent under another name or place).',
  fix: 'Keep scopes, endpoints and the key location as they are. When the service needs more scopes, say in the release notes that users must re-authenticate their connections; when it moved its endpoints, keep the old ones working until tokens are renewed.',
  source: 'Microsoft Learn, updating a connector (connections are not migrated); Swagger 2.0 security scheme object; apiProperties oAuthSettings (overrides the swagger).',
};

type Report = ReportChange<'scopesAdded' | 'scopesRemoved' | 'url' | 'apiKey' | 'requirement'>;

export default defineCheck({
  id: 'bc-security-changed',
  area: 'connection',
  level: 'warning',
  description:
    'The connection security changed without changing its type: OAuth scopes added (warning) or removed (info), authorization or token URL changed (warning), an API key moved to another name or place (breaking), the security requirement removed (warning). apiProperties `oAuthSettings` is compared too, since it overrides the swagger.',
  messages: {
    scopesAdded: "OAuth scopes {values} were added to '{name}'; existing connections were consented without them and their users must sign in again before flows can use what they grant.",
    scopesRemoved: "OAuth scopes {values} were removed from '{name}'; existing connections keep their broader consent and are not affected.",
    url: "The OAuth {what} of '{name}' changed from '{from}' to '{to}'; existing connections hold tokens from the old endpoint and may have to sign in again.",
    apiKey: "The API key of '{name}' is now sent as {to} instead of {from}; existing connections send their stored key there, and a service that expects it the old way stops authenticating them.",
    requirement: "The security requirement '{name}' was removed; calls may go out without the credentials existing connections hold.",
  },
  visit: {
    connector(pair, report) {
      if (pair.comparable('apiDefinition') && pair.base.apiDefinition.state !== 'absent') compareSwagger(pair.base, pair.revision, report);
      if (pair.comparable('apiProperties') && pair.base.apiProperties.state !== 'absent') compareOAuthSettings(pair.base, pair.revision, report);
    },
  },
});

function compareSwagger(base: ConnectorSide, revision: ConnectorSide, report: Report): void {
  const before = schemes(base);
  const after = schemes(revision);
  // A renamed scheme of the same type is the same connection security; compare it under its new name.
  const partner = (name: string) => after.get(name) ?? (before.size === 1 && after.size === 1 ? [...after.values()][0] : undefined);
  for (const [name, from] of before) {
    const to = partner(name);
    if (!to || from.value.type !== to.value.type) continue;
    const where = (key: string) => ({ base: joinPointer(from.pointer, key), revision: joinPointer(to.pointer, key) });
    if (from.value.type === 'oauth2') {
      compareScopes(name, scopeList(Object.keys(isObject(from.value.scopes) ? from.value.scopes : {})), scopeList(Object.keys(isObject(to.value.scopes) ? to.value.scopes : {})), where('scopes'), report);
      for (const [key, what] of [['authorizationUrl', 'authorization URL'], ['tokenUrl', 'token URL']] as const) {
        const a = stringAt(from.value, key);
        const b = stringAt(to.value, key);
        if (a !== b) report({ messageId: 'url', data: { name, what, from: a ?? 'none', to: b ?? 'none' }, ...where(key) });
      }
    } else if (from.value.type === 'apiKey') {
      const describe = (v: Record<string, unknown>) => `${String(v.in ?? 'header')} '${String(v.name ?? '')}'`;
      const a = describe(from.value);
      const b = describe(to.value);
      if (a.toLowerCase() !== b.toLowerCase()) report({ messageId: 'apiKey', level: 'breaking', data: { name, from: a, to: b }, base: from.pointer, revision: to.pointer });
    }
  }
  const required = (side: ConnectorSide) => new Set(arrayOf(side.apiDefinition.root.security).flatMap((item) => entries(item).map(([name]) => name)));
  const from = required(base);
  const to = required(revision);
  for (const name of from) {
    // A requirement that follows its renamed scheme is not removed.
    if (!to.has(name) && !(to.size > 0 && !after.has(name))) report({ messageId: 'requirement', data: { name }, base: '/security', revision: to.size ? '/security' : '' });
  }
}

function compareOAuthSettings(base: ConnectorSide, revision: ConnectorSide, report: Report): void {
  const after = connectionParameters(revision);
  for (const [key, param] of connectionParameters(base)) {
    const now = after.get(key);
    const from = getOwn(param.value, 'oAuthSettings');
    const to = getOwn(now?.value, 'oAuthSettings');
    if (!now || !isObject(from) || !isObject(to)) continue;
    const at = (p: typeof param, ...tail: string[]) => joinPointer(p.pointer, 'oAuthSettings', ...tail);
    const file = 'apiProperties' as const;
    const scopes = (value: unknown) => scopeList(arrayOf(value).filter((s): s is string => typeof s === 'string'));
    compareScopes(key, scopes(from.scopes), scopes(to.scopes), { base: at(param, 'scopes'), revision: at(now, 'scopes'), file }, report);
    for (const [name, what] of [['authorizationUrl', 'authorization URL'], ['tokenUrl', 'token URL'], ['refreshUrl', 'refresh URL']] as const) {
      const a = stringAt(getOwn(from.customParameters, name), 'value');
      const b = stringAt(getOwn(to.customParameters, name), 'value');
      if (a !== b) {
        report({ messageId: 'url', file, data: { name: key, what, from: a ?? 'none', to: b ?? 'none' }, base: at(param, 'customParameters'), revision: at(now, 'customParameters') });
      }
    }
  }
}

function compareScopes(name: string, from: string[], to: string[], where: { base: string; revision: string; file?: 'apiProperties' }, report: Report): void {
  const added = to.filter((scope) => !from.includes(scope));
  const removed = from.filter((scope) => !to.includes(scope));
  if (added.length > 0) report({ messageId: 'scopesAdded', data: { name, values: quotedList(added) }, ...where });
  if (removed.length > 0) report({ messageId: 'scopesRemoved', level: 'info', data: { name, values: quotedList(removed) }, ...where });
}

/** Scopes one by one: a scope key or list item may hold several, separated by spaces. */
function scopeList(keys: string[]): string[] {
  return [...new Set(keys.flatMap((key) => key.split(/\s+/)).filter(Boolean))].sort();
}

function schemes(side: ConnectorSide): Map<string, { value: Record<string, unknown>; pointer: string }> {
  return new Map(
    entries(side.apiDefinition.root.securityDefinitions).flatMap(([name, value]) =>
      isObject(value) ? [[name, { value, pointer: joinPointer('/securityDefinitions', name) }] as const] : [],
    ),
  );
}

function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
