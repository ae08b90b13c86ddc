/**
 * connector-certify: offline certification checks for Microsoft Power Platform connectors.
 * This entry is browser-safe: it imports nothing from Node.
 * @packageDocumentation
 */
import type { ConnectorInput } from './parse/connector.js';
import type { ConnectorDocuments, ConnectorObjects } from './core/input.js';
import { validateWith, type ValidateOptions } from './core/validate.js';
import type { ValidationResult } from './core/types.js';
import { builtInRules } from './rules/index.js';

/**
 * Checks one connector against the certification rules of a profile. Synchronous, pure and deterministic.
 *
 * Whatever the connector holds (any JSON value as a document, any bytes or text as a file, files over the
 * {@link Limits}), the answer is findings, never an exception. It throws {@link InvalidArgumentError} only for a
 * programming mistake: an unknown option, profile, rule id or severity, a malformed baseline or extra rule, or an
 * `input` that is neither a `ConnectorInput` nor an object of documents.
 *
 * Findings are sorted by file name, then line and column, then rule id and message; findings without a position
 * (documents given as objects) come first in their file, by pointer.
 *
 * @example
 * ```ts
 * const result = validateConnector(parseConnector({ 'apiDefinition.swagger.json': text }), { profile: 'certified' });
 * if (!result.ok) for (const f of result.findings) console.log(`${f.file}:${f.range?.start.line} ${f.ruleId} ${f.message}`);
 * ```
 */
export function validateConnector(
  input: ConnectorInput | ConnectorDocuments | ConnectorObjects,
  options?: ValidateOptions,
): ValidationResult {
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
  ParseOptions,
  TextFile,
  UnreadReason,
} from './parse/connector.js';
export { defaultLimits, type Limits } from './parse/limits.js';
export { InvalidArgumentError } from './core/errors.js';
export type * from './core/documents.js';
export type { MarkdownDocument, MarkdownHeading } from './parse/markdown.js';
export type { ConnectorDocuments, ConnectorObjects } from './core/input.js';
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
  ManualCheck,
  Position,
  ProfileId,
  Range,
  Severity,
  SeverityOrOff,
  ValidationResult,
} from './core/types.js';
