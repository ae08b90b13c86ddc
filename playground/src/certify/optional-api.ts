// Parts of the public API that are still being written. They are looked up on the module namespace, so this build
// runs (and says what is missing) against a package that does not export them yet.
import * as certify from 'connector-certify';
import type { ConnectorInput } from 'connector-certify';
import type { DiffResult } from './diff-types.js';
import type { ExportFormat } from './protocol.js';

interface OptionalApi {
  diffConnectors?: (base: ConnectorInput, revision: ConnectorInput) => DiffResult;
  format?: (report: unknown, name: string) => unknown;
}

const api = certify as typeof certify & OptionalApi;

export const diffConnectors = typeof api.diffConnectors === 'function' ? api.diffConnectors : undefined;

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
