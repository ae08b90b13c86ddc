import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { onSchemaLike } from '../shared/schemas.js';

/** Whether the pattern compiles. It is compiled only, never run, so a slow pattern cannot hang the check. */
function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}

export const docs: RuleDocs = {
  rationale: 'The platform validates inputs against `pattern`; one that does not compile is rejected by the validator.',
  fix: 'Correct the expression, or remove `pattern`. Escape backslashes once for JSON (`"\\\\d+"` means `\\d+`).',
  source:
    'Microsoft Learn, Swagger Validator rule PatternShouldBeValidRegularExpression. The validator uses .NET regular expressions; this check compiles ECMAScript ones, which agree on common syntax.',
};

export default defineRule({
  meta: {
    id: 'schema-pattern-regex',
    area: 'schema',
    description: '`pattern` is a valid regular expression.',
    severity: everywhere('error'),
    messages: {
      invalid: "The pattern '{pattern}' is not a valid regular expression; fix its syntax (unbalanced brackets or parentheses are the usual cause).",
    },
  },
  create(context) {
    return onSchemaLike(
      (target) => {
        const pattern = target.value.pattern as string;
        if (!compiles(pattern)) context.report({ messageId: 'invalid', pointer: joinPointer(target.pointer, 'pattern'), data: { pattern: pattern.slice(0, 80) } });
      },
      (value) => typeof value.pattern === 'string',
    );
  },
});
