import artifactCodingStyle from './artifact-coding-style.js';
import artifactFileEncoding from './artifact-file-encoding.js';
import artifactFileNames from './artifact-file-names.js';
import artifactFileReadable from './artifact-file-readable.js';
import artifactIpNoIcon from './artifact-ip-no-icon.js';
import artifactJsonBom from './artifact-json-bom.js';
import artifactJsonDuplicateKey from './artifact-json-duplicate-key.js';
import artifactJsonValid from './artifact-json-valid.js';
import artifactNoSecrets from './artifact-no-secrets.js';
import artifactOptionalFiles from './artifact-optional-files.js';
import artifactProposalFolder from './artifact-proposal-folder.js';
import artifactRequiredFiles from './artifact-required-files.js';
import artifactSizeLimit from './artifact-size-limit.js';
import artifactVpIconDesign from './artifact-vp-icon-design.js';
import artifactVpIcon from './artifact-vp-icon.js';

import type { Rule } from '../../core/rule.js';

export const artifactRules: Rule[] = [
  artifactCodingStyle,
  artifactFileEncoding,
  artifactFileNames,
  artifactFileReadable,
  artifactIpNoIcon,
  artifactJsonBom,
  artifactJsonDuplicateKey,
  artifactJsonValid,
  artifactNoSecrets,
  artifactOptionalFiles,
  artifactProposalFolder,
  artifactRequiredFiles,
  artifactSizeLimit,
  artifactVpIconDesign,
  artifactVpIcon,
];
