import rule from '../../../src/rules/props/props-policy-templates.js';
import { defineCases } from '../../helpers/rule-tester.js';

const templates = (...instances: unknown[]) => ({ apiProperties: { properties: { policyTemplateInstances: instances } } });
const p = (name: string) => `x-ms-apimTemplateParameter.${name}`;

const setHeader = (parameters: Record<string, unknown>) => ({
  templateId: 'setheader',
  title: 'Set the API version',
  parameters: { [p('name')]: 'Api-Version', [p('value')]: '2', ...parameters },
});

export default defineCases({
  rule,
  valid: [
    { name: 'no templates', patch: {} },
    {
      name: 'documented templates and spellings',
      patch: templates(
        setHeader({ [p('existsAction')]: 'override', 'x-ms-apimTemplate-policySection': 'Failure', 'x-ms-apimTemplate-operationName': ['ListStations'] }),
        { templateId: 'DynamicHostUrl', parameters: { [p('urlTemplate')]: 'https://@connectionParameters(\'region\').example.com' } },
        { templateId: 'routerequesttoendpoint', parameters: { [p('newPath')]: '/v2/stations', [p('httpMethod')]: '@Request.OriginalHTTPMethod' } },
      ),
    },
    { name: 'a template id that is not a string (reported by props-root-shape)', patch: templates({ templateId: 7 }) },
  ],
  invalid: [
    { name: 'no template id', patch: templates({ title: 'Header', parameters: {} }), messages: ['missingTemplateId'] },
    { name: 'an unknown template', patch: templates({ templateId: 'addcorsheaders', parameters: {} }), messages: ['unknownTemplate'] },
    { name: 'a misspelled template', patch: templates({ templateId: 'setheaders', parameters: {} }), messages: ['misspelledTemplate'], profile: 'custom' },
    { name: 'a missing required parameter', patch: templates({ templateId: 'setqueryparameter', parameters: { [p('name')]: 'api-version' } }), messages: ['missingParameter'] },
    { name: 'no parameters at all', patch: templates({ templateId: 'dynamichosturl' }), messages: ['missingParameter'] },
    { name: 'a misspelled optional parameter', patch: templates(setHeader({ [p('existAction')]: 'skip' })), messages: ['misspelledParameter'] },
    { name: 'a parameter of another template', patch: templates(setHeader({ [p('triggerConfigurationBlock')]: {} })), messages: ['unknownParameter'] },
    { name: 'an action that does not exist', patch: templates(setHeader({ [p('existsAction')]: 'replace' })), messages: ['badValue'] },
    { name: 'the failure section on a template without it', patch: templates({ templateId: 'stringreplace', parameters: { [p('propertyParentPath')]: '@body()', [p('sourceString')]: 'a', [p('replacementString')]: 'b', [p('newPropertyPath')]: '@body().x', 'x-ms-apimTemplate-policySection': 'Failure' } }), messages: ['badSection'] },
    { name: 'a section on a template that takes none', patch: templates({ templateId: 'updatenextlink', parameters: { [p('nextLinkPropertyName')]: 'next', 'x-ms-apimTemplate-policySection': 'Response' } }), messages: ['noSection'] },
  ],
});
