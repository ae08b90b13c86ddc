import type { Severity } from 'connector-certify';

/** Most severe first: the order findings are listed in. */
export const severities: readonly Severity[] = ['error', 'warning', 'info'];
const names: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };
const plurals: Record<Severity, [one: string, many: string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['info', 'info'],
};

export function severityName(severity: Severity): string {
  return names[severity];
}

/** "errors", "warnings", "info". */
export function pluralName(severity: Severity): string {
  return plurals[severity][1];
}

/** "3 errors", "1 warning", "0 info". */
export function countText(severity: Severity, count: number): string {
  const [one, many] = plurals[severity];
  return `${count} ${count === 1 ? one : many}`;
}
