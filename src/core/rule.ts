import type { ConnectorFile, ConnectorInput, FileRole } from '../parse/connector.js';
import type { JsonPatchOperation, ProfileId, Severity, SeverityOrOff } from './types.js';
import type { NodeKinds } from './nodes.js';
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

export type Visitors = { [K in keyof NodeKinds]?: (node: NodeKinds[K]) => void };

export interface Rule<M extends string = string> {
  meta: RuleMeta<M>;
  /** Called once per run; returns the visitors for the node kinds the rule needs. */
  create(context: RuleContext<M>): Visitors;
}

/** Declares a rule; the identity function that gives rule files their types. */
export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}

/** Severity in the two certification profiles. */
export function certification(severity: Severity): ProfileSeverities {
  return { 'independent-publisher': severity, certified: severity };
}

/** Severity in every profile, `custom` included: what the platform itself rejects. */
export function everywhere(severity: Severity): ProfileSeverities {
  return { 'independent-publisher': severity, certified: severity, custom: severity };
}

export type RuleSeverityOverrides = Record<string, SeverityOrOff>;
