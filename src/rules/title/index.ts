import titleDiffersFromDescription from './title-differs-from-description.js';
import titleEndsAlphanumeric from './title-ends-alphanumeric.js';
import titleEnglish from './title-english.js';
import titleIpSuffixNotInSwagger from './title-ip-suffix-not-in-swagger.js';
import titleMaxLength from './title-max-length.js';
import titleNoProductName from './title-no-product-name.js';
import titleNoRestrictedWords from './title-no-restricted-words.js';
import titleNotPlaceholder from './title-not-placeholder.js';
import titleProductOrOrg from './title-product-or-org.js';
import titleRequired from './title-required.js';

import type { Rule } from '../../core/rule.js';

export const titleRules: Rule[] = [
  titleDiffersFromDescription,
  titleEndsAlphanumeric,
  titleEnglish,
  titleIpSuffixNotInSwagger,
  titleMaxLength,
  titleNoProductName,
  titleNoRestrictedWords,
  titleNotPlaceholder,
  titleProductOrOrg,
  titleRequired,
];
