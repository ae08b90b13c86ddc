import { builtInRules } from './index.js';
import { docsBaseUrl } from '../core/engine.js';
import type { ProfileSeverities, RuleArea } from '../core/rule.js';
import type { ConnectorTarget } from '../core/types.js';

/** A rule as data, for tools that list or document rules. */
export interface RuleInfo {
  id: string;
  area: RuleArea;
  description: string;
  severity: ProfileSeverities;
  /** Present when the rule concerns only some targets (`package`, `repository`). */
  targets?: readonly ConnectorTarget[];
  /** Present (true) when the rule's findings may carry a `fix` that `applyFixes` and `check --fix` apply. */
  fixable?: true;
  docsUrl: string;
}

export const rules: readonly RuleInfo[] = builtInRules.map(({ meta }) => ({
  id: meta.id,
  area: meta.area,
  description: meta.description,
  severity: meta.severity,
  ...(meta.targets && { targets: meta.targets }),
  ...(meta.fixable && { fixable: true as const }),
  docsUrl: `${docsBaseUrl}${meta.id}.md`,
}));
