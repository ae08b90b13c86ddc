import type { JsonObject } from '../../core/nodes.js';
import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { entries } from '../../core/walk.js';
import { operationLabel, operationResponses } from '../shared/responses.js';

function mediaTypes(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').map((v) => v.toLowerCase()) : undefined;
}

export const docs: RuleDocs = {
  rationale: 'Examples are keyed by the MIME type of the body they show; a type the operation never returns is a mistake.',
  fix: 'Rename the example key to a type listed in the operation\'s (or the document\'s) `produces`.',
  source: 'Microsoft Learn, Swagger Validator rule ResponseExampleMustBeProducedByOperation.',
};

export default defineRule({
  meta: {
    id: 'resp-example-mime',
    area: 'resp',
    description: "Every key of a response's `examples` is a MIME type the operation produces.",
    severity: everywhere('error'),
    messages: {
      notProduced:
        "The response example '{mime}' is not a type operation '{operation}' produces ({produces}); key the example by one of those types or add it to 'produces'.",
    },
  },
  create(context) {
    let rootProduces: string[] | undefined;
    const reported = new Set<string>();
    return {
      apiDefinition({ value }: { value: JsonObject }) {
        rootProduces = mediaTypes(value.produces);
      },
      operation(operation) {
        const produces = mediaTypes(operation.value.produces) ?? rootProduces;
        if (!produces) return;
        for (const response of operationResponses(operation, context.refs)) {
          for (const [mime] of entries(response.value?.examples)) {
            const pointer = joinPointer(response.pointer, 'examples', mime);
            if (produces.includes(mime.toLowerCase()) || reported.has(pointer)) continue;
            reported.add(pointer);
            context.report({
              messageId: 'notProduced',
              pointer,
              target: 'key',
              data: { mime, operation: operationLabel(operation), produces: produces.join(', ') || 'nothing' },
            });
          }
        }
      },
    };
  },
});
