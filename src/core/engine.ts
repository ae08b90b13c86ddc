import { withoutGuessedValues, type ConnectorFile, type ConnectorInput, type FileRole } from '../parse/connector.js';
import type { NodeKinds } from './nodes.js';
import { RefResolver } from './refs.js';
import type { ReportDescriptor, Rule, RuleContext } from './rule.js';
import { checkSchema, type SchemaIssue } from './schema-check.js';
import type { Finding, ProfileId, Range, Severity } from './types.js';
import { isObject, walkApiDefinition, walkApiProperties, type Dispatch, type Emit } from './walk.js';
import { reasonOf } from '../parse/errors.js';

export const docsBaseUrl = 'https://github.com/connector-certify/connector-certify/blob/main/docs/rules/';

/** A rule to run, with the severity it reports at. */
export interface ActiveRule {
  rule: Rule;
  severity: Severity;
}

/** A finding plus the message id that produced it (used by the rule tester). */
export interface Report {
  finding: Finding;
  messageId: string;
}

type Handler = { rule: ActiveRule; visit: (node: never) => void };

const nodeKinds: ReadonlyArray<keyof NodeKinds> = [
  'connector', 'file', 'apiDefinition', 'pathItem', 'operation', 'parameter', 'response', 'schema', 'ref', 'extension',
  'securityDefinition', 'apiProperties', 'connectionParameter', 'policyTemplate', 'readme', 'readmeSection', 'script',
  'connectorEnd',
];

/**
 * Runs rules over one connector: one walk per file, each node dispatched to the rules that subscribed to its kind.
 * A rule that throws is reported as `internal-error` and skipped for the rest of the run.
 */
export function runRules(given: ConnectorInput, rules: ActiveRule[], profile: ProfileId): Report[] {
  const input = withoutGuessedValues(given);
  const reports: Report[] = [];
  // The visitors of each kind, fixed before the walk: a kind nobody listens to costs nothing.
  const handlers = Object.fromEntries(nodeKinds.map((kind) => [kind, [] as Handler[]])) as Record<keyof NodeKinds, Handler[]>;
  const apiDefinition = primaryFile(input, 'apiDefinition');
  const refs = new RefResolver(apiDefinition?.type === 'json' ? apiDefinition.value : undefined);
  const schemaIssues = new Map<string, SchemaIssue[]>();
  let currentFile: ConnectorFile | undefined;

  const internalError = (active: ActiveRule, error: unknown) => {
    const { id } = active.rule.meta;
    // New lists, so that a dispatch loop in progress goes on over the list it holds.
    for (const kind of nodeKinds) handlers[kind] = handlers[kind].filter((handler) => handler.rule.rule.meta.id !== id);
    const reason = reasonOf(error);
    reports.push({
      messageId: 'internal-error',
      finding: {
        ruleId: 'internal-error',
        severity: 'error',
        message: `Rule '${id}' failed on this connector (${reason}); please report it.`,
        file: currentFile?.name ?? '',
        pointer: '',
      },
    });
  };

  for (const active of rules) {
    const docsUrl = `${docsBaseUrl}${active.rule.meta.id}.md`; // one string for all the rule's findings
    const context: RuleContext = {
      profile,
      input,
      get file() {
        return currentFile;
      },
      fileOf: (role) => primaryFile(input, role),
      refs,
      schemaIssues(role) {
        let issues = schemaIssues.get(role);
        if (!issues) {
          const file = primaryFile(input, role);
          issues = file?.type === 'json' && file.value !== undefined ? checkSchema(role, file.value) : [];
          schemaIssues.set(role, issues);
        }
        return issues;
      },
      report: (descriptor) => reports.push(toReport(active, docsUrl, descriptor, input, currentFile)),
    };
    let visitors;
    try {
      visitors = active.rule.create(context);
    } catch (error) {
      internalError(active, error);
      continue;
    }
    for (const [kind, visit] of Object.entries(visitors) as Array<[keyof NodeKinds, (node: never) => void]>) {
      if (typeof visit === 'function' && Object.prototype.hasOwnProperty.call(handlers, kind)) handlers[kind].push({ rule: active, visit });
    }
  }

  const emit: Emit = (kind, node) => {
    const list = handlers[kind];
    for (let i = 0; i < list.length; i++) {
      const handler = list[i]!;
      try {
        handler.visit(node as never);
      } catch (error) {
        internalError(handler.rule, error);
      }
    }
  };
  const dispatch: Dispatch = { emit, has: (kind) => handlers[kind].length > 0 };

  emit('connector', { input });
  for (const file of input.files) {
    currentFile = file;
    emit('file', { file });
    if (file.type === 'json' && isObject(file.value) && file === primaryFile(input, file.role)) {
      if (file.role === 'apiDefinition') walkApiDefinition(file, file.value, refs, dispatch);
      else if (file.role === 'apiProperties') walkApiProperties(file, file.value, emit);
    } else if (file.type === 'markdown' && file.role === 'readme') {
      emit('readme', { file });
      for (const heading of file.document.allHeadings) emit('readmeSection', { file, heading });
    } else if (file.type === 'text' && file.role === 'script') {
      emit('script', { file });
    }
  }
  currentFile = undefined;
  emit('connectorEnd', { input });
  return reports;
}

/** The file that plays a role: the one with the exact canonical name first, else the first by name. */
export function primaryFile(input: ConnectorInput, role: FileRole): ConnectorFile | undefined {
  let found: ConnectorFile | undefined;
  for (const file of input.files) {
    if (file.role !== role) continue;
    if (canonicalNames[role] === file.name) return file;
    found ??= file;
  }
  return found;
}

const canonicalNames: Partial<Record<FileRole, string>> = {
  apiDefinition: 'apiDefinition.swagger.json',
  apiProperties: 'apiProperties.json',
};

function toReport(active: ActiveRule, docsUrl: string, descriptor: ReportDescriptor, input: ConnectorInput, current: ConnectorFile | undefined): Report {
  const { meta } = active.rule;
  const file = descriptor.file === undefined ? current : input.files.find((f) => f.name === descriptor.file);
  const template = meta.messages[descriptor.messageId] ?? descriptor.messageId;
  const finding: Finding = {
    ruleId: meta.id,
    severity: active.severity,
    message: fillTemplate(template, descriptor.data),
    file: file?.name ?? descriptor.file ?? '',
    pointer: descriptor.pointer,
  };
  const range = file && rangeFor(file, descriptor);
  if (range) finding.range = range;
  finding.docsUrl = docsUrl;
  if (descriptor.fix) finding.fix = descriptor.fix;
  return { finding, messageId: descriptor.messageId };
}

function rangeFor(file: ConnectorFile, descriptor: ReportDescriptor): Range | undefined {
  if (file.type === 'binary') return undefined;
  const { span } = descriptor;
  if (span && 'line' in span) return file.lineRange(span.line);
  if (span) return file.rangeOf(span.offset, span.length);
  if (file.type === 'json') return file.locate(descriptor.pointer, descriptor.target);
  return undefined;
}

export function fillTemplate(template: string, data: Record<string, string | number> | undefined): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    data && Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : whole,
  );
}
