import type { Finding, ManualCheck, ProfileId, ValidationResult } from '../core/types.js';
import { toolName, version } from '../version.js';

/** One checked folder, as reported by the CLI. */
export interface FolderResult {
  /** The folder as given on the command line (or found below it with --recursive). */
  folder: string;
  profile: ProfileId;
  ok: boolean;
  findings: Finding[];
  manualChecks?: ManualCheck[];
}

/** What the formatters render: one result per connector folder, in the order given. */
export interface CheckReport {
  tool: { name: string; version: string };
  results: FolderResult[];
}

export function checkReport(results: Array<{ folder: string; result: ValidationResult }>): CheckReport {
  return {
    tool: { name: toolName, version },
    results: results.map(({ folder, result }) => ({
      folder,
      profile: result.profile,
      ok: result.ok,
      findings: result.findings,
      manualChecks: result.manualChecks,
    })),
  };
}
