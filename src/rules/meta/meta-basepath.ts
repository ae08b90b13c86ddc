import { getOwn } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';

export const docs: RuleDocs = {
  rationale: 'basePath is appended to the host to build every request URL; without the leading slash the URL is malformed.',
  fix: 'Start basePath with `/`, e.g. `/v1`; use `/` when the API has no path prefix.',
  source: 'Swagger 2.0 specification; validator BasePathNotValid.',
};

export default defineRule({
  meta: {
    id: 'meta-basepath',
    area: 'meta',
    description: '`basePath`, when present, starts with `/`.',
    severity: everywhere('error'),
    fixable: true,
    messages: {
      noLeadingSlash: "basePath '{basePath}' does not start with '/'; write it as '/{basePath}'.",
    },
  },
  create(context) {
    return {
      apiDefinition({ value }) {
        const basePath = getOwn(value, 'basePath');
        if (typeof basePath !== 'string' || basePath.startsWith('/')) return;
        context.report({
          messageId: 'noLeadingSlash',
          pointer: '/basePath',
          data: { basePath: basePath.slice(0, 80) },
          fix: [{ op: 'replace', path: '/basePath', value: `/${basePath}` }],
        });
      },
    };
  },
});
