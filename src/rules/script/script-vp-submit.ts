import { defineRule, type RuleDocs } from '../../core/rule.js';
import { isObject } from '../../core/walk.js';

export const docs: RuleDocs = {
  rationale:
    'Verified publishers submit the custom code with the connector; `scriptOperations` says the connector uses some, so without script.csx those operations would not behave as tested.',
  fix: 'Add script.csx to the folder, or remove `scriptOperations` if the connector no longer uses custom code.',
  source: 'Microsoft Learn, certification submission, step 5 (include script.csx when the connector uses custom code).',
};

export default defineRule({
  meta: {
    id: 'script-vp-submit',
    area: 'script',
    description: 'A certified connector whose apiProperties.json lists script operations includes its script.csx.',
    severity: { certified: 'warning' },
    messages: {
      missing: 'apiProperties.json lists scriptOperations but the folder has no script.csx; add the custom code file to the submission.',
    },
  },
  create(context) {
    return {
      apiProperties({ file, value }) {
        const props = value.properties;
        if (!isObject(props) || !Object.hasOwn(props, 'scriptOperations')) return;
        if (context.input.files.some((f) => f.role === 'script')) return;
        context.report({ messageId: 'missing', file: file.name, pointer: '/properties/scriptOperations', target: 'key' });
      },
    };
  },
});
