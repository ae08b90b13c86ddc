import { getOwn, joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';

const supported = new Set(['http', 'https']);
const webSocket = new Set(['ws', 'wss']);

export const docs: RuleDocs = {
  rationale: 'The platform calls the API over HTTP or HTTPS only; web sockets and other schemes cannot be called, and an empty list leaves no way to call it.',
  fix: 'Set `"schemes": ["https"]`.',
  source: 'Microsoft Learn, Swagger Validator rules SchemesArrayEmpty, SchemeNotSupported and SchemeNotValid.',
};

export default defineRule({
  meta: {
    id: 'meta-schemes',
    area: 'meta',
    description: '`schemes`, when present, is a non-empty list of `http` and `https`.',
    severity: everywhere('error'),
    messages: {
      empty: "schemes is an empty list; list the schemes the API is served on, normally ['https'].",
      notSupported: "Scheme '{scheme}' is not supported by connectors; remove it and use 'https'.",
      invalid: "Scheme '{scheme}' is not a valid scheme; use 'https' (or 'http').",
    },
  },
  create(context) {
    return {
      apiDefinition({ value }) {
        const schemes = getOwn(value, 'schemes');
        if (!Array.isArray(schemes)) return;
        if (schemes.length === 0) {
          context.report({ messageId: 'empty', pointer: '/schemes' });
          return;
        }
        schemes.forEach((scheme, index) => {
          // Non-strings are type errors, reported by meta-json-types.
          if (typeof scheme !== 'string' || supported.has(scheme)) return;
          const messageId = webSocket.has(scheme.toLowerCase()) ? 'notSupported' : 'invalid';
          context.report({ messageId, pointer: joinPointer('/schemes', index), data: { scheme: scheme.slice(0, 40) } });
        });
      },
    };
  },
});
