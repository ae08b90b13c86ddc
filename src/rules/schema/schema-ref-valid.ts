import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { refProblem } from '../shared/references.js';

export const docs: RuleDocs = {
  rationale:
    'The platform resolves schema references only to entries of the root `definitions` object, and does not accept definitions that merely alias another one (that is how reference loops are built).',
  fix: 'Point the reference at `#/definitions/<name>`, make sure that definition exists, and write each definition as a schema rather than a `$ref`.',
  source:
    'Microsoft Learn, Swagger Validator rules SchemaReferenceNotFound, SchemaReferenceNotValid, JsonPointerNotValid and SchemaRefLoopNotAllowed.',
};

export default defineRule({
  meta: {
    id: 'schema-ref-valid',
    area: 'schema',
    description: "A schema `$ref` names an existing entry directly under '#/definitions/', and that entry is not itself a `$ref`.",
    severity: everywhere('error'),
    messages: {
      notValid: "The schema reference '{ref}' is not valid; it must start with '#/definitions/' and be a JSON pointer.",
      notFound: "The schema reference '{ref}' names nothing in this document; add the definition or fix the name.",
      notDirect: "The schema reference '{ref}' points inside a definition; reference an entry directly under '#/definitions/'.",
      aliasDefinition: "The definition '{name}' is only a reference to '{ref}'; write the schema here or use '{ref}' directly where '{name}' is used.",
    },
  },
  create(context) {
    return {
      ref(node) {
        if (node.expects !== 'definitions') return;
        const problem = refProblem(node, 'definitions');
        if (!problem) return;
        const name = node.pointer.slice(node.pointer.lastIndexOf('/') + 1);
        context.report({ messageId: problem, pointer: `${node.pointer}/$ref`, data: { ref: node.ref, name } });
      },
    };
  },
});
