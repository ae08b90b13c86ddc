import bcAuthTypeChanged from './bc-auth-type-changed.js';
import bcCollectionFormatChanged from './bc-collection-format-changed.js';
import bcConnectionParameterAdded from './bc-connection-parameter-added.js';
import bcConnectionParameterRemoved from './bc-connection-parameter-removed.js';
import bcDefaultChanged from './bc-default-changed.js';
import bcDeprecationPath from './bc-deprecation-path.js';
import bcDynamicSchemaChanged from './bc-dynamic-schema-changed.js';
import bcDynamicValuesChanged from './bc-dynamic-values-changed.js';
import bcEnumNarrowed from './bc-enum-narrowed.js';
import bcEnumWidened from './bc-enum-widened.js';
import bcErrorResponseChanged from './bc-error-response-changed.js';
import bcFileUnreadable from './bc-file-unreadable.js';
import bcHostChanged from './bc-host-changed.js';
import bcInputConstraintTightened from './bc-input-constraint-tightened.js';
import bcInputLocationChanged from './bc-input-location-changed.js';
import bcInputMadeInternal from './bc-input-made-internal.js';
import bcInputOptionalToRequired from './bc-input-optional-to-required.js';
import bcInputRemoved from './bc-input-removed.js';
import bcInputRequiredToOptional from './bc-input-required-to-optional.js';
import bcInputTypeChanged from './bc-input-type-changed.js';
import bcMinorUpdateFields from './bc-minor-update-fields.js';
import bcNonBreaking from './bc-non-breaking.js';
import bcOperationAdded from './bc-operation-added.js';
import bcOperationDeleted from './bc-operation-deleted.js';
import bcOperationHidden from './bc-operation-hidden.js';
import bcOptionalInputAdded from './bc-optional-input-added.js';
import bcOtherChange from './bc-other-change.js';
import bcOutputEnumChanged from './bc-output-enum-changed.js';
import bcOutputFieldAdded from './bc-output-field-added.js';
import bcOutputFieldDeleted from './bc-output-field-deleted.js';
import bcOutputShapeChanged from './bc-output-shape-changed.js';
import bcOutputTypeChanged from './bc-output-type-changed.js';
import bcPageableRemoved from './bc-pageable-removed.js';
import bcPathOrMethodChanged from './bc-path-or-method-changed.js';
import bcPolicyTemplateChanged from './bc-policy-template-changed.js';
import bcRequiredInputAdded from './bc-required-input-added.js';
import bcResponseFormatChanged from './bc-response-format-changed.js';
import bcResponseHeaderRemoved from './bc-response-header-removed.js';
import bcResponseSchemaRemoved from './bc-response-schema-removed.js';
import bcSchemesChanged from './bc-schemes-changed.js';
import bcSecurityChanged from './bc-security-changed.js';
import bcSuccessStatusChanged from './bc-success-status-changed.js';
import bcTriggerKindChanged from './bc-trigger-kind-changed.js';
import bcUrlEncodingChanged from './bc-url-encoding-changed.js';

import type { DiffCheck } from '../check.js';

/** Every built-in diff check, sorted by id. */
export const builtInChecks: readonly DiffCheck[] = [
  bcAuthTypeChanged,
  bcCollectionFormatChanged,
  bcConnectionParameterAdded,
  bcConnectionParameterRemoved,
  bcDefaultChanged,
  bcDeprecationPath,
  bcDynamicSchemaChanged,
  bcDynamicValuesChanged,
  bcEnumNarrowed,
  bcEnumWidened,
  bcErrorResponseChanged,
  bcFileUnreadable,
  bcHostChanged,
  bcInputConstraintTightened,
  bcInputLocationChanged,
  bcInputMadeInternal,
  bcInputOptionalToRequired,
  bcInputRemoved,
  bcInputRequiredToOptional,
  bcInputTypeChanged,
  bcMinorUpdateFields,
  bcNonBreaking,
  bcOperationAdded,
  bcOperationDeleted,
  bcOperationHidden,
  bcOptionalInputAdded,
  bcOtherChange,
  bcOutputEnumChanged,
  bcOutputFieldAdded,
  bcOutputFieldDeleted,
  bcOutputShapeChanged,
  bcOutputTypeChanged,
  bcPageableRemoved,
  bcPathOrMethodChanged,
  bcPolicyTemplateChanged,
  bcRequiredInputAdded,
  bcResponseFormatChanged,
  bcResponseHeaderRemoved,
  bcResponseSchemaRemoved,
  bcSchemesChanged,
  bcSecurityChanged,
  bcSuccessStatusChanged,
  bcTriggerKindChanged,
  bcUrlEncodingChanged,
];
