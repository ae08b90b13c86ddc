import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { refProblem } from '../shared/references.js';

export const docs: RuleDocs = {
  rationale: 'The platform resolves response references only to entries of the root `responses` object; anything else fails to import.',
  fix: "Point the reference at `#/responses/<name>` and make sure that entry exists and is a response object.",
  source:
    'Microsoft Learn, Swagger Validator rules ResponseReferenceNotFound, ResponseReferenceNotValid and ResponseRefLoopNotAllowed.',
};

export default defineRule({
  meta: {
    id: 'resp-ref-valid',
    area: 'resp',
    description: "A response `$ref` names an existing entry directly under '#/responses/', and that entry is not itself a `$ref`.",
    severity: everywhere('error'),
    messages: {
      notValid: "The response reference '{ref}' is not valid; it must start with '#/responses/' and be a JSON pointer.",
      notFound: "The response reference '{ref}' names nothing in this document; add the response under 'responses' or fix the name.",
      notDirect: "The response reference '{ref}' points inside a response; reference an entry directly under '#/responses/'.",
      aliasDefinition: "The response '{name}' is only a reference to '{ref}'; write the response here or reference '{ref}' directly where it is used.",
    },
  },
  create(context) {
    return {
      ref(node) {
        if (node.expects !== 'responses') return;
        const problem = refProblem(node, 'responses');
        if (!problem) return;
        const name = node.pointer.slice(node.pointer.lastIndexOf('/') + 1);
        context.report({ messageId: problem, pointer: `${node.pointer}/$ref`, data: { ref: node.ref, name } });
      },
    };
  },
});
