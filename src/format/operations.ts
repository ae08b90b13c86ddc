import type { Change, ChangeLevel } from '../diff/types.js';

export interface OperationGroup {
  /** `GetItems (GET /items)`, or `connection and other changes` for changes outside any operation. */
  label: string;
  operationId?: string;
  changes: Change[];
  counts: Record<ChangeLevel, number>;
}

/** Changes grouped by the operation they affect, operations in order of first appearance, the rest last. */
export function groupByOperation(changes: readonly Change[]): OperationGroup[] {
  const groups = new Map<string, OperationGroup>();
  let other: OperationGroup | undefined;
  for (const change of changes) {
    let group: OperationGroup;
    if (change.operationId === undefined) {
      other ??= { label: 'connection and other changes', changes: [], counts: { breaking: 0, warning: 0, info: 0 } };
      group = other;
    } else {
      group = groups.get(change.operationId) ?? {
        label: operationLabel(change),
        operationId: change.operationId,
        changes: [],
        counts: { breaking: 0, warning: 0, info: 0 },
      };
      groups.set(change.operationId, group);
    }
    group.changes.push(change);
    group.counts[change.level] += 1;
  }
  return other ? [...groups.values(), other] : [...groups.values()];
}

function operationLabel(change: Change): string {
  const where = change.method && change.path ? ` (${change.method.toUpperCase()} ${change.path})` : '';
  return `${change.operationId}${where}`;
}

export function levelCounts(changes: readonly Change[]): Record<ChangeLevel, number> {
  const counts: Record<ChangeLevel, number> = { breaking: 0, warning: 0, info: 0 };
  for (const change of changes) counts[change.level] += 1;
  return counts;
}

/** `old → new`, naming the git revision when the old side was read from git. */
export function diffTitle(base?: { folder: string; gitRevision?: string }, revision?: { folder: string }): string {
  if (!base && !revision) return '';
  const old = base ? (base.gitRevision ? `${base.folder}@${base.gitRevision}` : base.folder) : '?';
  return `${old} \u2192 ${revision?.folder ?? '?'}`;
}
