import { hasOwn } from '../../parse/pointer.js';
import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { infoOf } from '../shared/info.js';

export const docs: RuleDocs = {
  rationale:
    'Microsoft and users reach the publisher through the contact block; the certification validator rejects a definition without it.',
  levelReason:
    'Though 20 of the 277 certified folders merged into microsoft/PowerPlatformConnectors lack it: none of the 20 has changed its swagger since 2020, before the validator began to require it (PR#683, PR#1095); a new submission or an update is held to it.',
  fix: 'Add `"contact": { "name": "...", "url": "https://...", "email": "..." }` to `info`.',
  source: "Validator message \"The 'contact' property is required. ValuePath: /info\" (microsoft/PowerPlatformConnectors PR#683, PR#1095); Microsoft Learn, certification submission step 3b.",
};

export default defineRule({
  meta: {
    id: 'meta-contact-required',
    area: 'meta',
    description: 'The definition has an `info.contact` object.',
    severity: certification('error'),
    messages: {
      missing: 'info has no contact; add info.contact with the name, url and email of the support team.',
    },
  },
  create(context) {
    return {
      apiDefinition({ value }) {
        const info = infoOf(value);
        if (info && !hasOwn(info, 'contact')) context.report({ messageId: 'missing', pointer: '/info' });
      },
    };
  },
});
