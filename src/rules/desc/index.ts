import descEnglish from './desc-english.js';
import descGrammarSpelling from './desc-grammar-spelling.js';
import descLength from './desc-length.js';
import descNoApiWord from './desc-no-api-word.js';
import descNoProductName from './desc-no-product-name.js';
import descNotPlaceholder from './desc-not-placeholder.js';
import descRequired from './desc-required.js';

import type { Rule } from '../../core/rule.js';

export const descRules: Rule[] = [
  descEnglish,
  descGrammarSpelling,
  descLength,
  descNoApiWord,
  descNoProductName,
  descNotPlaceholder,
  descRequired,
];
