import type { Rule } from '../../core/rule.js';

export const pathRules: Rule[] = [];
