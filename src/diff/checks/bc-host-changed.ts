import { hasOwn } from '../../parse/pointer.js';
import { defineCheck, type DiffCheckDocs } from '../check.js';
import type { ConnectorSide } from '../side.js';
import { stringAt } from '../values.js';

export const docs: DiffCheckDocs = {
  rationale: 'Flows do not store the address of the service: after the update, every existing flow calls the new host. If the service there differs in any way, those flows break.',
  fix: 'Change the host only when the service moved and answers the same requests there; for a new service version, add new operations rather than pointing old ones elsewhere.',
  source: 'Microsoft Learn, updating a connector (what changes for existing connections); oasdiff treats server changes as informational, connectors have one host for every flow.',
};

export default defineCheck({
  id: 'bc-host-changed',
  area: 'connector',
  level: 'warning',
  description: 'The swagger `host` changed, so every operation calls another server. (A `basePath` change moves every operation: bc-path-or-method-changed.)',
  messages: {
    changed: 'The host changed from {from} to {to}; existing flows will send every call to the new server, which must answer exactly as the old one did.',
  },
  visit: {
    connector(pair, report) {
      if (!pair.comparable('apiDefinition') || pair.base.apiDefinition.state === 'absent') return;
      const from = stringAt(pair.base.apiDefinition.root, 'host');
      const to = stringAt(pair.revision.apiDefinition.root, 'host');
      if (from?.toLowerCase() === to?.toLowerCase()) return;
      const at = (side: ConnectorSide) => (hasOwn(side.apiDefinition.root, 'host') ? '/host' : '');
      report({ messageId: 'changed', data: { from: from ?? 'none', to: to ?? 'none' }, base: at(pair.base), revision: at(pair.revision) });
    },
  },
});
