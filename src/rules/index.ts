import type { Rule } from '../core/rule.js';
import { artifactRules } from './artifact/index.js';
import { descRules } from './desc/index.js';
import { readmeRules } from './readme/index.js';
import { titleRules } from './title/index.js';

/** Every built-in rule, sorted by id. */
export const builtInRules: readonly Rule[] = [...artifactRules, ...descRules, ...readmeRules, ...titleRules].sort(
  (a, b) => (a.meta.id < b.meta.id ? -1 : 1),
);
