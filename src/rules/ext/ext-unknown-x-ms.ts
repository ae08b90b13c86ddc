import { parsePointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { extensionPlaces } from '../../core/schema-check.js';
import { wordList, withArticle } from '../../parse/wording.js';
import { nearest } from '../../parse/suggest.js';
import { renameKey } from '../shared/fixes.js';

/** "Operation Object" → "an operation", for messages. */
function placeName(title: string): string {
  return title === 'the top level' ? 'the document root' : withArticle(title.replace(/ Object$/, '').toLowerCase());
}

export const docs: RuleDocs = {
  rationale:
    "The 'x-ms-' prefix is reserved for Microsoft's extensions. A misspelt one (x-ms-visbility) is silently ignored, and one in the wrong place has no effect; the repository schema rejects both.",
  fix: 'Correct the spelling to the suggested name (when that name is the only one near and belongs where the key is, the finding carries a fix that renames the key), move the extension to where it applies, or drop the prefix for your own vendor extensions (`x-acme-...`).',
  source: 'Microsoft Learn, OpenAPI extensions; the repository schema apiDefinition.swagger.schema.json; Swagger Validator rule AdditionalPropertyNotAllowed.',
};

export default defineRule({
  meta: {
    id: 'ext-unknown-x-ms',
    area: 'ext',
    description: 'Every `x-ms-*` key is a Power Platform extension, written where the platform reads it.',
    severity: everywhere('warning'),
    fixable: true,
    messages: {
      misspelt: "'{name}' is not a Power Platform extension; did you mean '{suggestion}'?",
      unknown: "'{name}' is not a Power Platform extension; remove it, or rename it without the 'x-ms-' prefix if it is your own.",
      misplaced: "'{name}' has no effect here; it belongs on {places}.",
    },
  },
  create(context) {
    return {
      apiDefinition({ value }) {
        for (const issue of context.schemaIssues('apiDefinition')) {
          if (issue.kind !== 'unknown-key') continue;
          const name = parsePointer(issue.pointer)?.pop();
          if (name === undefined || !name.startsWith('x-ms-')) continue;
          const base = { pointer: issue.pointer, target: 'key' as const };
          const places = extensionPlaces().get(name);
          if (places) {
            context.report({ ...base, messageId: 'misplaced', data: { name, places: wordList(places.map(placeName)) } });
            continue;
          }
          const suggestion = nearest(name, [...extensionPlaces().keys()]);
          // The schema's own suggestion is made among the keys allowed at this place, and only when no other is near.
          const fix = suggestion !== undefined && issue.replacement === suggestion ? renameKey(value, issue.pointer, suggestion) : undefined;
          if (suggestion) context.report({ ...base, messageId: 'misspelt', data: { name, suggestion }, ...(fix && { fix }) });
          else context.report({ ...base, messageId: 'unknown', data: { name } });
        }
      },
    };
  },
});
