// The findings of a check, errors first across all areas: one group per severity, in area order within it, each
// finding naming its area.
import type { Finding, Severity } from 'connector-certify';
import { element } from '../ui/dom.js';
import { resultItem } from '../ui/result-item.js';
import { pluralName, severities, severityName } from '../ui/severity.js';
import { areaName, byAreaOrder, otherArea } from './areas.js';

const groupNames: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Info' };

export interface FindingsPanelOptions {
  /** Rule id → area. */
  areas: Record<string, string>;
  /** The only severity to list; all when undefined. */
  only?: Severity;
  /** Whether a finding's file is open in the editor. */
  canReveal: (finding: Finding) => boolean;
  reveal: (finding: Finding) => void;
}

export function renderFindings(
  container: HTMLElement,
  findings: readonly Finding[],
  options: FindingsPanelOptions,
): void {
  const areaOf = (finding: Finding) => options.areas[finding.ruleId] ?? otherArea;
  const sections = severities
    .filter((severity) => options.only === undefined || options.only === severity)
    .map((severity) => {
      // A stable sort: within an area, findings keep the library's order.
      const listed = findings.filter((finding) => finding.severity === severity);
      listed.sort((a, b) => byAreaOrder(areaOf(a), areaOf(b)));
      return listed.length > 0 ? severitySection(severity, listed, areaOf, options) : undefined;
    })
    .filter((section) => section !== undefined);
  container.replaceChildren(...(sections.length > 0 ? sections : [emptyNote(findings.length, options.only)]));
}

function emptyNote(total: number, only: Severity | undefined): HTMLElement {
  const text =
    total === 0 || only === undefined
      ? 'No findings: every rule of this profile passes.'
      : `No ${pluralName(only)} left.`;
  return element('p', 'empty', text);
}

function severitySection(
  severity: Severity,
  findings: Finding[],
  areaOf: (finding: Finding) => string,
  options: FindingsPanelOptions,
): HTMLElement {
  const summary = element(
    'summary',
    '',
    element('span', 'group-name', groupNames[severity]),
    ' ',
    element('span', 'group-counts', String(findings.length)),
  );
  const items = findings.map((finding) => findingItem(finding, areaName(areaOf(finding)), options));
  const list = element('ul', '', ...items);
  const details = element('details', 'finding-group', summary, list);
  details.dataset.severity = severity;
  details.open = true;
  return details;
}

function findingItem(finding: Finding, area: string, options: FindingsPanelOptions): HTMLLIElement {
  const { file, range } = finding;
  return resultItem({
    label: severityName(finding.severity),
    category: area,
    message: finding.message,
    location: range ? `${file}:${range.start.line}:${range.start.column}` : file,
    ruleId: finding.ruleId,
    docsUrl: finding.docsUrl,
    data: { severity: finding.severity },
    reveal: options.canReveal(finding) ? () => options.reveal(finding) : undefined,
    revealTitle: `Show in ${file}`,
  });
}
