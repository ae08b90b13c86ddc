import type { ConnectorFile, ConnectorInput, FileRole } from '../parse/connector.js';
import type { ConnectorTarget, JsonPatchOperation, ProfileId, Severity, SeverityOrOff } from './types.js';
import type { ExtensionNode, NodeKinds } from './nodes.js';
import type { RefResolver } from './refs.js';
import type { SchemaIssue } from './schema-check.js';

export type RuleArea =
  | 'title'
  | 'desc'
  | 'op'
  | 'path'
  | 'param'
  | 'resp'
  | 'schema'
  | 'meta'
  | 'props'
  | 'artifact'
  | 'readme'
  | 'script'
  | 'sec'
  | 'ext';

/** Default severity per profile; a profile not named does not run the rule. */
export type ProfileSeverities = Partial<Record<ProfileId, Severity>>;

/**
 * A rule's documentation. Built-in rules export it as `docs` beside the rule, not inside `meta`, so that a bundle
 * that only validates leaves the prose out; `npm run docs` reads it from there.
 */
export interface RuleDocs {
  /** Why Microsoft asks for this, in our words. */
  rationale: string;
  /** How to fix a finding. */
  fix: string;
  /** Where the requirement comes from (a Microsoft Learn page, the validator message id, the repository schema). */
  source: string;
  /**
   * Why the rule stays at error although more than 5 % of merged connectors fail it (a requirement Microsoft added
   * later, with its source). `npm run audit` flags error rules over that share whose docs lack it.
   */
  levelReason?: string;
}

export interface RuleMeta<M extends string = string> {
  /** Stable kebab-case id from the catalogue. */
  id: string;
  area: RuleArea;
  /** One line: what the rule requires. */
  description: string;
  severity: ProfileSeverities;
  /** The targets whose files the requirement concerns; all of them when absent (see `ValidateOptions.target`). */
  targets?: readonly ConnectorTarget[];
  /** True when the rule's findings may carry a `fix` (where the change is certain), which `applyFixes` applies. */
  fixable?: boolean;
  /** Message templates by message id; `{name}` placeholders are filled from the report's `data`. */
  messages: Record<M, string>;
}

export interface ReportDescriptor<M extends string = string> {
  messageId: M;
  data?: Record<string, string | number>;
  /** Pointer into `file` (defaults to the file being visited). */
  pointer: string;
  /** File name; defaults to the file of the node being visited. */
  file?: string;
  /** Point the range at the key rather than the value (for unknown or misspelled keys). */
  target?: 'key' | 'value';
  /** Explicit range in the file's text, for findings that are not at a JSON pointer (markdown, script). */
  span?: { offset: number; length: number } | { line: number };
  fix?: JsonPatchOperation[];
}

export interface RuleContext<M extends string = string> {
  readonly profile: ProfileId;
  readonly input: ConnectorInput;
  /** The file whose nodes are being visited. */
  readonly file: ConnectorFile | undefined;
  /** Files by role (first match when several share a role). */
  fileOf(role: FileRole): ConnectorFile | undefined;
  /** `$ref` resolution inside the swagger. */
  readonly refs: RefResolver;
  /** Structural schema issues of a JSON file, computed once per run. */
  schemaIssues(role: 'apiDefinition' | 'apiProperties' | 'settings'): SchemaIssue[];
  report(descriptor: ReportDescriptor<M>): void;
}

/** How a visitor keyed by an extension's name is spelt: `'extension:x-ms-summary'`. */
export const extensionKeyPrefix = 'extension:';

/**
 * A rule's visitors: one per node kind it needs. An extension visitor may be keyed by the extension's name,
 * `'extension:x-ms-summary'(node) {...}`: it receives only the extensions of that name, and the engine routes each
 * extension by name once instead of calling every rule's `extension` visitor, which receives all of them.
 */
export type Visitors = { [K in keyof NodeKinds]?: (node: NodeKinds[K]) => void } & {
  [key: `extension:${string}`]: ((node: ExtensionNode) => void) | undefined;
};

export interface Rule<M extends string = string> {
  meta: RuleMeta<M>;
  /** Called once per run; returns the visitors for the node kinds the rule needs. */
  create(context: RuleContext<M>): Visitors;
}

/**
 * Declares a rule; the identity function that gives rule files their types.
 * @example
 * ```ts
 * import { certification, defineRule, validateConnector } from 'connector-certify';
 *
 * // A house rule: every operation has a summary that starts with a capital letter.
 * const summaryCapital = defineRule({
 *   meta: {
 *     id: 'house-summary-capital',
 *     area: 'op',
 *     description: 'Operation summaries start with a capital letter.',
 *     severity: certification('warning'),
 *     messages: { lower: 'Start the summary "{summary}" with a capital letter.' },
 *   },
 *   create(context) {
 *     return {
 *       operation(node) {
 *         const summary = node.value['summary'];
 *         if (typeof summary === 'string' && /^[a-z]/.test(summary)) {
 *           context.report({ messageId: 'lower', data: { summary }, pointer: `${node.pointer}/summary` });
 *         }
 *       },
 *     };
 *   },
 * });
 * const swagger = { swagger: '2.0', info: { title: 'Tide Watch' }, paths: { '/tides': { get: { summary: 'get tides', responses: {} } } } };
 * const result = validateConnector({ apiDefinition: swagger }, { extraRules: [summaryCapital] });
 * console.log(result.findings.filter((finding) => finding.ruleId === 'house-summary-capital').length); // 1
 * ```
 */
export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}

/**
 * Severity in the two certification profiles.
 * @example
 * ```ts
 * import { certification } from 'connector-certify';
 *
 * console.log(certification('error')); // { 'independent-publisher': 'error', certified: 'error' }: off in `custom`
 * ```
 */
export function certification(severity: Severity): ProfileSeverities {
  return { 'independent-publisher': severity, certified: severity };
}

/**
 * Severity in every profile, `custom` included: what the platform itself rejects.
 * @example
 * ```ts
 * import { everywhere } from 'connector-certify';
 *
 * console.log(everywhere('error')); // { 'independent-publisher': 'error', certified: 'error', custom: 'error' }
 * ```
 */
export function everywhere(severity: Severity): ProfileSeverities {
  return { 'independent-publisher': severity, certified: severity, custom: severity };
}

export type RuleSeverityOverrides = Record<string, SeverityOrOff>;
