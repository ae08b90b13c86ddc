import type { CheckArea } from './check.js';
import { builtInChecks } from './checks/index.js';
import { diffDocsBaseUrl } from './run.js';
import type { ChangeLevel } from './types.js';

/** A diff check as data, for tools that list or document checks. */
export interface DiffCheckInfo {
  id: string;
  area: CheckArea;
  /** The level most of its changes have; some changes of a check are reported at another level (see its page). */
  level: ChangeLevel;
  description: string;
  docsUrl: string;
}

export const diffChecks: readonly DiffCheckInfo[] = builtInChecks.map((check) => ({
  id: check.id,
  area: check.area,
  level: check.level,
  description: check.description,
  docsUrl: `${diffDocsBaseUrl}${check.id}.md`,
}));
