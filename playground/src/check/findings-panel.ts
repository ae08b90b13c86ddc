// The findings of a check, grouped by rule area, errors first within each area.
import type { Finding, Severity, ValidationResult } from 'connector-certify';
import { element } from '../ui/dom.js';
import { resultItem } from '../ui/result-item.js';
import { countsText, severityName, severityRank } from '../ui/severity.js';
import { areaName, byAreaOrder, otherArea } from './areas.js';

export interface FindingsPanelOptions {
  /** Rule id → area. */
  areas: Record<string, string>;
  /** Whether a finding's file is open in the editor. */
  canReveal: (finding: Finding) => boolean;
  reveal: (finding: Finding) => void;
}

export function renderFindings(container: HTMLElement, result: ValidationResult, options: FindingsPanelOptions): void {
  const groups = new Map<string, Finding[]>();
  for (const finding of result.findings) {
    const area = options.areas[finding.ruleId] ?? otherArea;
    groups.set(area, [...(groups.get(area) ?? []), finding]);
  }
  const sections = [...groups.keys()].sort(byAreaOrder).map((area) => {
    const findings = groups.get(area)!.sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
    return areaSection(area, findings, options);
  });
  const empty = element('p', 'empty', 'No findings: every rule of this profile passes.');
  container.replaceChildren(...(sections.length > 0 ? sections : [empty]));
}

function areaSection(area: string, findings: Finding[], options: FindingsPanelOptions): HTMLElement {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  const summary = element(
    'summary',
    '',
    element('span', 'group-name', areaName(area)),
    ' ',
    element('span', 'group-counts', countsText(counts)),
  );
  const list = element('ul', '', ...findings.map((finding) => findingItem(finding, options)));
  const details = element('details', 'finding-group', summary, list);
  details.open = true;
  return details;
}

function findingItem(finding: Finding, options: FindingsPanelOptions): HTMLLIElement {
  const { file, range } = finding;
  return resultItem({
    label: severityName(finding.severity),
    message: finding.message,
    location: range ? `${file}:${range.start.line}:${range.start.column}` : file,
    ruleId: finding.ruleId,
    docsUrl: finding.docsUrl,
    data: { severity: finding.severity },
    reveal: options.canReveal(finding) ? () => options.reveal(finding) : undefined,
    revealTitle: `Show in ${file}`,
  });
}
