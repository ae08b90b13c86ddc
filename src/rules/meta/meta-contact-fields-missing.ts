import { getOwn, hasOwn } from '../../parse/pointer.js';
import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { isObject } from '../../core/walk.js';
import { infoOf } from '../shared/info.js';

const fields = ['name', 'url', 'email'] as const;

export const docs: RuleDocs = {
  rationale:
    'The certification page asks for one value of each: the support team name, its website and its e-mail. About one accepted connector in seven has no contact URL, so a missing field is a warning; malformed values are errors under meta-contact-fields.',
  fix: 'Fill in `name`, `url` and `email` under `info.contact`.',
  source: 'Microsoft Learn, certification submission step 3b.',
};

export default defineRule({
  meta: {
    id: 'meta-contact-fields-missing',
    area: 'meta',
    description: '`info.contact` has a non-empty `name`, `url` and `email`.',
    severity: certification('warning'),
    messages: {
      missing: 'info.contact has no {field}; add the {what} of the support team.',
      empty: 'info.contact.{field} is empty; fill in the {what} of the support team.',
    },
  },
  create(context) {
    return {
      apiDefinition({ value }) {
        const contact = getOwn(infoOf(value), 'contact');
        if (!isObject(contact)) return;
        for (const field of fields) {
          const what = field === 'name' ? 'name' : field === 'url' ? 'website URL' : 'e-mail address';
          const text = getOwn(contact, field);
          if (!hasOwn(contact, field)) context.report({ messageId: 'missing', pointer: '/info/contact', data: { field, what } });
          else if (typeof text === 'string' && text.trim() === '') {
            context.report({ messageId: 'empty', pointer: `/info/contact/${field}`, data: { field, what } });
          }
        }
      },
    };
  },
});
