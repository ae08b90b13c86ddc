import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { collectProperties, collectRequired, declaredType, resolveSchema } from '../shared/schemas.js';

export const docs: RuleDocs = {
  rationale: 'The discriminator property tells which subtype a value is, so every value must carry it as a string.',
  fix: 'Define the property with `type: string` and list it in `required`, or remove `discriminator`.',
  source: 'Microsoft Learn, Swagger Validator rule DiscriminatorMustBeARequiredStringProperty; Swagger 2.0 Schema Object.',
};

export default defineRule({
  meta: {
    id: 'schema-discriminator',
    area: 'schema',
    description: '`discriminator` names a required property of type string.',
    severity: everywhere('error'),
    messages: {
      notRequiredString: "The discriminator '{name}' must name a required string property of this schema; {problem}.",
    },
  },
  create(context) {
    return {
      schema(node) {
        const { value } = node;
        const name = value.discriminator;
        if (typeof name !== 'string') return;
        const schema = { value, pointer: node.pointer };
        const property = collectProperties(context.refs, schema).get(name);
        const target = property && resolveSchema(context.refs, property.value, property.pointer);
        let problem: string | undefined;
        if (!property) problem = 'there is no such property';
        else if (declaredType(target?.value) !== 'string') problem = 'the property is not of type string';
        else if (!collectRequired(context.refs, schema).has(name)) problem = "the property is not listed in 'required'";
        if (problem) context.report({ messageId: 'notRequiredString', pointer: joinPointer(node.pointer, 'discriminator'), data: { name, problem } });
      },
    };
  },
});
