import opConsumesRequired from './op-consumes-required.js';
import opCountMax from './op-count-max.js';
import opDeprecatedMarking from './op-deprecated-marking.js';
import opDescriptionNoProductName from './op-description-no-product-name.js';
import opDescriptionRequired from './op-description-required.js';
import opDescriptionSentence from './op-description-sentence.js';
import opFormUrlencodedNoBinary from './op-form-urlencoded-no-binary.js';
import opMimeCompatible from './op-mime-compatible.js';
import opMimeSupported from './op-mime-supported.js';
import opMimeValid from './op-mime-valid.js';
import opMustHaveResponse from './op-must-have-response.js';
import opNoBodyInGet from './op-no-body-in-get.js';
import opOperationidCharset from './op-operationid-charset.js';
import opOperationidMaxLength from './op-operationid-max-length.js';
import opOperationidPascalCase from './op-operationid-pascal-case.js';
import opOperationidRequired from './op-operationid-required.js';
import opOperationidUnique from './op-operationid-unique.js';
import opOperationidUniqueCase from './op-operationid-unique-case.js';
import opStringsGrammar from './op-strings-grammar.js';
import opSummaryCharset from './op-summary-charset.js';
import opSummaryEnglish from './op-summary-english.js';
import opSummaryMaxLength from './op-summary-max-length.js';
import opSummaryNeDescription from './op-summary-ne-description.js';
import opSummaryNoProductName from './op-summary-no-product-name.js';
import opSummaryNoTrailingPunct from './op-summary-no-trailing-punct.js';
import opSummaryRequired from './op-summary-required.js';
import opSummaryRestrictedChars from './op-summary-restricted-chars.js';
import opSummarySentenceCase from './op-summary-sentence-case.js';
import opTriggerSummaryWording from './op-trigger-summary-wording.js';
import opVisibilityDeclared from './op-visibility-declared.js';

import type { Rule } from '../../core/rule.js';

export const opRules: Rule[] = [
  opConsumesRequired,
  opCountMax,
  opDeprecatedMarking,
  opDescriptionNoProductName,
  opDescriptionRequired,
  opDescriptionSentence,
  opFormUrlencodedNoBinary,
  opMimeCompatible,
  opMimeSupported,
  opMimeValid,
  opMustHaveResponse,
  opNoBodyInGet,
  opOperationidCharset,
  opOperationidMaxLength,
  opOperationidPascalCase,
  opOperationidRequired,
  opOperationidUnique,
  opOperationidUniqueCase,
  opStringsGrammar,
  opSummaryCharset,
  opSummaryEnglish,
  opSummaryMaxLength,
  opSummaryNeDescription,
  opSummaryNoProductName,
  opSummaryNoTrailingPunct,
  opSummaryRequired,
  opSummaryRestrictedChars,
  opSummarySentenceCase,
  opTriggerSummaryWording,
  opVisibilityDeclared,
];
