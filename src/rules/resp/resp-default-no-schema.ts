import { joinPointer } from '../../parse/pointer.js';
import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { operationLabel, operationResponses } from '../shared/responses.js';

export const docs: RuleDocs = {
  rationale:
    'The designer builds outputs from one schema; a schema on `default` describes no particular outcome and the validator rejects it.',
  levelReason:
    'Though 30 of the 277 certified folders merged into microsoft/PowerPlatformConnectors have such a schema: the certification checklist on Microsoft Learn forbids it and the validator fails pull requests on it (PR#3841); merged folders that still carry one were accepted before or despite that, which does not make it acceptable in a new submission.',
  fix: 'Move the schema to the success response (200 or 201) and leave `default` with a description only.',
  source:
    "Microsoft Learn, Swagger Validator rule DefaultResponseHasSchema (seen as an error in PR#3841); certification submission",
};

export default defineRule({
  meta: {
    id: 'resp-default-no-schema',
    area: 'resp',
    description: 'The `default` response has no schema.',
    severity: certification('error'),
    messages: {
      schema: "The default response of operation '{operation}' has a schema; define schemas on the expected status codes only and remove this one.",
    },
  },
  create(context) {
    const reported = new Set<string>(); // a shared #/responses entry is reported once
    return {
      operation(operation) {
        const response = operationResponses(operation, context.refs).find((r) => r.code === 'default');
        if (response?.value?.schema === undefined || reported.has(response.pointer)) return;
        reported.add(response.pointer);
        context.report({
          messageId: 'schema',
          pointer: joinPointer(response.pointer, 'schema'),
          data: { operation: operationLabel(operation) },
        });
      },
    };
  },
});
