// Runs connector-certify off the main thread, so validating a 1 MB connector never blocks typing.
import { parseConnector, profiles, rules, type ValidationResult } from 'connector-certify';
import { diffConnectors } from 'connector-certify/diff';
import { CheckSession, textsOf } from './check-session.js';
import { formatReport } from './optional-api.js';
import type { CallKind, Calls, Catalogue, ExportFormat, WorkerMessage, WorkerRequest } from './protocol.js';
import { warmUp, worthWarmingUp } from './warm-up.js';
import { version } from '../../../package.json';

const tool = { name: 'connector-certify', version };
/** The connector open in check mode. */
let session: CheckSession | undefined;
/** Stops the warm-up of the connector opened last: any request from the page comes first. */
let stopWarmUp = () => {};

addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  stopWarmUp();
  const { id } = event.data;
  try {
    send({ kind: 'reply', id, response: handle(event.data) });
  } catch (error) {
    send({ kind: 'failed', id, message: error instanceof Error ? error.message : String(error) });
  }
});

send({ kind: 'ready', catalogue: catalogue() });

function handle(message: WorkerRequest): Calls[CallKind]['response'] {
  switch (message.kind) {
    case 'open':
      return open(message.request);
    case 'edit':
      return edit(message.request);
    case 'fix':
      return fix(message.request);
    case 'diff':
      return diff(message.request);
    case 'texts':
      return { texts: textsOf(parseConnector(message.request.files)) };
    case 'export':
      return exportFindings(message.request);
  }
}

function open({ session: id, files, profile }: Calls['open']['request']): Calls['open']['response'] {
  const opened = new CheckSession(id, files);
  session = opened;
  const reply = { ...opened.check(profile), texts: opened.texts() };
  // Runs once the reply is sent, while the author reads what it shows.
  if (worthWarmingUp(files)) stopWarmUp = warmUp(() => opened.rehearse(profile));
  return reply;
}

/** Re-checks after an edit; a call for a connector replaced since gets no reply to show. */
function edit({ session: id, edits, profile }: Calls['edit']['request']): Calls['edit']['response'] {
  return session?.id === id ? session.check(profile, edits) : undefined;
}

function fix({ session: id, edits, profile, target }: Calls['fix']['request']): Calls['fix']['response'] {
  return session?.id === id ? session.fix(profile, edits, target) : undefined;
}

function diff({ base, revision }: Calls['diff']['request']): Calls['diff']['response'] {
  const started = performance.now();
  const baseInput = parseConnector(base);
  const revisionInput = parseConnector(revision);
  const result = diffConnectors(baseInput, revisionInput);
  return { result, base: textsOf(baseInput), revision: textsOf(revisionInput), ms: performance.now() - started };
}

function exportFindings({ result, folder, format }: Calls['export']['request']): Calls['export']['response'] {
  const report = reportOf(result, folder);
  const text = formatReport(report, format);
  if (text !== undefined) return { text };
  // The same document as the CLI's --format json, for builds that do not export `format` yet.
  if (format === 'json') return { text: JSON.stringify(report, null, 2) + '\n' };
  throw new Error(`This build of connector-certify cannot write ${format}.`);
}

function catalogue(): Catalogue {
  const counts = { error: 0, warning: 0, info: 0 };
  const empty: ValidationResult = { ok: true, profile: 'custom', findings: [], counts, manualChecks: [] };
  const formats: ExportFormat[] = ['json'];
  // Asked rather than assumed: a build whose `format` has no SARIF yet returns nothing for it.
  if (formatReport(reportOf(empty, 'probe'), 'sarif')) formats.push('sarif');
  return {
    profiles: [...profiles],
    areas: Object.fromEntries(rules.map((rule) => [rule.id, rule.area])),
    formats,
  };
}

/** The document `connector-certify check --format json` prints, for one folder. */
function reportOf(result: ValidationResult, folder: string) {
  const { profile, ok, findings, manualChecks } = result;
  return { tool, results: [{ folder, profile, ok, findings, manualChecks }] };
}

function send(message: WorkerMessage): void {
  postMessage(message);
}
