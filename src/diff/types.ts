import type { Range, Severity } from '../core/types.js';

/** How a change affects flows that already use the connector. */
export type ChangeLevel = 'breaking' | 'warning' | 'info';

/** Where a changed thing is in one version of the connector. */
export interface ChangeLocation {
  file: string;
  pointer: string;
  range?: Range;
}

/** One difference between two versions; shaped like a finding so one model serves lint and diff. */
export interface Change {
  /** A `bc-*` id from the catalogue. */
  ruleId: string;
  level: ChangeLevel;
  /** Derived from the level: breaking → error, warning → warning, info → info. */
  severity: Severity;
  /** What happens to existing flows. */
  message: string;
  operationId?: string;
  method?: string;
  path?: string;
  /** Location in the old version, where the thing exists there. */
  base?: ChangeLocation;
  /** Location in the new version, where the thing exists there. */
  revision?: ChangeLocation;
  docsUrl?: string;
}

export interface DiffResult {
  /** True when any change is breaking. */
  breaking: boolean;
  changes: Change[];
}
