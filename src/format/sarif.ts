import type { Location, Log, ReportingDescriptor, Result, Run } from 'sarif';
import type { Range, Severity } from '../core/types.js';
import { changeAnchor } from './change-anchor.js';
import { fingerprint } from './fingerprint.js';
import { joinPath, relativeTo, toUri } from './paths.js';
import { rulesOf, toolHomepage, type CheckReport, type DiffReport, type ReportRule, type ToolInfo } from './report.js';

export interface SarifOptions {
  /** The working folder (absolute); absolute folder paths below it become relative artifact URIs. */
  root?: string;
}

const schemaUri = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Key of our fingerprint in `partialFingerprints`; bump the version if the fingerprint's inputs change. */
const fingerprintKey = 'connectorCertify/v1';

const levels: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note' };

/** SARIF 2.1.0: one run, one rule descriptor per rule that ran, one result per finding. */
export function formatSarif(report: CheckReport, options: SarifOptions = {}): string {
  const ran = rulesOf(report.results.flatMap((r) => r.rules ?? []), report.results.flatMap((r) => r.findings));
  const index = new Map(ran.map((rule, i) => [rule.id, i]));
  const results: Result[] = [];
  for (const { folder, findings } of report.results) {
    for (const finding of findings) {
      const path = relativeTo(joinPath(folder, finding.file), options.root);
      results.push({
        ruleId: finding.ruleId,
        ruleIndex: index.get(finding.ruleId)!,
        level: levels[finding.severity],
        message: { text: finding.message },
        locations: [location(path, finding.range)],
        partialFingerprints: { [fingerprintKey]: fingerprint(finding, folder) },
        ...(finding.pointer && { properties: { pointer: finding.pointer } }),
      });
    }
  }
  return serialize(run(report.tool, ran, results));
}

/** SARIF 2.1.0 for a diff: a result per change, located in the new version where the thing still exists. */
export function formatSarifDiff(report: DiffReport, options: SarifOptions = {}): string {
  const ran = rulesOf(report.checks, report.changes);
  const index = new Map(ran.map((rule, i) => [rule.id, i]));
  const results = report.changes.map((change): Result => {
    const at = changeAnchor(change, report);
    const path = relativeTo(at.path, options.root);
    return {
      ruleId: change.ruleId,
      ruleIndex: index.get(change.ruleId)!,
      level: levels[change.severity],
      message: { text: change.message },
      locations: [location(path, at.range)],
      partialFingerprints: { [fingerprintKey]: fingerprint({ ...change, file: path, pointer: at.pointer }) },
      properties: {
        level: change.level,
        ...(change.operationId !== undefined && { operationId: change.operationId }),
      },
    };
  });
  return serialize(run(report.tool, ran, results));
}

function run(tool: ToolInfo, rules: ReportRule[], results: Result[]): Run {
  return {
    tool: {
      driver: {
        name: tool.name,
        version: tool.version,
        semanticVersion: tool.version,
        informationUri: toolHomepage,
        rules: rules.map(descriptor),
      },
    },
    columnKind: 'utf16CodeUnits',
    results,
  };
}

function descriptor(rule: ReportRule): ReportingDescriptor {
  return {
    id: rule.id,
    shortDescription: { text: rule.description },
    ...(rule.docsUrl && { helpUri: rule.docsUrl }),
    defaultConfiguration: { level: levels[rule.severity] },
  };
}

function location(path: string, range: Range | undefined): Location {
  return {
    physicalLocation: {
      artifactLocation: { uri: toUri(path) },
      ...(range && {
        region: {
          startLine: range.start.line,
          startColumn: range.start.column,
          endLine: range.end.line,
          endColumn: range.end.column,
        },
      }),
    },
  };
}

function serialize(run: Run): string {
  const log: Log = { $schema: schemaUri, version: '2.1.0', runs: [run] };
  return JSON.stringify(log, null, 2) + '\n';
}
