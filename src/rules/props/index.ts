import propsAllowedKeys from './props-allowed-keys.js';
import propsCapabilities from './props-capabilities.js';
import propsIconbrandcolorFormat from './props-iconbrandcolor-format.js';
import propsIconbrandcolorIp from './props-iconbrandcolor-ip.js';
import propsIconbrandcolorRequired from './props-iconbrandcolor-required.js';
import propsIconbrandcolorVp from './props-iconbrandcolor-vp.js';
import propsNotPlaceholder from './props-not-placeholder.js';
import propsPolicyOperationsExist from './props-policy-operations-exist.js';
import propsPolicyTemplates from './props-policy-templates.js';
import propsPublisherMatchesReadme from './props-publisher-matches-readme.js';
import propsPublisherRequired from './props-publisher-required.js';
import propsPublisherStackownerFormat from './props-publisher-stackowner-format.js';
import propsRootShape from './props-root-shape.js';
import propsScriptOperations from './props-script-operations.js';
import propsStackownerRequired from './props-stackowner-required.js';

import type { Rule } from '../../core/rule.js';

export const propsRules: Rule[] = [
  propsAllowedKeys,
  propsCapabilities,
  propsIconbrandcolorFormat,
  propsIconbrandcolorIp,
  propsIconbrandcolorRequired,
  propsIconbrandcolorVp,
  propsNotPlaceholder,
  propsPolicyOperationsExist,
  propsPolicyTemplates,
  propsPublisherMatchesReadme,
  propsPublisherRequired,
  propsPublisherStackownerFormat,
  propsRootShape,
  propsScriptOperations,
  propsStackownerRequired,
];
