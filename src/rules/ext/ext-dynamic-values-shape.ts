import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { isObject } from '../../core/walk.js';
import { shapeMessages, shapeProblems, type DynamicShape } from '../shared/dynamic-shape.js';
import { show } from '../shared/extensions.js';

const shape: DynamicShape = {
  keys: ['operationId', 'builtInOperation', 'capability', 'parameters', 'value-collection', 'value-path', 'value-title'],
  required: [],
  strings: ['operationId', 'value-collection', 'value-path', 'value-title'],
  arguments: 'parameter',
};

const sources = ['operationId', 'builtInOperation', 'capability'];
const allowedValues: Record<string, string> = { builtInOperation: 'AadGraph.GetUsers', capability: 'file-picker' };

export const docs: RuleDocs = {
  rationale: 'The designer fills a drop-down by calling one operation (or a built-in one) with the given parameters and reading the listed paths in its response.',
  fix: 'Give `operationId`, optional `parameters`, and `value-collection`, `value-path`, `value-title` as strings.',
  source: 'Microsoft Learn, OpenAPI extensions (x-ms-dynamic-values); the repository schema apiDefinition.swagger.schema.json.',
};

export default defineRule({
  meta: {
    id: 'ext-dynamic-values-shape',
    area: 'ext',
    description:
      "`x-ms-dynamic-values` names exactly one of 'operationId', 'builtInOperation' or 'capability', passes literals or `{ \"parameter\": name }` as parameters, and gives its paths as strings.",
    severity: everywhere('error'),
    messages: {
      ...shapeMessages('x-ms-dynamic-values', 'give a literal value, or { "parameter": "<name of an input of this operation>" }.'),
      noSource: "x-ms-dynamic-values names no operation; add 'operationId' (or 'builtInOperation' or 'capability').",
      manySources: "x-ms-dynamic-values names {keys}; keep exactly one of 'operationId', 'builtInOperation' and 'capability'.",
      badValue: "x-ms-dynamic-values.{key} is {value}; the only supported value is '{allowed}'.",
    },
  },
  create(context) {
    return {
      'extension:x-ms-dynamic-values'(node) {
        const { value } = node;
        for (const problem of shapeProblems(shape, value, node.pointer)) {
          // No key is required here: the source is one of three, checked below.
          if (problem.messageId !== 'missing') context.report({ ...problem, messageId: problem.messageId });
        }
        if (!isObject(value)) return;
        const present = sources.filter((key) => value[key] !== undefined);
        if (present.length === 0) context.report({ messageId: 'noSource', pointer: node.pointer });
        if (present.length > 1) context.report({ messageId: 'manySources', pointer: node.pointer, data: { keys: present.map((k) => `'${k}'`).join(' and ') } });
        for (const [key, allowed] of Object.entries(allowedValues)) {
          if (value[key] !== undefined && value[key] !== allowed) {
            context.report({ messageId: 'badValue', pointer: joinPointer(node.pointer, key), data: { key, value: show(value[key]), allowed } });
          }
        }
      },
    };
  },
});
