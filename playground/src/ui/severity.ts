import type { Severity } from 'connector-certify';

const ranks: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const names: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };

export function severityRank(severity: Severity): number {
  return ranks[severity];
}

export function severityName(severity: Severity): string {
  return names[severity];
}

/** "2 errors, 1 warning", leaving out zero counts. */
export function countsText(counts: Record<Severity, number>): string {
  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning'), plural(counts.info, 'info', 'info')];
  return parts.filter((part) => part !== undefined).join(', ') || 'no findings';
}

function plural(count: number, one: string, many = `${one}s`): string | undefined {
  if (count === 0) return undefined;
  return `${count} ${count === 1 ? one : many}`;
}
