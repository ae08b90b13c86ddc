import { canonicalNames, withoutGuessedValues, type ConnectorFile, type ConnectorInput, type FileRole } from '../parse/connector.js';
import type { ExtensionNode } from './nodes.js';
import { RefResolver } from './refs.js';
import { extensionKeyPrefix, type ReportDescriptor, type Rule, type RuleContext, type Visitors } from './rule.js';
import { checkSchema, type SchemaIssue } from './schema-check.js';
import type { Finding, ProfileId, Range, Severity } from './types.js';
import { isObject, walkApiDefinition, walkApiProperties, type Dispatch, type Emit, type EmittedKind } from './walk.js';
import { reasonOf } from '../parse/errors.js';

export const docsBaseUrl = 'https://github.com/connector-certify/connector-certify/blob/main/docs/rules/';

/** A rule to run, with the severity it reports at. */
export interface ActiveRule {
  rule: Rule;
  severity: Severity;
  /** Report without ranges: the CLI's report prints none of this rule's (`validateWith`'s `chosen`). */
  bare?: boolean;
}

/** A finding plus the message id that produced it (used by the rule tester). */
export interface Report {
  finding: Finding;
  messageId: string;
}

const nodeKinds: ReadonlyArray<EmittedKind> = [
  'connector', 'file', 'apiDefinition', 'pathItem', 'operation', 'parameter', 'response', 'schema', 'ref',
  'securityDefinition', 'apiProperties', 'connectionParameter', 'policyTemplate', 'readme', 'readmeSection', 'script',
  'connectorEnd',
];

type Visit = (node: never) => void;

/** A visitor of extensions: of every name (`extension`), or of one (`'extension:x-ms-summary'`). */
interface ExtensionVisitor {
  name: string | undefined;
  visit: Visit;
  active: ActiveRule;
}

/**
 * What the rules of one run share, built once per run: the ~250 contexts of a run used to make their own closures,
 * getter and docs link each, a good part of the garbage of validating a small connector.
 */
class RunState {
  file: ConnectorFile | undefined = undefined;
  readonly reports: Report[] = [];
  readonly refs: RefResolver;
  readonly fileOf: (role: FileRole) => ConnectorFile | undefined;
  readonly schemaIssues: (role: 'apiDefinition' | 'apiProperties' | 'settings') => SchemaIssue[];

  constructor(
    readonly input: ConnectorInput,
    readonly profile: ProfileId,
  ) {
    const apiDefinition = primaryFile(input, 'apiDefinition');
    this.refs = new RefResolver(apiDefinition?.type === 'json' ? apiDefinition.value : undefined);
    this.fileOf = (role) => primaryFile(input, role);
    const issues = new Map<string, SchemaIssue[]>();
    this.schemaIssues = (role) => {
      let found = issues.get(role);
      if (!found) {
        const file = primaryFile(input, role);
        found = file?.type === 'json' && file.value !== undefined ? checkSchema(role, file.value) : [];
        issues.set(role, found);
      }
      return found;
    };
  }
}

/** A rule's view of the run. Its functions are own properties, so a rule may pass `context.report` on unbound. */
class RunContext implements RuleContext {
  readonly profile: ProfileId;
  readonly input: ConnectorInput;
  readonly refs: RefResolver;
  readonly fileOf: RunState['fileOf'];
  readonly schemaIssues: RunState['schemaIssues'];
  readonly report: (descriptor: ReportDescriptor) => void;
  readonly #run: RunState;

  constructor(run: RunState, active: ActiveRule) {
    this.#run = run;
    this.profile = run.profile;
    this.input = run.input;
    this.refs = run.refs;
    this.fileOf = run.fileOf;
    this.schemaIssues = run.schemaIssues;
    this.report = (descriptor) => run.reports.push(toReport(active, descriptor, run.input, run.file));
  }

  get file(): ConnectorFile | undefined {
    return this.#run.file;
  }
}

/**
 * Runs rules over one connector: one walk per file, each node dispatched to the rules that subscribed to its kind.
 * A rule that throws is reported as `internal-error` and skipped for the rest of the run.
 */
export function runRules(given: ConnectorInput, rules: readonly ActiveRule[], profile: ProfileId): Report[] {
  const input = withoutGuessedValues(given);
  const run = new RunState(input, profile);
  const { reports, refs } = run;
  // The visitors of each kind and the rules they belong to, two lists kept in step, fixed before the walk: a kind
  // nobody listens to costs nothing.
  const visits = {} as Record<EmittedKind, Visit[]>;
  const owners = {} as Record<EmittedKind, ActiveRule[]>;
  for (const kind of nodeKinds) {
    visits[kind] = [];
    owners[kind] = [];
  }
  // Extension visitors, plain (every name) and keyed by one name, in rule order; the list for a name is made when the
  // walk first meets it, so each extension reaches only the rules that want its name, as it would have in rule order.
  let extensionVisitors: ExtensionVisitor[] = [];
  const extensionRoutes = new Map<string, ((node: ExtensionNode) => void) | null>();

  const internalError = (active: ActiveRule, error: unknown) => {
    // New lists, so that a dispatch loop in progress goes on over the ones it holds.
    for (const kind of nodeKinds) {
      const list = owners[kind];
      visits[kind] = visits[kind].filter((_, i) => list[i] !== active);
      owners[kind] = list.filter((owner) => owner !== active);
    }
    extensionVisitors = extensionVisitors.filter((entry) => entry.active !== active);
    extensionRoutes.clear();
    const reason = reasonOf(error);
    reports.push({
      messageId: 'internal-error',
      finding: {
        ruleId: 'internal-error',
        severity: 'error',
        message: `Rule '${active.rule.meta.id}' failed on this connector (${reason}); please report it.`,
        file: run.file?.name ?? '',
        pointer: '',
      },
    });
  };

  for (const active of rules) {
    let visitors: Visitors;
    try {
      visitors = active.rule.create(new RunContext(run, active));
    } catch (error) {
      internalError(active, error);
      continue;
    }
    // for-in rather than Object.entries: no array of pairs per rule and run.
    for (const key in visitors) {
      const visit = (visitors as Record<string, unknown>)[key];
      if (typeof visit !== 'function' || !Object.hasOwn(visitors, key)) continue;
      if (key === 'extension' || key.startsWith(extensionKeyPrefix)) {
        const name = key === 'extension' ? undefined : key.slice(extensionKeyPrefix.length);
        extensionVisitors.push({ name, visit: visit as Visit, active });
      } else if (Object.hasOwn(visits, key)) {
        visits[key as EmittedKind].push(visit as Visit);
        owners[key as EmittedKind].push(active);
      }
    }
  }

  // The lists as they are at the call: a rule that throws replaces them, and the loop goes on over these.
  const send = (list: Visit[], rulesOf: ActiveRule[], node: unknown) => {
    // One try around the loop, entered again after a rule throws, rather than one per visitor call.
    for (let i = 0; i < list.length; i++) {
      try {
        for (; i < list.length; i++) list[i]!(node as never);
      } catch (error) {
        internalError(rulesOf[i]!, error);
      }
    }
  };
  const emit: Emit = (kind, node) => send(visits[kind], owners[kind], node);
  const extensionTo = (name: string) => {
    let route = extensionRoutes.get(name);
    if (route === undefined) {
      const list: Visit[] = [];
      const rulesOf: ActiveRule[] = [];
      for (const entry of extensionVisitors) {
        if (entry.name !== undefined && entry.name !== name) continue;
        list.push(entry.visit);
        rulesOf.push(entry.active);
      }
      route = list.length > 0 ? (node: ExtensionNode) => send(list, rulesOf, node) : null;
      extensionRoutes.set(name, route);
    }
    return route ?? undefined;
  };
  const dispatch: Dispatch = {
    emit,
    has: (kind) => (kind === 'extension' ? extensionVisitors.length > 0 : visits[kind].length > 0),
    extensionTo,
  };

  emit('connector', { input });
  for (const file of input.files) {
    run.file = file;
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
  run.file = undefined;
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

/** One docs link per rule, made on its first finding. */
const docsUrls = new WeakMap<Rule, string>();

function docsUrlOf(rule: Rule): string {
  let url = docsUrls.get(rule);
  if (url === undefined) {
    url = `${docsBaseUrl}${rule.meta.id}.md`;
    docsUrls.set(rule, url);
  }
  return url;
}

function toReport(active: ActiveRule, descriptor: ReportDescriptor, input: ConnectorInput, current: ConnectorFile | undefined): Report {
  const { meta } = active.rule;
  const file = descriptor.file === undefined ? current : input.files.find((f) => f.name === descriptor.file);
  const template = meta.messages[descriptor.messageId] ?? descriptor.messageId;
  const ruleId = meta.id;
  const severity = active.severity;
  const message = fillTemplate(template, descriptor.data);
  const name = file?.name ?? descriptor.file ?? '';
  const pointer = descriptor.pointer;
  const range = file && !active.bare && rangeFor(file, descriptor);
  const docsUrl = docsUrlOf(active.rule);
  // Whole literals, in the fields' order: a field added afterwards goes to a separate property store, one more object
  // per finding for the collector to copy.
  const finding: Finding = range
    ? { ruleId, severity, message, file: name, pointer, range, docsUrl }
    : { ruleId, severity, message, file: name, pointer, docsUrl };
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

/**
 * Fills each `{name}` (a name of ASCII letters, digits and `_`) whose name `data` holds; other braces stay as written.
 * A loop over `indexOf`, not `replace` with a callback: this runs for every finding, and the callback's arguments were
 * a good part of the garbage a corpus run leaves.
 */
export function fillTemplate(template: string, data: Record<string, string | number> | undefined): string {
  // Without data every placeholder stays as written: nothing to search for.
  if (data === undefined) return template;
  let open = template.indexOf('{');
  let filled = '';
  let from = 0;
  while (open !== -1) {
    let end = open + 1;
    while (end < template.length && isWordCode(template.charCodeAt(end))) end++;
    if (end > open + 1 && template.charCodeAt(end) === 0x7d) {
      const name = template.slice(open + 1, end);
      if (Object.hasOwn(data, name)) {
        filled += template.slice(from, open) + String(data[name]);
        from = end + 1;
      }
    }
    // A name holds no brace, so the next placeholder starts after this one's name.
    open = template.indexOf('{', end);
  }
  return from === 0 ? template : filled + template.slice(from);
}

/** `\w` of a regular expression without the `u` flag. */
function isWordCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f;
}
