import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { joinPointer } from '../../parse/pointer.js';
import { isObject } from '../../core/walk.js';
import { oAuthSettingsOf } from '../shared/auth.js';

/** Redirect modes: the schema's two, plus the per-connector mode the platform added later. */
const redirectModes = ['Global', 'Direct', 'GlobalPerConnector'];

/** customParameters a generic OAuth 2.0 provider needs to reach the service. */
const oauth2Urls = ['authorizationUrl', 'tokenUrl', 'refreshUrl'];

function customValue(settings: Record<string, unknown>, name: string): unknown {
  const custom = isObject(settings.customParameters) ? settings.customParameters[name] : undefined;
  return isObject(custom) ? custom.value : undefined;
}

export const docs: RuleDocs = {
  rationale:
    'The platform builds the sign-in flow from oAuthSettings: without an identity provider, the provider-specific parameters or a known redirect mode, the connection cannot be created.',
  fix: 'Complete oAuthSettings: identityProvider; for aad, customParameters.resourceUri; for oauth2, customParameters authorizationUrl, tokenUrl and refreshUrl; scopes as a list of strings; redirectMode Global or GlobalPerConnector.',
  source: 'microsoft/PowerPlatformConnectors schemas/paconn-apiProperties.schema.json (oAuthSettings); Microsoft Learn, connection parameters.',
};

export default defineRule({
  meta: {
    id: 'sec-oauth-settings-shape',
    area: 'sec',
    description: 'Each `oauthSetting` connection parameter has well-formed `oAuthSettings` for its identity provider.',
    severity: everywhere('error'),
    messages: {
      noSettings: "OAuth connection parameter '{name}' has no oAuthSettings object; add one with identityProvider, clientId, scopes and redirectMode.",
      noIdentityProvider: "The oAuthSettings of '{name}' have no identityProvider; set it, e.g. 'oauth2' for a generic OAuth 2.0 service or 'aad' for Microsoft Entra ID.",
      aadResourceUri: "The oAuthSettings of '{name}' use the 'aad' provider without customParameters.resourceUri; add the resource URI of the API, e.g. https://graph.microsoft.com.",
      firstParty: "The oAuthSettings of '{name}' use 'aadcertificate', which requires properties.IsFirstParty 'True'; use 'aad' unless the connector is Microsoft's own.",
      oauth2Urls: "The oAuthSettings of '{name}' use the 'oauth2' provider without customParameters {missing}; add them with the service's URLs.",
      redirectMode: "The oAuthSettings of '{name}' have redirectMode '{value}'; use 'Global', 'GlobalPerConnector' or 'Direct'.",
      scopes: "The oAuthSettings scopes of '{name}' must be an array of strings.",
    },
  },
  create(context) {
    return {
      connectionParameter(param) {
        if (param.value.type !== 'oauthSetting') return;
        const { name } = param;
        const settings = oAuthSettingsOf(param.value);
        const at = (key: string) => joinPointer(param.pointer, 'oAuthSettings', key);
        if (!settings) {
          context.report({ messageId: 'noSettings', pointer: param.pointer, target: 'key', data: { name } });
          return;
        }
        const provider = settings.identityProvider;
        if (typeof provider !== 'string' || provider.trim() === '') {
          context.report({ messageId: 'noIdentityProvider', pointer: joinPointer(param.pointer, 'oAuthSettings'), target: 'key', data: { name } });
        } else if (provider === 'aad' && typeof customValue(settings, 'resourceUri') !== 'string') {
          context.report({ messageId: 'aadResourceUri', pointer: at('identityProvider'), data: { name } });
        } else if (provider === 'aadcertificate' && (!isObject(settings.properties) || settings.properties.IsFirstParty !== 'True')) {
          context.report({ messageId: 'firstParty', pointer: at('identityProvider'), data: { name } });
        } else if (provider === 'oauth2') {
          const missing = oauth2Urls.filter((url) => typeof customValue(settings, url) !== 'string');
          if (missing.length) context.report({ messageId: 'oauth2Urls', pointer: at('identityProvider'), data: { name, missing: missing.join(', ') } });
        }
        if (settings.redirectMode !== undefined && !redirectModes.includes(settings.redirectMode as string)) {
          context.report({ messageId: 'redirectMode', pointer: at('redirectMode'), data: { name, value: String(settings.redirectMode) } });
        }
        if (settings.scopes !== undefined && (!Array.isArray(settings.scopes) || settings.scopes.some((scope) => typeof scope !== 'string'))) {
          context.report({ messageId: 'scopes', pointer: at('scopes'), data: { name } });
        }
      },
    };
  },
});
