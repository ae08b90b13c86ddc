import { docsBaseUrl } from '../core/engine.js';
import type { Severity } from '../core/types.js';
import { canonicalNames, type ConnectorInput, type JsonFile } from '../parse/connector.js';
import type { ChangeDescriptor, ConnectorPair, DiffCheck, ReportChange } from './check.js';
import { FieldComparer } from './compare-fields.js';
import type { FieldDelta } from './delta.js';
import { matchOperations, type OperationPair } from './match-operations.js';
import { operationFields } from './operation-fields.js';
import { buildSide, type ConnectorSide, type OperationView } from './side.js';
import { maskTokens } from './mask.js';
import { isInternal } from './values.js';
import type { Change, ChangeLevel, ChangeLocation, DiffResult } from './types.js';
import { reasonOf } from '../parse/errors.js';
import { compareText } from '../parse/order.js';

export interface DiffOptions {
  /** Per-check level, or `'off'` to skip the check. */
  checks?: Record<string, ChangeLevel | 'off'>;
  /** Checks written with `defineCheck`, run with the built-in ones. */
  extraChecks?: DiffCheck[];
}

/** Where the generated page of each diff check lives. */
export const diffDocsBaseUrl = docsBaseUrl.replace(/rules\/$/, 'diff/');

const severities: Record<ChangeLevel, Severity> = { breaking: 'error', warning: 'warning', info: 'info' };
const levelOrder: Record<ChangeLevel, number> = { breaking: 0, warning: 1, info: 2 };

/** Runs diff checks over two versions of a connector. Never throws: a failing check becomes an `internal-error` warning. */
export function diffWith(
  checks: readonly DiffCheck[],
  base: ConnectorInput,
  revision: ConnectorInput,
  options: DiffOptions = {},
): DiffResult {
  const changes: Change[] = [];
  const pair = connectorPair(buildSide(base), buildSide(revision));
  // Checks turned off still run, unseen, so that a check speaking only when nothing else did stays silent about them.
  const active = [...checks, ...(options.extraChecks ?? [])];
  const silenced: Change[] = [];
  const run = (what: string, call: () => void) => {
    try {
      call();
    } catch (error) {
      changes.push(internalError(what, error));
    }
  };
  const reporter = (check: DiffCheck, operation?: OperationPair, delta?: FieldDelta): ReportChange => (descriptor) =>
    (options.checks?.[check.id] === 'off' ? silenced : changes).push(
      toChange(check, limitLevel(check, descriptor, operation, delta), pair, operation, options.checks?.[check.id]),
    );

  const checkName = (check: DiffCheck) => `Check '${check.id}'`;
  for (const check of active) run(checkName(check), () => check.visit.connector?.(pair, reporter(check)));
  if (pair.comparable('apiDefinition')) {
    const comparer = new FieldComparer(pair.base.refs, pair.revision.refs);
    const seen = new Set<string>();
    const fieldChecks = active.filter((check) => check.visit.field);
    for (const operation of matchOperations(pair.base, pair.revision)) {
      for (const check of active) run(checkName(check), () => check.visit.operation?.(operation, reporter(check, operation), pair));
      if (!operation.base || !operation.revision || fieldChecks.length === 0) continue;
      const deltas: FieldDelta[] = [];
      const both = operation as OperationPair & { base: OperationView; revision: OperationView };
      run(`Comparing the fields of '${operation.key}'`, () => operationFields(both, comparer, seen, (d) => deltas.push(d)));
      for (const check of fieldChecks) {
        run(checkName(check), () => deltas.forEach((delta) => check.visit.field!(delta, reporter(check, operation, delta), pair)));
      }
    }
  }
  const reported = [...changes, ...silenced];
  for (const check of active) run(checkName(check), () => check.visit.end?.(pair, reporter(check), reported));
  const sorted = dedupe(changes).sort(compareChanges);
  return { breaking: sorted.some((change) => change.level === 'breaking'), changes: sorted };
}

/**
 * Caps what flows cannot feel. A key inside a dictionary or free-form value is not bound by name, so flows send and
 * read it as before (info at most). An operation that was internal is called by no flow, only by dynamic dropdowns
 * and schemas of other operations: they may show other choices, but no flow run breaks (warning at most).
 */
function limitLevel(check: DiffCheck, descriptor: ChangeDescriptor, operation?: OperationPair, delta?: FieldDelta): Limited {
  const level = descriptor.level ?? check.level;
  if (level === 'info') return descriptor;
  if (delta?.freeForm) return { ...descriptor, level: 'info', note: freeFormNote };
  if (level === 'breaking' && operation?.base && isInternal(operation.base.value)) {
    return { ...descriptor, level: 'warning', note: internalNote(operation.base.key) };
  }
  return descriptor;
}

type Limited = ChangeDescriptor & { note?: string };

const freeFormNote = 'It is a key inside a dictionary or free-form value, which flows send and read as before, so this is not breaking.';
const internalNote = (id: string) =>
  `'${id}' was internal in the base: no flow calls it directly, so this is not breaking for flows, but dynamic dropdowns or schemas built on it may change.`;

function connectorPair(base: ConnectorSide, revision: ConnectorSide): ConnectorPair {
  return {
    base,
    revision,
    comparable(role) {
      const from = base[role].state;
      const to = revision[role].state;
      const readableBase = from === 'ok' || from === 'recovered' || (from === 'absent' && role === 'apiDefinition');
      return readableBase && (to === 'ok' || to === 'recovered');
    },
  };
}

function toChange(
  check: DiffCheck,
  descriptor: Limited,
  pair: ConnectorPair,
  operation: OperationPair | undefined,
  override: ChangeLevel | 'off' | undefined,
): Change {
  const level = override && override !== 'off' ? override : (descriptor.level ?? check.level);
  const template = check.messages[descriptor.messageId] ?? descriptor.messageId;
  const data = descriptor.data ?? {};
  const filled = template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    // Every value a message quotes is masked, whichever check wrote it.
    Object.hasOwn(data, name) ? maskTokens(String(data[name])) : whole,
  );
  const message = descriptor.note ? `${filled} ${descriptor.note}` : filled;
  const role = descriptor.file ?? 'apiDefinition';
  const op = operation?.revision ?? operation?.base;
  const operationId = operation?.base?.operationId ?? operation?.revision?.operationId;
  return {
    ruleId: check.id,
    level,
    severity: severities[level],
    message,
    ...(operationId !== undefined && { operationId }),
    ...(op && { method: op.method, path: op.path }),
    ...(descriptor.base !== undefined && { base: locate(pair.base, role, descriptor.base) }),
    ...(descriptor.revision !== undefined && { revision: locate(pair.revision, role, descriptor.revision) }),
    docsUrl: `${diffDocsBaseUrl}${check.id}.md`,
  };
}

/** Located places by side, role and pointer: changes in a shared definition repeat the same few pointers. */
const located = new WeakMap<ConnectorSide, Map<string, ChangeLocation>>();

function locate(side: ConnectorSide, role: NonNullable<ChangeDescriptor['file']>, pointer: string): ChangeLocation {
  let cache = located.get(side);
  if (!cache) located.set(side, (cache = new Map()));
  const key = `${role}\u0000${pointer}`;
  let found = cache.get(key);
  if (!found) {
    const file = side.fileOf(role);
    const range = file?.type === 'json' ? (file as JsonFile).locate(pointer) : undefined;
    found = { file: file?.name ?? canonicalNames[role] ?? role, pointer, ...(range && { range }) };
    cache.set(key, found);
  }
  return { ...found };
}

function internalError(what: string, error: unknown): Change {
  const reason = reasonOf(error);
  return {
    ruleId: 'internal-error',
    level: 'warning',
    severity: 'warning',
    message: `${what} failed on this pair of versions (${reason}); some changes may be missing, please report it.`,
  };
}

function dedupe(changes: Change[]): Change[] {
  const seen = new Set<string>();
  return changes.filter((change) => {
    const key = [change.ruleId, change.operationId, change.base?.pointer, change.revision?.pointer, change.message].join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Breaking first, then by operation, check id and pointer. */
function compareChanges(a: Change, b: Change): number {
  return (
    levelOrder[a.level] - levelOrder[b.level] ||
    compareText(a.operationId ?? '', b.operationId ?? '') ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.revision?.pointer ?? a.base?.pointer ?? '', b.revision?.pointer ?? b.base?.pointer ?? '') ||
    compareText(a.base?.pointer ?? '', b.base?.pointer ?? '') ||
    compareText(a.message, b.message)
  );
}
