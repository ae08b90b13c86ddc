import artifactFileEncoding from './artifact-file-encoding.js';
import artifactJsonBom from './artifact-json-bom.js';
import artifactJsonDuplicateKey from './artifact-json-duplicate-key.js';
import artifactJsonValid from './artifact-json-valid.js';
import artifactRequiredFiles from './artifact-required-files.js';

import type { Rule } from '../../core/rule.js';

export const artifactRules: Rule[] = [
  artifactFileEncoding,
  artifactJsonBom,
  artifactJsonDuplicateKey,
  artifactJsonValid,
  artifactRequiredFiles,
];
