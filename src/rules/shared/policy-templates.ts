/** The policy templates of apiProperties.json `policyTemplateInstances` (rules catalogue, Appendix C.6). */

export const parameterPrefix = 'x-ms-apimTemplateParameter.';
export const operationNameKey = 'x-ms-apimTemplate-operationName';
export const policySectionKey = 'x-ms-apimTemplate-policySection';

export interface PolicyTemplate {
  /** The spellings of the template id the platform accepts; the first is the canonical one. */
  ids: readonly string[];
  /** Parameter names without the `x-ms-apimTemplateParameter.` prefix. */
  required: readonly string[];
  optional: readonly string[];
  /** Allowed values of enumerated parameters. */
  values: Readonly<Record<string, readonly string[]>>;
  /** Values of `x-ms-apimTemplate-policySection`; empty when the template takes none. */
  sections: readonly string[];
}

const requestResponse = ['Request', 'Response'];

export const policyTemplates: readonly PolicyTemplate[] = [
  {
    ids: ['convertarraytoobject', 'ConvertArrayToObject'],
    required: ['propertyParentPath', 'keyWithinCollectionPath', 'newPropertyPath'],
    optional: ['propertySubPath', 'retainKey'],
    values: { retainKey: ['true', 'false'] },
    sections: requestResponse,
  },
  {
    ids: ['convertobjecttoarray', 'ConvertObjectToArray'],
    required: ['propertyParentPath', 'newPropertyPath'],
    optional: ['propertySubPath', 'keyName', 'valueName'],
    values: {},
    sections: requestResponse,
  },
  { ids: ['dynamichosturl', 'DynamicHostUrl', 'dynamicHostUrl'], required: ['urlTemplate'], optional: [], values: {}, sections: [] },
  {
    ids: ['encodepropertyvalue', 'EncodePropertyValue'],
    required: ['propertyParentPath', 'newPropertyPath'],
    optional: ['propertySubPath'],
    values: {},
    sections: requestResponse,
  },
  { ids: ['pollingtrigger', 'PollingTrigger'], required: ['triggerConfig', 'triggerDataPath'], optional: [], values: {}, sections: [] },
  {
    ids: ['routerequesttoendpoint', 'RouteRequestToEndpoint'],
    required: ['newPath'],
    optional: ['httpMethod'],
    values: { httpMethod: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', '@Request.OriginalHTTPMethod'] },
    sections: [],
  },
  {
    ids: ['setheader', 'SetHeader', 'setHeader'],
    required: ['name', 'value'],
    optional: ['existsAction'],
    values: { existsAction: ['override', 'skip', 'append'] },
    sections: ['Request', 'Response', 'Failure'],
  },
  {
    ids: ['setproperty', 'SetProperty'],
    required: ['newPropertyParentPathTemplate', 'newPropertySubPathTemplate', 'propertyValuePathTemplate'],
    optional: [],
    values: {},
    sections: requestResponse,
  },
  {
    ids: ['setqueryparameter', 'SetQueryParameter', 'setQueryParameter'],
    required: ['name', 'value'],
    optional: ['existsAction'],
    values: { existsAction: ['override', 'skip', 'append'] },
    sections: [],
  },
  {
    ids: ['setvaluefromurl', 'SetValueFromUrl'],
    required: ['parameterTemplate', 'parameterValueUrl', 'parameterValuePathTemplate'],
    optional: ['httpMethod'],
    values: { httpMethod: ['GET', 'POST', 'PUT'] },
    sections: requestResponse,
  },
  {
    ids: ['stringreplace', 'StringReplace'],
    required: ['propertyParentPath', 'sourceString', 'replacementString', 'newPropertyPath'],
    optional: ['propertySubPath'],
    values: {},
    sections: requestResponse,
  },
  {
    ids: ['stringtoarray', 'StringToArray'],
    required: ['propertyParentPath', 'delimiterList', 'childPropertyName', 'newPropertyPath'],
    optional: ['propertySubPath'],
    values: {},
    sections: requestResponse,
  },
  { ids: ['updatenextlink'], required: ['nextLinkPropertyName'], optional: ['nextLinkParentPropertyPath'], values: {}, sections: [] },
];

export const templateIds: readonly string[] = policyTemplates.flatMap((template) => template.ids);

export function policyTemplateById(id: string): PolicyTemplate | undefined {
  return policyTemplates.find((template) => template.ids.includes(id));
}
