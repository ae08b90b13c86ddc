import { getOwn, joinPointer } from '../../parse/pointer.js';
import { isObject } from '../../core/walk.js';
import { defineCheck, type DiffCheckDocs } from '../check.js';
import type { ConnectorSide } from '../side.js';
import { sameValue } from '../values.js';

interface Policy {
  templateId: string;
  parameters: unknown;
  pointer: string;
}

export const docs: DiffCheckDocs = {
  rationale: 'Policies rewrite hosts, paths, headers and payloads between the flow and the service. Changing one changes what existing flows send and receive without any change in the swagger.',
  fix: 'Check each affected operation against the real service with an existing flow before publishing, and describe the change in the pull request.',
  source: 'Rules catalogue Appendix C.6 (policy templates); DESIGN.md section 5 (policy templates changed).',
};

export default defineCheck({
  id: 'bc-policy-template-changed',
  area: 'connection',
  level: 'warning',
  description: 'A policy template instance was added, removed or given other parameters in `apiProperties.json`.',
  messages: {
    added: "Policy '{templateId}' was added; it changes requests or responses of existing flows at run time.",
    removed: "Policy '{templateId}' was removed; requests or responses of existing flows are no longer rewritten the way they were.",
    changed: "The parameters of policy '{templateId}' changed; requests or responses of existing flows are rewritten differently at run time.",
  },
  visit: {
    connector(pair, report) {
      if (!pair.comparable('apiProperties')) return;
      const before = policiesById(pair.base);
      const after = policiesById(pair.revision);
      const file = 'apiProperties' as const;
      const listPointer = '/properties/policyTemplateInstances';
      for (const [id, olds] of before) {
        const news = after.get(id) ?? [];
        olds.forEach((old, index) => {
          const now = news[index];
          if (!now) report({ messageId: 'removed', file, data: { templateId: old.templateId }, base: old.pointer, revision: listPointer });
          else if (!sameValue(old.parameters, now.parameters)) {
            report({ messageId: 'changed', file, data: { templateId: now.templateId }, base: old.pointer, revision: now.pointer });
          }
        });
      }
      for (const [id, news] of after) {
        const count = before.get(id)?.length ?? 0;
        for (const now of news.slice(count)) report({ messageId: 'added', file, data: { templateId: now.templateId }, base: listPointer, revision: now.pointer });
      }
    },
  },
});

/** Instances grouped by template id (case-insensitively, as the platform accepts several spellings), in file order. */
function policiesById(side: ConnectorSide): Map<string, Policy[]> {
  const out = new Map<string, Policy[]>();
  const list = getOwn(getOwn(side.apiProperties.root, 'properties'), 'policyTemplateInstances');
  if (!Array.isArray(list)) return out;
  list.forEach((value, index) => {
    if (!isObject(value) || typeof value.templateId !== 'string') return;
    const policy = { templateId: value.templateId, parameters: value.parameters, pointer: joinPointer('/properties/policyTemplateInstances', index) };
    const id = value.templateId.toLowerCase();
    out.set(id, [...(out.get(id) ?? []), policy]);
  });
  return out;
}
