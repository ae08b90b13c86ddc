import { hasOwn } from '../../parse/pointer.js';
import { defineCheck, type DiffCheckDocs } from '../check.js';
import { valueList } from '../describe.js';
import type { ConnectorSide } from '../side.js';

export const docs: DiffCheckDocs = {
  rationale:
    'The platform calls the service with a scheme from `schemes`. When the scheme existing flows were calling with is gone, every call goes out another way (usually `http` to `https`), which works only if the service answers there too.',
  fix: 'Keep the scheme the service answers on; add `https` beside `http` rather than replacing it until the service redirects.',
  source: 'Swagger 2.0 specification (schemes); oasdiff treats server and scheme changes as informational.',
};

export default defineCheck({
  id: 'bc-schemes-changed',
  area: 'connector',
  level: 'warning',
  description: 'The swagger `schemes` changed: a scheme removed (warning) or added (info). A missing list means the scheme of the swagger itself, taken as `https`.',
  messages: {
    removed: 'The connector no longer calls the service over {values}; existing flows now send every call over {to}, which the service must answer the same way.',
    added: 'The connector may now call the service over {values}; existing flows are not affected.',
  },
  visit: {
    connector(pair, report) {
      if (!pair.comparable('apiDefinition') || pair.base.apiDefinition.state === 'absent') return;
      const from = schemesOf(pair.base);
      const to = schemesOf(pair.revision);
      const removed = from.filter((scheme) => !to.includes(scheme));
      const added = to.filter((scheme) => !from.includes(scheme));
      const where = { base: at(pair.base), revision: at(pair.revision) };
      if (removed.length > 0) report({ messageId: 'removed', data: { values: valueList(removed), to: to.join(', ') || 'none' }, ...where });
      else if (added.length > 0) report({ messageId: 'added', level: 'info', data: { values: valueList(added) }, ...where });
    },
  },
});

function schemesOf(side: ConnectorSide): string[] {
  const schemes = side.apiDefinition.root.schemes;
  if (!Array.isArray(schemes)) return ['https'];
  return [...new Set(schemes.filter((s): s is string => typeof s === 'string').map((s) => s.toLowerCase()))].sort();
}

function at(side: ConnectorSide): string {
  return hasOwn(side.apiDefinition.root, 'schemes') ? '/schemes' : '';
}
