import extApiAnnotationFamily from './ext-api-annotation-family.js';
import extApiAnnotationReplacement from './ext-api-annotation-replacement.js';
import extApiAnnotationRevisionSuffix from './ext-api-annotation-revision-suffix.js';
import extApiAnnotationShape from './ext-api-annotation-shape.js';
import extAutorestIgnored from './ext-autorest-ignored.js';
import extBooleans from './ext-booleans.js';
import extCapabilities from './ext-capabilities.js';
import extDeploymentVersion from './ext-deployment-version.js';
import extDocs from './ext-docs.js';
import extDynamicListShape from './ext-dynamic-list-shape.js';
import extDynamicParamsComplete from './ext-dynamic-params-complete.js';
import extDynamicParamsExist from './ext-dynamic-params-exist.js';
import extDynamicParamsRequired from './ext-dynamic-params-required.js';
import extDynamicParamsType from './ext-dynamic-params-type.js';
import extDynamicPlacement from './ext-dynamic-placement.js';
import extDynamicPropertiesPath from './ext-dynamic-properties-path.js';
import extDynamicPropertiesShape from './ext-dynamic-properties-shape.js';
import extDynamicRefInternal from './ext-dynamic-ref-internal.js';
import extDynamicSchemaNeedsProperties from './ext-dynamic-schema-needs-properties.js';
import extDynamicSchemaShape from './ext-dynamic-schema-shape.js';
import extDynamicTargetShape from './ext-dynamic-target-shape.js';
import extDynamicTree from './ext-dynamic-tree.js';
import extDynamicValuesNeedsList from './ext-dynamic-values-needs-list.js';
import extDynamicValuesShape from './ext-dynamic-values-shape.js';
import extEditorDictionary from './ext-editor-dictionary.js';
import extEnumValues from './ext-enum-values.js';
import extMediaKind from './ext-media-kind.js';
import extNotificationContent from './ext-notification-content.js';
import extNotificationUrl from './ext-notification-url.js';
import extNotification from './ext-notification.js';
import extOperationContext from './ext-operation-context.js';
import extOperationidRef from './ext-operationid-ref.js';
import extPageable from './ext-pageable.js';
import extPollingTriggerPattern from './ext-polling-trigger-pattern.js';
import extSummaryType from './ext-summary-type.js';
import extTestValue from './ext-test-value.js';
import extTriggerEnum from './ext-trigger-enum.js';
import extTriggerHint from './ext-trigger-hint.js';
import extTriggerMetadata from './ext-trigger-metadata.js';
import extTriggerValue from './ext-trigger-value.js';
import extUnknownXMs from './ext-unknown-x-ms.js';
import extUrlEncoding from './ext-url-encoding.js';
import extVisibilityEnum from './ext-visibility-enum.js';
import extVisibilitySpelling from './ext-visibility-spelling.js';
import extWebhookDelete from './ext-webhook-delete.js';

import type { Rule } from '../../core/rule.js';

export const extRules: Rule[] = [
  extApiAnnotationFamily,
  extApiAnnotationReplacement,
  extApiAnnotationRevisionSuffix,
  extApiAnnotationShape,
  extAutorestIgnored,
  extBooleans,
  extCapabilities,
  extDeploymentVersion,
  extDocs,
  extDynamicListShape,
  extDynamicParamsComplete,
  extDynamicParamsExist,
  extDynamicParamsRequired,
  extDynamicParamsType,
  extDynamicPlacement,
  extDynamicPropertiesPath,
  extDynamicPropertiesShape,
  extDynamicRefInternal,
  extDynamicSchemaNeedsProperties,
  extDynamicSchemaShape,
  extDynamicTargetShape,
  extDynamicTree,
  extDynamicValuesNeedsList,
  extDynamicValuesShape,
  extEditorDictionary,
  extEnumValues,
  extMediaKind,
  extNotificationContent,
  extNotificationUrl,
  extNotification,
  extOperationContext,
  extOperationidRef,
  extPageable,
  extPollingTriggerPattern,
  extSummaryType,
  extTestValue,
  extTriggerEnum,
  extTriggerHint,
  extTriggerMetadata,
  extTriggerValue,
  extUnknownXMs,
  extUrlEncoding,
  extVisibilityEnum,
  extVisibilitySpelling,
  extWebhookDelete,
];
