import { getOwn, hasOwn, joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { nearest } from '../../parse/suggest.js';
import { entries, isObject } from '../../core/walk.js';
import {
  operationNameKey,
  parameterPrefix,
  policySectionKey,
  policyTemplateById,
  templateIds,
  type PolicyTemplate,
} from '../shared/policy-templates.js';
import { quotedList } from '../../parse/wording.js';

export const docs: RuleDocs = {
  rationale:
    'Policy templates are run by the platform gateway; a template it does not know, or one without its required parameters, is refused on upload, and a misspelled optional parameter is silently ignored.',
  fix: 'Use one of the documented template ids, and give the parameters, named `x-ms-apimTemplateParameter.<name>`, that the template requires. The policy editor of the custom connector wizard writes them correctly.',
  source: 'microsoft/PowerPlatformConnectors schemas/paconn-apiProperties.schema.json (policy template instances); Microsoft Learn, policy templates.',
};

export default defineRule({
  meta: {
    id: 'props-policy-templates',
    area: 'props',
    description: 'Each policy template instance names a known template and gives the parameters that template takes.',
    severity: everywhere('error'),
    messages: {
      missingTemplateId: 'Policy template instance {index} has no templateId; name the template it instantiates, such as \'setheader\'.',
      unknownTemplate: "Policy template '{templateId}' does not exist; use a documented template id, such as 'setheader' or 'dynamichosturl'.",
      misspelledTemplate: "Policy template '{templateId}' does not exist; did you mean '{suggestion}'?",
      missingParameter: "Policy template '{templateId}' needs the parameter '{parameter}'; add it under parameters.",
      unknownParameter: "Policy template '{templateId}' has no parameter '{parameter}'; remove it.",
      misspelledParameter: "Policy template '{templateId}' has no parameter '{parameter}'; did you mean '{suggestion}'?",
      badValue: "Parameter '{parameter}' of policy template '{templateId}' is '{value}'; use one of {allowed}.",
      badSection: "Policy template '{templateId}' cannot run in the '{value}' section; use one of {allowed}.",
      noSection: "Policy template '{templateId}' does not take a policy section; remove {key}.",
    },
  },
  create(context) {
    return {
      policyTemplate(node) {
        const { index, value } = node;
        const templateId = getOwn(value, 'templateId');
        if (templateId === undefined) {
          context.report({ messageId: 'missingTemplateId', pointer: node.pointer, data: { index } });
          return;
        }
        if (typeof templateId !== 'string') return; // a type error, reported by props-root-shape
        const template = policyTemplateById(templateId);
        if (!template) {
          const suggestion = nearest(templateId, templateIds);
          const at = joinPointer(node.pointer, 'templateId');
          const shown = templateId.slice(0, 60);
          if (suggestion) context.report({ messageId: 'misspelledTemplate', pointer: at, data: { templateId: shown, suggestion } });
          else context.report({ messageId: 'unknownTemplate', pointer: at, data: { templateId: shown } });
          return;
        }
        checkParameters(template, templateId, node.pointer, getOwn(value, 'parameters'));
      },
    };

    function checkParameters(template: PolicyTemplate, templateId: string, pointer: string, parameters: unknown) {
      const known = [...template.required, ...template.optional];
      const missingAt = isObject(parameters) ? joinPointer(pointer, 'parameters') : pointer;
      for (const name of template.required) {
        if (!hasOwn(parameters, parameterPrefix + name)) {
          context.report({ messageId: 'missingParameter', pointer: missingAt, data: { templateId, parameter: parameterPrefix + name } });
        }
      }
      for (const [key, parameter] of entries(parameters)) {
        const at = joinPointer(pointer, 'parameters', key);
        if (key === operationNameKey) continue;
        if (key === policySectionKey) {
          if (template.sections.length === 0) context.report({ messageId: 'noSection', pointer: at, target: 'key', data: { templateId, key } });
          else if (typeof parameter === 'string' && !template.sections.includes(parameter)) {
            context.report({ messageId: 'badSection', pointer: at, data: { templateId, value: parameter.slice(0, 40), allowed: quotedList(template.sections) } });
          }
          continue;
        }
        const name = key.startsWith(parameterPrefix) ? key.slice(parameterPrefix.length) : undefined;
        if (name === undefined || !known.includes(name)) {
          const suggestion = nearest(key, [...known.map((k) => parameterPrefix + k), operationNameKey, policySectionKey]);
          const data = { templateId, parameter: key.slice(0, 80) };
          if (suggestion) context.report({ messageId: 'misspelledParameter', pointer: at, target: 'key', data: { ...data, suggestion } });
          else context.report({ messageId: 'unknownParameter', pointer: at, target: 'key', data });
          continue;
        }
        const allowed = template.values[name];
        if (allowed && typeof parameter === 'string' && !allowed.includes(parameter)) {
          context.report({ messageId: 'badValue', pointer: at, data: { templateId, parameter: key, value: parameter.slice(0, 40), allowed: quotedList(allowed) } });
        }
      }
    }
  },
});
