import type { ConnectorObjects } from '../core/input.js';
import type { ConnectorInput } from '../parse/connector.js';
import { builtInChecks } from './checks/index.js';
import { diffWith, type DiffOptions } from './run.js';
import type { DiffResult } from './types.js';

/**
 * Compares two versions of a connector and reports what changes for flows built on the base version. Operations are
 * matched by operationId, parameters by name and location, schemas structurally through `$ref`s.
 * Synchronous, pure and deterministic; never throws, whatever the input.
 * @example
 * ```ts
 * import { diffConnectors } from 'connector-certify';
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
  return diffWith(builtInChecks, base, revision, options);
}

export { defineCheck } from './check.js';
export type { ChangeDescriptor, CheckArea, ConnectorPair, DiffCheck, DiffCheckDocs, DiffVisitors, ReportChange } from './check.js';
export { diffChecks, type DiffCheckInfo } from './catalogue.js';
export type { DiffOptions } from './run.js';
export type { Direction, FieldDelta, FieldDeltaData, FieldDeltaKind } from './delta.js';
export type { OperationPair } from './match-operations.js';
export type { ConnectorSide, FileState, JsonDocument, OperationView, ParameterView, ResponseView } from './side.js';
export type { Change, ChangeLevel, ChangeLocation, DiffResult } from './types.js';
