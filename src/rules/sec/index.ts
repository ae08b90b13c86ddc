import secApikeyGateway from './sec-apikey-gateway.js';
import secAuthTypeSupported from './sec-auth-type-supported.js';
import secConnectionParamNames from './sec-connection-param-names.js';
import secConnectionParamTypes from './sec-connection-param-types.js';
import secConnectionParamUi from './sec-connection-param-ui.js';
import secIpNoOauth from './sec-ip-no-oauth.js';
import secMultiAuthShape from './sec-multi-auth-shape.js';
import secNoClientId from './sec-no-client-id.js';
import secNoClientSecret from './sec-no-client-secret.js';
import secOauthClientCredentials from './sec-oauth-client-credentials.js';
import secOauthParamName from './sec-oauth-param-name.js';
import secOauthSettingsShape from './sec-oauth-settings-shape.js';
import secSecretIsSecurestring from './sec-secret-is-securestring.js';
import secSecurityRequirements from './sec-security-requirements.js';
import secSecuritydefinitionsValid from './sec-securitydefinitions-valid.js';
import secSwaggerPropsConsistent from './sec-swagger-props-consistent.js';

import type { Rule } from '../../core/rule.js';

export const secRules: Rule[] = [
  secApikeyGateway,
  secAuthTypeSupported,
  secConnectionParamNames,
  secConnectionParamTypes,
  secConnectionParamUi,
  secIpNoOauth,
  secMultiAuthShape,
  secNoClientId,
  secNoClientSecret,
  secOauthClientCredentials,
  secOauthParamName,
  secOauthSettingsShape,
  secSecretIsSecurestring,
  secSecurityRequirements,
  secSecuritydefinitionsValid,
  secSwaggerPropsConsistent,
];
