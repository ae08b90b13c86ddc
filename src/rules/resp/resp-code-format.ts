import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { isObject } from '../../core/walk.js';

/** A status code from 100 to 599, written with three digits. */
function isStatusCode(code: string): boolean {
  return code.length === 3 && code[0]! >= '1' && code[0]! <= '5' && /^[0-9]+$/.test(code);
}

export const docs: RuleDocs = {
  rationale: 'The platform matches responses by status code; other keys are rejected when the definition is imported.',
  fix: 'Rename the key to the status code the service returns (ranges such as `2XX` are not supported in Swagger 2.0).',
  source: 'Microsoft Learn, Swagger Validator rule ResponseMustBeDefaultOrHttpStatusCode; Swagger 2.0 Responses Object.',
};

export default defineRule({
  meta: {
    id: 'resp-code-format',
    area: 'resp',
    description: 'Response keys are HTTP status codes (100 to 599) or `default`.',
    severity: everywhere('error'),
    messages: {
      invalid: "Response key '{code}' is not an HTTP status code; use a three-digit code such as 200 or 404, or 'default'.",
    },
  },
  create(context) {
    return {
      operation(operation) {
        const responses = operation.value.responses;
        if (!isObject(responses)) return;
        for (const code of Object.keys(responses)) {
          if (code === 'default' || code.startsWith('x-') || isStatusCode(code)) continue;
          context.report({ messageId: 'invalid', pointer: joinPointer(operation.pointer, 'responses', code), target: 'key', data: { code } });
        }
      },
    };
  },
});
