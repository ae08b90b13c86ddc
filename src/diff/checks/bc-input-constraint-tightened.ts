import { defineCheck, type DiffCheckDocs } from '../check.js';
import { fieldLabel, valueOrNone } from '../describe.js';

const upper = new Set(['maxLength', 'maximum', 'maxItems']);
const lower = new Set(['minLength', 'minimum', 'minItems']);

export const docs: DiffCheckDocs = {
  rationale: 'A stricter limit rejects values that existing flows were built to send, for example longer text or larger numbers.',
  fix: 'Keep the old limit in the definition and enforce the new one only where the service truly cannot accept the value; document the limit in the description.',
  source: 'oasdiff request-parameter-max-length-decreased, -min-increased, -pattern-added and their body counterparts; Azure openapi-diff 1024 ConstraintIsStronger.',
};

export default defineCheck({
  id: 'bc-input-constraint-tightened',
  area: 'input',
  level: 'warning',
  description: 'An input accepts fewer values: a maximum lowered or set, a minimum raised or set, a bound made exclusive, or a pattern added or changed.',
  messages: {
    tightened: "Input {field} of '{operationId}' changed {keyword} from {from} to {to}; values existing flows send may now be rejected.",
  },
  visit: {
    field(delta, report) {
      if (delta.kind !== 'constraint' || delta.direction !== 'input' || !tightened(delta.keyword, delta.from, delta.to)) return;
      report({
        messageId: 'tightened',
        data: {
          field: fieldLabel(delta),
          operationId: delta.operation.key,
          keyword: delta.keyword,
          from: valueOrNone(delta.from),
          to: valueOrNone(delta.to),
        },
        base: delta.base,
        revision: delta.revision,
      });
    },
  },
});

function tightened(keyword: string, from: unknown, to: unknown): boolean {
  if (to === undefined) return false;
  if (keyword === 'pattern') return true;
  if (keyword === 'exclusiveMaximum' || keyword === 'exclusiveMinimum') return to === true && from !== true;
  if (typeof to !== 'number') return false;
  if (typeof from !== 'number') return true;
  return upper.has(keyword) ? to < from : lower.has(keyword) ? to > from : false;
}
