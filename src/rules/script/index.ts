import scriptClassShape from './script-class-shape.js';
import scriptNamespaces from './script-namespaces.js';
import scriptNoGateway from './script-no-gateway.js';
import scriptSendasync from './script-sendasync.js';
import scriptSingleFile from './script-single-file.js';
import scriptSize from './script-size.js';
import scriptVpSubmit from './script-vp-submit.js';

import type { Rule } from '../../core/rule.js';

export const scriptRules: Rule[] = [
  scriptClassShape,
  scriptNamespaces,
  scriptNoGateway,
  scriptSendasync,
  scriptSingleFile,
  scriptSize,
  scriptVpSubmit,
];
