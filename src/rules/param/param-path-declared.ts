import type { OperationNode } from '../../core/nodes.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { clip } from '../shared/operation-text.js';
import { operationLabel, stringField } from '../shared/operations.js';
import { locationOf } from '../shared/parameters.js';
import { templateVariables } from '../shared/paths.js';

const labels = (operation: OperationNode, name: string) => ({ operation: operationLabel(operation), path: clip(operation.path), name: clip(name) });

export const docs: RuleDocs = {
  rationale: 'The platform builds the URL by putting each path parameter in its place in the template; a variable with no parameter, or a parameter with no place, leaves the URL wrong.',
  fix: 'Declare one `in: path` parameter for each braced variable of the path (at operation or path level), with the same name.',
  source: 'Swagger Validator OperationMissingPathParameter and PathParameterNotDefinedInTemplate; Swagger 2.0 specification.',
};

export default defineRule({
  meta: {
    id: 'param-path-declared',
    area: 'param',
    description: 'The variables of the path template and the `in: path` parameters of each operation match one to one.',
    severity: everywhere('error'),
    messages: {
      undeclared: "Operation '{operation}' has no path parameter named '{name}', which its path '{path}' needs; declare it with \"in\": \"path\" and \"required\": true.",
      notInTemplate: "The path parameter '{name}' of operation '{operation}' does not appear in the path '{path}'; add it to the path in braces, or change its location.",
    },
  },
  create(context) {
    // A path-level parameter is listed once for all operations of the path: report it once.
    const reported = new Set<string>();
    return {
      operation(operation) {
        const variables = templateVariables(operation.path);
        let declared: Set<string> | undefined;
        for (const parameter of operation.parameters) {
          if (locationOf(parameter.value) !== 'path') continue;
          const name = stringField(parameter.value, 'name');
          if (name === undefined) continue;
          (declared ??= new Set()).add(name);
          if (variables.includes(name) || reported.has(parameter.usePointer)) continue;
          reported.add(parameter.usePointer);
          context.report({ messageId: 'notInTemplate', pointer: parameter.usePointer, data: labels(operation, name) });
        }
        for (let index = 0; index < variables.length; index++) {
          const name = variables[index]!;
          // A variable written twice is reported once.
          if (variables.indexOf(name) === index && !declared?.has(name)) {
            context.report({ messageId: 'undeclared', pointer: operation.pointer, target: 'key', data: labels(operation, name) });
          }
        }
      },
    };
  },
});
