import { getOwn } from '../../parse/pointer.js';
import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { infoOf } from '../shared/info.js';
import { findMetadata, metadataNames, templateContact, templateHost } from '../shared/metadata.js';
import { normalise } from '../shared/text.js';

const contactFields = ['name', 'url', 'email'] as const;

function isText(value: unknown, template: string): boolean {
  return typeof value === 'string' && normalise(value) === normalise(template);
}

export const docs: RuleDocs = {
  rationale: 'Values left from the template are published as they are; reviewers reject a submission that still holds them.',
  fix: 'Replace every placeholder: the host name, the contact name, URL and e-mail, and the Website and Privacy policy URLs. An empty Categories value is reported by meta-categories-present.',
  source: 'microsoft/PowerPlatformConnectors templates (independent publisher and certified apiDefinition.swagger.json).',
};

export default defineRule({
  meta: {
    id: 'meta-not-placeholder',
    area: 'meta',
    description: "No value of the swagger template's host, contact or connector metadata is left as the template wrote it.",
    severity: certification('error'),
    messages: {
      host: "host still holds the template's placeholder; set it to the API's host name, like api.contoso.com.",
      contact: "info.contact.{field} still holds the template's placeholder '{text}'; replace it with the support team's {field}.",
      emptyMetadata: "The {name} entry of x-ms-connector-metadata is empty, as in the template; fill in its URL.",
    },
  },
  create(context) {
    return {
      apiDefinition({ value }) {
        if (isText(getOwn(value, 'host'), templateHost)) context.report({ messageId: 'host', pointer: '/host' });
        const contact = getOwn(infoOf(value), 'contact');
        for (const field of contactFields) {
          if (isText(getOwn(contact, field), templateContact[field])) {
            context.report({ messageId: 'contact', pointer: `/info/contact/${field}`, data: { field, text: templateContact[field] } });
          }
        }
        for (const name of [metadataNames.website, metadataNames.privacyPolicy]) {
          const entry = findMetadata(value, name);
          if (entry && typeof entry.value === 'string' && entry.value.trim() === '') {
            context.report({ messageId: 'emptyMetadata', pointer: `${entry.pointer}/propertyValue`, data: { name } });
          }
        }
      },
    };
  },
});
