import respCodeFormat from './resp-code-format.js';
import respDefaultNoSchema from './resp-default-no-schema.js';
import respDefaultNotAlone from './resp-default-not-alone.js';
import respDescriptionRequired from './resp-description-required.js';
import respExactSchema from './resp-exact-schema.js';
import respExampleMime from './resp-example-mime.js';
import respHeadersUnique from './resp-headers-unique.js';
import respKnownErrors from './resp-known-errors.js';
import respNoEmptyOperation from './resp-no-empty-operation.js';
import respNoEmptySchema from './resp-no-empty-schema.js';
import respRefValid from './resp-ref-valid.js';
import respSingleSchema from './resp-single-schema.js';
import respSuccessRequired from './resp-success-required.js';
import respSuccessSchema from './resp-success-schema.js';

import type { Rule } from '../../core/rule.js';

export const respRules: Rule[] = [
  respCodeFormat,
  respDefaultNoSchema,
  respDefaultNotAlone,
  respDescriptionRequired,
  respExactSchema,
  respExampleMime,
  respHeadersUnique,
  respKnownErrors,
  respNoEmptyOperation,
  respNoEmptySchema,
  respRefValid,
  respSingleSchema,
  respSuccessRequired,
  respSuccessSchema,
];
