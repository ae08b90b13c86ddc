import type { OperationNode } from '../../core/nodes.js';
import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { isObject } from '../../core/walk.js';
import { apiDefinitionName } from '../shared/schemas.js';

/** At most this many operations of one family may be active (not deprecated). */
export const maxActivePerFamily = 2;

interface Member {
  operation: OperationNode;
  revision: unknown;
  status: unknown;
  active: boolean;
}

export const docs: RuleDocs = {
  rationale: 'A family groups the revisions of one operation so the designer can offer the newest and flag the old ones; the validator keeps it small and unambiguous.',
  fix: 'Number the revisions 1, 2, ...; mark older ones `deprecated: true`; keep one active Production revision.',
  source:
    'Microsoft Learn, operational versioning; Swagger Validator rules OperationFamilyHasDuplicateRevisions, OperationFamilyHasManyEmptyRevisions, OperationFamilyHasManyActiveOperations, OperationFamilyHasManyActiveProductionOperations.',
};

export default defineRule({
  meta: {
    id: 'ext-api-annotation-family',
    area: 'ext',
    description:
      `In each \`x-ms-api-annotation\` family, revisions are unique, at most one operation has no revision, at most ${maxActivePerFamily} are active and at most one active operation is in Production.`,
    severity: everywhere('error'),
    messages: {
      duplicateRevision: "Operations of family '{family}' share revision {revision}; give each revision its own number.",
      manyEmptyRevisions: "Several operations of family '{family}' have no revision; give every operation but the first a revision number.",
      manyActive: `Family '{family}' has {count} active operations; deprecate all but the newest ${maxActivePerFamily}.`,
      manyProduction: "Family '{family}' has {count} active operations in Production status; deprecate the older revisions.",
    },
  },
  create(context) {
    const families = new Map<string, Member[]>();
    return {
      operation(operation) {
        const annotation = operation.value['x-ms-api-annotation'];
        if (!isObject(annotation) || typeof annotation.family !== 'string') return;
        const members = families.get(annotation.family) ?? [];
        members.push({ operation, revision: annotation.revision, status: annotation.status, active: operation.value.deprecated !== true });
        families.set(annotation.family, members);
      },
      connectorEnd() {
        const file = apiDefinitionName(context);
        for (const [family, members] of families) {
          const at = (member: Member) => joinPointer(member.operation.pointer, 'x-ms-api-annotation');
          const seen = new Set<unknown>();
          for (const member of members) {
            if (member.revision === undefined) continue;
            if (seen.has(member.revision)) {
              context.report({ messageId: 'duplicateRevision', pointer: joinPointer(at(member), 'revision'), file, data: { family, revision: String(member.revision) } });
            }
            seen.add(member.revision);
          }
          const empty = members.filter((m) => m.revision === undefined);
          if (empty.length > 1) context.report({ messageId: 'manyEmptyRevisions', pointer: at(empty[1]!), file, data: { family } });
          const active = members.filter((m) => m.active);
          if (active.length > maxActivePerFamily) {
            context.report({ messageId: 'manyActive', pointer: at(active[maxActivePerFamily]!), file, data: { family, count: active.length } });
          }
          const production = active.filter((m) => m.status === 'Production');
          if (production.length > 1) context.report({ messageId: 'manyProduction', pointer: at(production[1]!), file, data: { family, count: production.length } });
        }
      },
    };
  },
});
