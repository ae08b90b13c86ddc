import schemaArrayItems from './schema-array-items.js';
import schemaArrayUnique from './schema-array-unique.js';
import schemaCountPerBody from './schema-count-per-body.js';
import schemaCountPerOperation from './schema-count-per-operation.js';
import schemaCountTotal from './schema-count-total.js';
import schemaDepth from './schema-depth.js';
import schemaDiscriminator from './schema-discriminator.js';
import schemaEnumNonempty from './schema-enum-nonempty.js';
import schemaEnumType from './schema-enum-type.js';
import schemaFilePosition from './schema-file-position.js';
import schemaFilterFunctions from './schema-filter-functions.js';
import schemaKeywordSupported from './schema-keyword-supported.js';
import schemaNoRequiredLoop from './schema-no-required-loop.js';
import schemaNumericConstraints from './schema-numeric-constraints.js';
import schemaPatternRegex from './schema-pattern-regex.js';
import schemaPropertyStrings from './schema-property-strings.js';
import schemaReadonlyRequiredInput from './schema-readonly-required-input.js';
import schemaRefNoSiblings from './schema-ref-no-siblings.js';
import schemaRefValid from './schema-ref-valid.js';
import schemaRemoveEmptyProperties from './schema-remove-empty-properties.js';
import schemaRequiredDefined from './schema-required-defined.js';
import schemaRequiredNonempty from './schema-required-nonempty.js';
import schemaRequiredObjectOnly from './schema-required-object-only.js';
import schemaStringBinaryPosition from './schema-string-binary-position.js';
import schemaTypeFormatKnown from './schema-type-format-known.js';

import type { Rule } from '../../core/rule.js';

export const schemaRules: Rule[] = [
  schemaArrayItems,
  schemaArrayUnique,
  schemaCountPerBody,
  schemaCountPerOperation,
  schemaCountTotal,
  schemaDepth,
  schemaDiscriminator,
  schemaEnumNonempty,
  schemaEnumType,
  schemaFilePosition,
  schemaFilterFunctions,
  schemaKeywordSupported,
  schemaNoRequiredLoop,
  schemaNumericConstraints,
  schemaPatternRegex,
  schemaPropertyStrings,
  schemaReadonlyRequiredInput,
  schemaRefNoSiblings,
  schemaRefValid,
  schemaRemoveEmptyProperties,
  schemaRequiredDefined,
  schemaRequiredNonempty,
  schemaRequiredObjectOnly,
  schemaStringBinaryPosition,
  schemaTypeFormatKnown,
];
