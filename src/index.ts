/**
 * connector-certify: offline certification checks for Microsoft Power Platform connectors.
 * This entry is browser-safe: it imports nothing from Node.
 * @packageDocumentation
 */
import type { ConnectorInput } from './parse/connector.js';
import type { ConnectorObjects } from './core/input.js';
import { validateWith, type ValidateOptions } from './core/validate.js';
import type { ValidationResult } from './core/types.js';
import { builtInRules } from './rules/index.js';

/**
 * Checks one connector against the certification rules of a profile.
 * Synchronous, pure and deterministic; never throws, whatever the input.
 */
export function validateConnector(input: ConnectorInput | ConnectorObjects, options?: ValidateOptions): ValidationResult {
  return validateWith(builtInRules, input, options);
}

export { parseConnector } from './parse/connector.js';
export type {
  BinaryFile,
  ConnectorFile,
  ConnectorFiles,
  ConnectorInput,
  FileRole,
  JsonFile,
  MarkdownFile,
  TextFile,
} from './parse/connector.js';
export type { MarkdownDocument, MarkdownHeading } from './parse/markdown.js';
export type { ConnectorObjects } from './core/input.js';
export type { BaselineEntry, ValidateOptions } from './core/validate.js';
export { defineRule, certification, everywhere } from './core/rule.js';
export type {
  ProfileSeverities,
  ReportDescriptor,
  Rule,
  RuleArea,
  RuleContext,
  RuleDocs,
  RuleMeta,
  RuleSeverityOverrides,
  Visitors,
} from './core/rule.js';
export type * from './core/nodes.js';
export type { RefFailure, RefResolution, RefResolver } from './core/refs.js';
export type { SchemaIssue } from './core/schema-check.js';
export { rules, type RuleInfo } from './core/catalogue.js';
export { format, formatNames, type FormatName, type FormatOptions } from './format/index.js';
export { checkReport, diffReport } from './format/report.js';
export type {
  CheckReport,
  DiffReport,
  DiffSide,
  FolderEntry,
  FolderResult,
  Formattable,
  ReportRule,
  SourceTexts,
  ToolInfo,
} from './format/report.js';
export { fingerprint } from './format/fingerprint.js';
export { diffConnectors, defineCheck, diffChecks } from './diff/index.js';
export type {
  Change,
  ChangeDescriptor,
  ChangeLevel,
  ChangeLocation,
  CheckArea,
  ConnectorPair,
  ConnectorSide,
  DiffCheck,
  DiffCheckDocs,
  DiffCheckInfo,
  DiffOptions,
  DiffResult,
  DiffVisitors,
  Direction,
  FieldDelta,
  FieldDeltaData,
  FieldDeltaKind,
  FileState,
  JsonDocument,
  OperationPair,
  OperationView,
  ParameterView,
  ReportChange,
  ResponseView,
} from './diff/index.js';
export { profiles, type Profile } from './core/profiles.js';
export type {
  Finding,
  FindingCounts,
  JsonPatchOperation,
  ConnectorTarget,
  ManualCheck,
  Position,
  ProfileId,
  Range,
  Severity,
  SeverityOrOff,
  ValidationResult,
} from './core/types.js';
