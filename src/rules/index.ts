import type { Rule } from '../core/rule.js';
import { artifactRules } from './artifact/index.js';
import { descRules } from './desc/index.js';
import { extRules } from './ext/index.js';
import { metaRules } from './meta/index.js';
import { opRules } from './op/index.js';
import { paramRules } from './param/index.js';
import { pathRules } from './path/index.js';
import { propsRules } from './props/index.js';
import { readmeRules } from './readme/index.js';
import { respRules } from './resp/index.js';
import { schemaRules } from './schema/index.js';
import { scriptRules } from './script/index.js';
import { secRules } from './sec/index.js';
import { titleRules } from './title/index.js';

/** Every built-in rule, sorted by id. */
export const builtInRules: readonly Rule[] = [
  ...artifactRules,
  ...descRules,
  ...extRules,
  ...metaRules,
  ...opRules,
  ...paramRules,
  ...pathRules,
  ...propsRules,
  ...readmeRules,
  ...respRules,
  ...schemaRules,
  ...scriptRules,
  ...secRules,
  ...titleRules,
].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));
