/**
 * Patches that turn the passing example (an API key connector) into other kinds of connector. `params` merges into an
 * existing parameter of the same name (RFC 7396), so a test that needs a fresh parameter uses another name.
 */

export const oauthScheme = {
  type: 'oauth2',
  flow: 'accessCode',
  authorizationUrl: 'https://tidewatch.example.com/oauth/authorize',
  tokenUrl: 'https://tidewatch.example.com/oauth/token',
  scopes: { 'tides.read': 'Read tide predictions' },
};

export const oauthSettings = {
  identityProvider: 'oauth2',
  clientId: '[[DUMMY]]',
  scopes: ['tides.read'],
  redirectMode: 'GlobalPerConnector',
  customParameters: {
    authorizationUrl: { value: 'https://tidewatch.example.com/oauth/authorize' },
    tokenUrl: { value: 'https://tidewatch.example.com/oauth/token' },
    refreshUrl: { value: 'https://tidewatch.example.com/oauth/token' },
  },
};

/** An OAuth connector; `settings` and `param` are merged into the `token` parameter. */
export function oauth(settings: Record<string, unknown> = {}, param: Record<string, unknown> = {}) {
  return {
    apiDefinition: { securityDefinitions: { api_key: null, oauth2_auth: oauthScheme }, security: [{ oauth2_auth: ['tides.read'] }] },
    apiProperties: {
      properties: { connectionParameters: { api_key: null, token: { type: 'oauthSetting', oAuthSettings: { ...oauthSettings, ...settings }, ...param } } },
    },
  };
}

/** Replaces the connection parameters. */
export function params(connectionParameters: Record<string, unknown>) {
  return { apiProperties: { properties: { connectionParameters: { api_key: null, ...connectionParameters } } } };
}

/** Replaces the security definitions (and the root security requirement). */
export function schemes(securityDefinitions: Record<string, unknown>, security: unknown[] = []) {
  return { apiDefinition: { securityDefinitions: { api_key: null, ...securityDefinitions }, security } };
}

/** A visible connection parameter with a complete uiDefinition. */
export function param(type: string, displayName = 'Value') {
  return {
    type,
    uiDefinition: { displayName, description: `The ${displayName}.`, tooltip: `Enter the ${displayName}.`, constraints: { required: 'true' } },
  };
}
