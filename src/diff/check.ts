import type { FileRole } from '../parse/connector.js';
import type { FieldDelta } from './delta.js';
import type { OperationPair } from './match-operations.js';
import type { ConnectorSide } from './side.js';
import type { Change, ChangeLevel } from './types.js';

/** What a check looks at: operations, what flows send, what flows read, the connection, or the connector as a whole. */
export type CheckArea = 'operation' | 'input' | 'output' | 'connection' | 'connector';

export interface DiffCheckDocs {
  /** What breaks, and for whom. */
  rationale: string;
  /** How to ship the change without breaking existing flows. */
  fix: string;
  /** Where the check comes from (Microsoft's detector message, a Learn page, a peer tool). */
  source: string;
}

/** Both versions of the connector, for checks that compare whole files. */
export interface ConnectorPair {
  base: ConnectorSide;
  revision: ConnectorSide;
  /** Whether a JSON file can be compared: readable in the revision, and readable or absent in the base. */
  comparable(role: 'apiDefinition' | 'apiProperties'): boolean;
}

export interface ChangeDescriptor<M extends string = string> {
  messageId: M;
  /** Values for the message's `{name}` placeholders. */
  data?: Record<string, string | number>;
  /** The level of this change, when it differs from the check's default. */
  level?: ChangeLevel;
  /** Pointer into the base version's file, where the thing exists there. */
  base?: string;
  /** Pointer into the revision's file, where the thing exists there. */
  revision?: string;
  /** The file both pointers refer to; defaults to the swagger. */
  file?: FileRole;
}

export type ReportChange<M extends string = string> = (change: ChangeDescriptor<M>) => void;

/**
 * The engine calls these with matched pairs; a check never walks a document itself. `operation` is called for every
 * operation in either version (one side is missing when it was added or deleted); `field` for every difference in the
 * inputs or outputs of an operation present in both.
 */
export interface DiffVisitors<M extends string = string> {
  connector?(pair: ConnectorPair, report: ReportChange<M>): void;
  operation?(pair: OperationPair, report: ReportChange<M>, connector: ConnectorPair): void;
  field?(delta: FieldDelta, report: ReportChange<M>, connector: ConnectorPair): void;
  /** Called last, with the changes every other check reported (for checks that speak only when nothing else did). */
  end?(pair: ConnectorPair, report: ReportChange<M>, reported: readonly Change[]): void;
}

export interface DiffCheck<M extends string = string> {
  /** Stable kebab-case id starting with `bc-`. */
  id: string;
  area: CheckArea;
  /** The level most of its changes have; a report may set another (documented on the check). */
  level: ChangeLevel;
  /** One line: what the check reports. */
  description: string;
  /** Message templates by message id; `{name}` placeholders are filled from the report's `data`. */
  messages: Record<M, string>;
  visit: DiffVisitors<M>;
}

/**
 * Declares a diff check; the identity function that gives check files their types.
 * @example
 * ```ts
 * import { defineCheck, diffConnectors } from 'connector-certify/diff';
 *
 * const noDeprecatedRemoval = defineCheck({
 *   id: 'bc-house-deprecated-first',
 *   area: 'operation',
 *   level: 'breaking',
 *   description: 'An operation is marked deprecated in one release before it is deleted.',
 *   messages: { removed: 'Operation {name} was deleted without being deprecated first.' },
 *   visit: {
 *     operation(pair, report) {
 *       if (pair.base && !pair.revision && pair.base.value['deprecated'] !== true) {
 *         report({ messageId: 'removed', data: { name: pair.key }, base: pair.base.pointer });
 *       }
 *     },
 *   },
 * });
 * const swagger = (paths: object) => ({ swagger: '2.0', info: { title: 'Tide Watch', version: '1.0' }, paths });
 * const base = { apiDefinition: swagger({ '/tides': { get: { operationId: 'GetTides', responses: {} } } }) };
 * const result = diffConnectors(base, { apiDefinition: swagger({}) }, { extraChecks: [noDeprecatedRemoval] });
 * console.log(result.changes.filter((change) => change.ruleId === 'bc-house-deprecated-first').length); // 1
 * ```
 */
export function defineCheck<M extends string>(check: DiffCheck<M>): DiffCheck<M> {
  return check;
}
