/**
 * connector-certify: offline certification checks for Microsoft Power Platform connectors.
 * This entry is browser-safe: it imports nothing from Node.
 * @packageDocumentation
 * @module connector-certify
 */
import type { ConnectorInput } from './parse/connector.js';
import type { ConnectorDocuments, ConnectorObjects } from './core/input.js';
import { validateWith, type ValidateOptions } from './core/validate.js';
import type { ValidationResult } from './core/types.js';
import { builtInRules } from './rules/index.js';

/**
 * Checks one connector against the certification rules of a profile and returns its findings.
 *
 * `input` is what `parseConnector` returns (file contents: findings then carry a line and column) or plain objects
 * (`{ apiDefinition, apiProperties, readme, script }`: findings carry a file and JSON pointer only). The profile
 * (`independent-publisher` by default) decides which rules run and at what severity; `options.rules` overrides a
 * rule's severity or turns it off, `options.baseline` hides findings accepted earlier (matched on rule id, file and
 * pointer, so they survive edits elsewhere), and `options.extraRules` adds rules written with `defineRule`.
 *
 * The result's `ok` is false iff an error-level finding remains; `findings` are sorted and each names its rule,
 * severity, file, pointer and a message that says what to change; `counts` totals them by severity; `manualChecks`
 * lists the requirements that only a person can confirm. Synchronous, pure and deterministic; it never mutates its
 * input.
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
 * import { parseConnector, validateConnector } from 'connector-certify';
 *
 * const input = parseConnector({
 *   'apiDefinition.swagger.json': '{ "swagger": "2.0", "info": { "title": "Tide Watch API", "version": "1.0" }, "paths": {} }',
 * });
 * const result = validateConnector(input, { profile: 'certified', rules: { 'readme-exists': 'off' } });
 * console.log(result.ok, result.counts); // false { error: …, warning: …, info: … }
 * for (const { ruleId, severity, range, message } of result.findings) {
 *   console.log(`${severity} ${ruleId} at line ${range?.start.line}: ${message}`);
 * }
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
export { InvalidArgumentError } from './parse/errors.js';
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
export { rules, type RuleInfo } from './rules/catalogue.js';
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
export { applyFixes, fixEdits } from './fix/index.js';
export type { FixEdits, FixResult, FixSkipReason, SkippedFix, TextEdit } from './fix/index.js';
// The diff runtime is the `connector-certify/diff` entry (a page that only checks should not ship it); these types stay
// because `diffReport` and `format` here take a diff result.
export type { Change, ChangeLevel, ChangeLocation, DiffResult } from './diff/types.js';
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
