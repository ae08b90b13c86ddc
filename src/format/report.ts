import type { Finding, ManualCheck, ProfileId, Severity, ValidationResult } from '../core/types.js';
import type { Change, DiffResult } from '../diff/types.js';
import { toolName, version } from '../version.js';
import { compareText } from '../parse/order.js';

export interface ToolInfo {
  name: string;
  version: string;
}

/** Where users learn about the tool (SARIF `informationUri`). */
export const toolHomepage = 'https://github.com/connector-certify/connector-certify';

/** A rule or diff check that ran, for the formats that list them (SARIF rules, JUnit test cases). */
export interface ReportRule {
  id: string;
  /** One line: what the rule requires. */
  description: string;
  /** The level it reported at in this run. */
  severity: Severity;
  docsUrl?: string;
}

/** Source texts by file name, for code frames. Never part of the JSON document. */
export type SourceTexts = Record<string, string>;

/** One checked folder, as reported by the CLI. */
export interface FolderResult {
  /** The folder as given on the command line (or found below it with --recursive). */
  folder: string;
  profile: ProfileId;
  ok: boolean;
  findings: Finding[];
  manualChecks?: ManualCheck[];
  /** The rules that ran on this folder; without it, formats know only the rules that reported. */
  rules?: ReportRule[];
  sources?: SourceTexts;
}

/** What the formatters render for `check`: one result per connector folder, in the order given. */
export interface CheckReport {
  tool: ToolInfo;
  results: FolderResult[];
}

/**
 * A check report written as its folders come in, in report order: the text of each folder, then the rest. Formats
 * whose folder text stands alone give it at once, so the caller need not keep any folder's result after handing it on.
 */
export interface CheckReportWriter {
  folder(result: FolderResult): string;
  end(): string;
}

/** One side of a diff: the folder as given and, for `diff --base <rev>`, the git revision it was read at. */
export interface DiffSide {
  folder: string;
  gitRevision?: string;
  sources?: SourceTexts;
}

/** What the formatters render for `diff`. */
export interface DiffReport {
  tool: ToolInfo;
  breaking: boolean;
  changes: Change[];
  base?: DiffSide;
  revision?: DiffSide;
  /** The diff checks that ran; without it, formats know only the checks that reported. */
  checks?: ReportRule[];
}

/** Anything `format` renders: a report, or a bare library result. */
export type Formattable = CheckReport | DiffReport | ValidationResult | DiffResult;

export const toolInfo = (): ToolInfo => ({ name: toolName, version });

export interface FolderEntry {
  folder: string;
  result: ValidationResult;
  rules?: ReportRule[];
  sources?: SourceTexts;
}

/**
 * A report over several connector folders, for `format`: what the CLI renders for `check`.
 * @example
 * ```ts
 * import { checkReport, format, parseConnector, validateConnector } from 'connector-certify';
 *
 * const result = validateConnector(parseConnector({ 'apiDefinition.swagger.json': '{ "swagger": "2.0" }' }));
 * // One entry per folder; the report carries the tool's name and version, as the CLI's `--format json` does.
 * const report = checkReport([{ folder: 'connectors/Tide Watch', result }]);
 * console.log(format(report, 'markdown'));
 * ```
 */
export function checkReport(entries: FolderEntry[]): CheckReport {
  return { tool: toolInfo(), results: entries.map(folderResult) };
}

/** One folder of a check report. */
export function folderResult({ folder, result, rules, sources }: FolderEntry): FolderResult {
  return {
    folder,
    profile: result.profile,
    ok: result.ok,
    findings: result.findings,
    manualChecks: result.manualChecks,
    ...(rules && { rules }),
    ...(sources && { sources }),
  };
}

/**
 * A diff result with what was compared, for `format`: what the CLI renders for `diff`.
 * @example
 * ```ts
 * import { diffReport, format } from 'connector-certify';
 * import { diffConnectors } from 'connector-certify/diff';
 *
 * const swagger = (paths: object) => ({ swagger: '2.0', info: { title: 'Tide Watch', version: '1.0' }, paths });
 * const result = diffConnectors({ apiDefinition: swagger({ '/tides': { get: { operationId: 'GetTides', responses: {} } } }) }, { apiDefinition: swagger({}) });
 * // The sides name what was compared, as the CLI's `diff` does.
 * console.log(format(diffReport(result, { base: { folder: 'published/Tide Watch' }, revision: { folder: 'Tide Watch' } }), 'markdown'));
 * ```
 */
export function diffReport(
  result: DiffResult,
  sides: { base?: DiffSide; revision?: DiffSide; checks?: ReportRule[] } = {},
): DiffReport {
  return { tool: toolInfo(), breaking: result.breaking, changes: result.changes, ...sides };
}

export function isDiffReport(report: CheckReport | DiffReport): report is DiffReport {
  return Array.isArray((report as DiffReport).changes);
}

/** Wraps a bare `ValidationResult` or `DiffResult` so every formatter sees a report. */
export function toReport(input: Formattable): CheckReport | DiffReport {
  if ('results' in input && 'tool' in input) return input;
  if ('changes' in input) return 'tool' in input ? input : diffReport(input);
  return checkReport([{ folder: '', result: input }]);
}

/** The rules of a folder: those that ran plus any that reported without being listed (e.g. `internal-error`). */
export function rulesOf(rules: readonly ReportRule[] | undefined, reported: ReadonlyArray<Finding | Change>): ReportRule[] {
  const byId = new Map<string, ReportRule>();
  for (const rule of rules ?? []) byId.set(rule.id, rule);
  for (const item of reported) {
    if (!byId.has(item.ruleId)) {
      byId.set(item.ruleId, { id: item.ruleId, description: item.ruleId, severity: item.severity, docsUrl: item.docsUrl });
    }
  }
  return [...byId.values()].sort((a, b) => compareText(a.id, b.id));
}
