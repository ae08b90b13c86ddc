import readmeExists from './readme-exists.js';

import type { Rule } from '../../core/rule.js';

export const readmeRules: Rule[] = [
  readmeExists,
];
