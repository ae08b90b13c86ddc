import pathNoDuplicateTemplate from './path-no-duplicate-template.js';
import pathNoQueryFragment from './path-no-query-fragment.js';
import pathNoRef from './path-no-ref.js';
import pathNoTemplateDefaults from './path-no-template-defaults.js';
import pathNoWildcard from './path-no-wildcard.js';
import pathPartialDuplicate from './path-partial-duplicate.js';
import pathStartsWithSlash from './path-starts-with-slash.js';
import pathTemplateValid from './path-template-valid.js';
import pathUniqueCaseInsensitive from './path-unique-case-insensitive.js';

import type { Rule } from '../../core/rule.js';

export const pathRules: Rule[] = [
  pathNoDuplicateTemplate,
  pathNoQueryFragment,
  pathNoRef,
  pathNoTemplateDefaults,
  pathNoWildcard,
  pathPartialDuplicate,
  pathStartsWithSlash,
  pathTemplateValid,
  pathUniqueCaseInsensitive,
];
