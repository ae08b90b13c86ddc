import type { Rule } from '../../core/rule.js';

export const schemaRules: Rule[] = [];
