import metaApiStatus from './meta-api-status.js';
import metaBasepath from './meta-basepath.js';
import metaCategoriesAllowed from './meta-categories-allowed.js';
import metaCategoriesCase from './meta-categories-case.js';
import metaCategoriesMax from './meta-categories-max.js';
import metaCategoriesPresent from './meta-categories-present.js';
import metaConnectorMetadataRequired from './meta-connector-metadata-required.js';
import metaContactFieldsMissing from './meta-contact-fields-missing.js';
import metaContactFields from './meta-contact-fields.js';
import metaContactRequired from './meta-contact-required.js';
import metaFileSize from './meta-file-size.js';
import metaHostFormat from './meta-host-format.js';
import metaHostProduction from './meta-host-production.js';
import metaInfoVersion from './meta-info-version.js';
import metaJsonEnums from './meta-json-enums.js';
import metaJsonTypes from './meta-json-types.js';
import metaMetadataNameCase from './meta-metadata-name-case.js';
import metaNoUnknownKeys from './meta-no-unknown-keys.js';
import metaNotPlaceholder from './meta-not-placeholder.js';
import metaOneofRequired from './meta-oneof-required.js';
import metaPrivacyPolicy from './meta-privacy-policy.js';
import metaSchemes from './meta-schemes.js';
import metaStructureOrder from './meta-structure-order.js';
import metaSwaggerVersion from './meta-swagger-version.js';
import metaTagsUnique from './meta-tags-unique.js';
import metaWebsite from './meta-website.js';

import type { Rule } from '../../core/rule.js';

export const metaRules: Rule[] = [
  metaApiStatus,
  metaBasepath,
  metaCategoriesAllowed,
  metaCategoriesCase,
  metaCategoriesMax,
  metaCategoriesPresent,
  metaConnectorMetadataRequired,
  metaContactFieldsMissing,
  metaContactFields,
  metaContactRequired,
  metaFileSize,
  metaHostFormat,
  metaHostProduction,
  metaInfoVersion,
  metaJsonEnums,
  metaJsonTypes,
  metaMetadataNameCase,
  metaNoUnknownKeys,
  metaNotPlaceholder,
  metaOneofRequired,
  metaPrivacyPolicy,
  metaSchemes,
  metaStructureOrder,
  metaSwaggerVersion,
  metaTagsUnique,
  metaWebsite,
];
