import type { JsonObject } from '../../core/nodes.js';
import { getOwn } from '../../parse/pointer.js';
import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { isObject } from '../../core/walk.js';
import { infoOf } from '../shared/info.js';
import { isEmailAddress, isWebUrl, templateContact } from '../shared/metadata.js';
import { normalise } from '../shared/text.js';

/** A contact field worth checking: a non-blank string that is not the template's placeholder. */
function filled(contact: JsonObject, key: keyof typeof templateContact): string | undefined {
  const value = getOwn(contact, key);
  if (typeof value !== 'string' || value.trim() === '' || normalise(value) === normalise(templateContact[key])) return undefined;
  return value;
}

export const docs: RuleDocs = {
  rationale: 'Microsoft contacts the publisher and users find support through these fields; the validator rejects malformed addresses.',
  fix: 'Write the e-mail address as `name@domain.tld` and the URL with its scheme, e.g. `https://contoso.com/support`.',
  source: 'Microsoft Learn, certification submission step 3b; Swagger Validator rules ContactEmailNotValid and UrlNotValid.',
};

export default defineRule({
  meta: {
    id: 'meta-contact-fields',
    area: 'meta',
    description: '`info.contact.email` is an e-mail address and `info.contact.url` an absolute http(s) URL.',
    severity: certification('error'),
    messages: {
      email: "info.contact.email '{value}' is not an e-mail address; give the support team's address, like support@contoso.com.",
      url: "info.contact.url '{value}' is not an absolute http(s) URL; give the full address of the support site, starting with https://.",
    },
  },
  create(context) {
    return {
      apiDefinition({ value }) {
        const contact = getOwn(infoOf(value), 'contact');
        if (!isObject(contact)) return;
        const email = filled(contact, 'email');
        if (email !== undefined && !isEmailAddress(email.trim())) {
          context.report({ messageId: 'email', pointer: '/info/contact/email', data: { value: email.slice(0, 80) } });
        }
        const url = filled(contact, 'url');
        if (url !== undefined && !isWebUrl(url.trim())) {
          context.report({ messageId: 'url', pointer: '/info/contact/url', data: { value: url.slice(0, 80) } });
        }
      },
    };
  },
});
