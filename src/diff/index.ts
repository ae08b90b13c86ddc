import type { ConnectorObjects } from '../core/input.js';
import type { ConnectorInput } from '../parse/connector.js';
import { builtInChecks } from './checks/index.js';
import { diffWith, type DiffOptions } from './run.js';
import type { DiffResult } from './types.js';

/**
 * Compares two versions of a connector and reports what changes for flows built on the base version. Operations are
 * matched by operationId, parameters by name and location, schemas structurally through `$ref`s.
 * Synchronous, pure and deterministic; never throws, whatever the input.
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
