/**
 * The breaking-change diff: compare two versions of a connector, and write diff checks of your own. Its own entry so
 * that a page that only checks connectors does not ship it; browser-safe like the main entry.
 * @packageDocumentation
 * @module connector-certify/diff
 */
import { InvalidArgumentError } from '../parse/errors.js';
import { isParsed } from '../core/validate.js';
import { toConnectorInput, type ConnectorObjects } from '../core/input.js';
import type { ConnectorInput } from '../parse/connector.js';
import { resolveLimits } from '../parse/limits.js';
import { builtInChecks } from './checks/index.js';
import { checkDiffOptions, type DiffOptions } from './options.js';
import { diffWith } from './run.js';
import type { DiffResult } from './types.js';

/**
 * Compares two versions of a connector and reports what changes for flows built on the base version. Operations are
 * matched by operationId, parameters by name and location, schemas structurally through `$ref`s.
 * Synchronous, pure and deterministic. Never throws for what the documents hold; throws
 * {@link InvalidArgumentError} for a programming mistake: an unknown option, check id or level, or an input that is
 * neither a `ConnectorInput` nor an object of documents.
 * @example
 * ```ts
 * import { diffConnectors } from 'connector-certify/diff';
 *
 * const swagger = (paths: object) => ({ swagger: '2.0', info: { title: 'Tide Watch', version: '1.0' }, paths });
 * const getTides = { get: { operationId: 'GetTides', responses: { '200': { description: 'OK' } } } };
 * const { breaking, changes } = diffConnectors({ apiDefinition: swagger({ '/tides': getTides }) }, { apiDefinition: swagger({}) });
 * console.log(breaking); // true: flows that call GetTides stop working
 * console.log(changes.map((change) => `${change.level} ${change.ruleId}: ${change.message}`));
 * ```
 */
export function diffConnectors(
  base: ConnectorInput | ConnectorObjects,
  revision: ConnectorInput | ConnectorObjects,
  options?: DiffOptions,
): DiffResult {
  const { limits, ...checkOptions } = checkDiffOptions(builtInChecks, options);
  if (limits !== undefined && (isParsed(base) || isParsed(revision))) {
    throw new InvalidArgumentError('options.limits', 'the inputs are already parsed; pass limits to parseConnector instead.');
  }
  const resolved = resolveLimits(limits);
  return diffWith(builtInChecks, toConnectorInput(base, resolved, 'base'), toConnectorInput(revision, resolved, 'revision'), checkOptions);
}

export { defineCheck } from './check.js';
export type { ChangeDescriptor, CheckArea, ConnectorPair, DiffCheck, DiffCheckDocs, DiffVisitors, ReportChange } from './check.js';
export { diffChecks, type DiffCheckInfo } from './catalogue.js';
export type { DiffOptions } from './options.js';
export type { Direction, FieldDelta, FieldDeltaData, FieldDeltaKind } from './delta.js';
export type { OperationPair } from './match-operations.js';
export type { ConnectorSide, FileState, JsonDocument, OperationView, ParameterView, ResponseView } from './side.js';
export type { Change, ChangeLevel, ChangeLocation, DiffResult } from './types.js';
