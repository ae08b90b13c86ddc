import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';

export const docs: RuleDocs = {
  rationale: 'paconn reads files as utf-8-sig, so a byte-order mark passes; many JSON tools and JSON.parse reject it.',
  fix: 'Save the file as UTF-8 without BOM.',
  source: 'paconn validate (utf-8-sig); RFC 8259 section 8.1.',
};

export default defineRule({
  meta: {
    id: 'artifact-json-bom',
    area: 'artifact',
    description: 'JSON files start without a byte-order mark.',
    severity: everywhere('info'),
    messages: {
      bom: '{file} starts with a byte-order mark; paconn accepts it, but other JSON tools do not, so save the file without one.',
    },
  },
  create(context) {
    return {
      file({ file }) {
        if (file.type === 'json' && file.encoding.includes('bom')) {
          context.report({ messageId: 'bom', pointer: '', data: { file: file.name }, span: { offset: 0, length: 0 } });
        }
      },
    };
  },
});
