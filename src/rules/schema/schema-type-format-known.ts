import { joinPointer } from '../../parse/pointer.js';
import { defineRule, type RuleDocs } from '../../core/rule.js';
import { nearest } from '../../parse/suggest.js';
import { declaredType, onSchemaLike } from '../shared/schemas.js';

/** The formats each type accepts (rules catalogue, Appendix C.1; `date-no-tz` and `html` are Power Platform additions). */
const formatsByType = new Map<string, readonly string[]>([
  ['integer', ['int32', 'int64']],
  ['number', ['float', 'double']],
  ['string', ['byte', 'binary', 'date', 'date-time', 'password', 'date-no-tz', 'email', 'html', 'uri', 'uuid']],
]);

const knownFormats = new Set([...formatsByType.values()].flat());

function typesFor(format: string): string {
  return [...formatsByType]
    .filter(([, formats]) => formats.includes(format))
    .map(([type]) => type)
    .join(' or ');
}

export const docs: RuleDocs = {
  rationale:
    "The platform converts values by type and format, and the repository schema lists the formats it knows; the validator has a message for any other (UnrecognizedTypeFormat). For certified connectors it is a warning: 23 of the 277 certified folders Microsoft merged into microsoft/PowerPlatformConnectors use formats outside the list ('guid', 'enum', 'decimal', ...), changed as late as 2024, so the platform and the reviewers let them through.",
  fix: 'Use a listed format for the type (for example `integer`/`int32`, `number`/`double`, `string`/`date-time`), or remove `format`.',
  source:
    'Microsoft Learn, Swagger Validator rule UnrecognizedTypeFormat; the repository schema apiDefinition.swagger.schema.json (format list); the merged certified folders at 8bff86e for the certified level.',
};

export default defineRule({
  meta: {
    id: 'schema-type-format-known',
    area: 'schema',
    description: '`format` is one the platform knows, and fits the declared `type`.',
    severity: { 'independent-publisher': 'error', certified: 'warning', custom: 'error' },
    messages: {
      unknown: "The format '{format}' is not recognised; {hint}",
      mismatch: "The format '{format}' does not apply to type '{type}'; it belongs to type {types}.",
    },
  },
  create(context) {
    return onSchemaLike((target) => {
      const { value } = target;
      const format = value.format as string;
      const type = declaredType(value);
      if (!knownFormats.has(format)) {
        const candidates = (type !== undefined && formatsByType.get(type)) || [...knownFormats];
        const suggestion = nearest(format, candidates);
        const hint = suggestion ? `did you mean '${suggestion}'?` : `use one of ${candidates.join(', ')}, or remove it.`;
        context.report({ messageId: 'unknown', pointer: joinPointer(target.pointer, 'format'), data: { format, hint } });
        return;
      }
      if (type !== undefined && !formatsByType.get(type)?.includes(format)) {
        context.report({ messageId: 'mismatch', pointer: joinPointer(target.pointer, 'format'), data: { format, type, types: typesFor(format) } });
      }
    }, (value) => typeof value.format === 'string');
  },
});
