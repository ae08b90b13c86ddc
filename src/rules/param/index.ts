import paramAllowEmptyValue from './param-allow-empty-value.js';
import paramBodySchema from './param-body-schema.js';
import paramBodyXorFormdata from './param-body-xor-formdata.js';
import paramCollectionFormat from './param-collection-format.js';
import paramDefaultType from './param-default-type.js';
import paramDescriptionRequired from './param-description-required.js';
import paramDescriptionSentence from './param-description-sentence.js';
import paramFileFormdataOnly from './param-file-formdata-only.js';
import paramFormdataAscii from './param-formdata-ascii.js';
import paramInternalDefaultRequired from './param-internal-default-required.js';
import paramNoConnectionid from './param-no-connectionid.js';
import paramNoProductName from './param-no-product-name.js';
import paramNonbodyNoSchema from './param-nonbody-no-schema.js';
import paramPathDeclared from './param-path-declared.js';
import paramPathEncoding from './param-path-encoding.js';
import paramPathRequired from './param-path-required.js';
import paramQueryNoEncoding from './param-query-no-encoding.js';
import paramRefValid from './param-ref-valid.js';
import paramReuse from './param-reuse.js';
import paramSingleBody from './param-single-body.js';
import paramSummaryCharset from './param-summary-charset.js';
import paramSummaryMaxLength from './param-summary-max-length.js';
import paramSummaryNeDescription from './param-summary-ne-description.js';
import paramSummaryTitleCase from './param-summary-title-case.js';
import paramTriggerPairConsistent from './param-trigger-pair-consistent.js';
import paramUnique from './param-unique.js';
import paramXMsSummaryRequired from './param-x-ms-summary-required.js';

import type { Rule } from '../../core/rule.js';

export const paramRules: Rule[] = [
  paramAllowEmptyValue,
  paramBodySchema,
  paramBodyXorFormdata,
  paramCollectionFormat,
  paramDefaultType,
  paramDescriptionRequired,
  paramDescriptionSentence,
  paramFileFormdataOnly,
  paramFormdataAscii,
  paramInternalDefaultRequired,
  paramNoConnectionid,
  paramNoProductName,
  paramNonbodyNoSchema,
  paramPathDeclared,
  paramPathEncoding,
  paramPathRequired,
  paramQueryNoEncoding,
  paramRefValid,
  paramReuse,
  paramSingleBody,
  paramSummaryCharset,
  paramSummaryMaxLength,
  paramSummaryNeDescription,
  paramSummaryTitleCase,
  paramTriggerPairConsistent,
  paramUnique,
  paramXMsSummaryRequired,
];
