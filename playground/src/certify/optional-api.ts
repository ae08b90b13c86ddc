// `format` is still being written. It is looked up on the module namespace, so this build runs (without SARIF) against
// a package that does not export it yet.
import * as certify from 'connector-certify';
import type { ExportFormat } from './protocol.js';

const api = certify as typeof certify & { format?: (report: unknown, name: string) => unknown };

/** The library's formatter output, or undefined when this build has no formatter of that name. */
export function formatReport(report: unknown, name: ExportFormat): string | undefined {
  if (typeof api.format !== 'function') return undefined;
  try {
    const text = api.format(report, name);
    return typeof text === 'string' && text.length > 0 ? text : undefined;
  } catch {
    return undefined;
  }
}
