import schemaRefNoSiblings from './schema-ref-no-siblings.js';
import schemaRefValid from './schema-ref-valid.js';

import type { Rule } from '../../core/rule.js';

export const schemaRules: Rule[] = [
  schemaRefNoSiblings,
  schemaRefValid,
];
