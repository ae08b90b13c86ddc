// The findings of a check, errors first across all areas: one group per severity, in area order within it, each
// finding naming its area. Re-rendered after every keystroke, so it touches only what changed: a list identical to
// the one shown is left alone, an unchanged finding keeps its element and a group keeps its place and open state.
import type { Finding, Severity } from 'connector-certify';
import { element } from '../ui/dom.js';
import { resultItem } from '../ui/result-item.js';
import { pluralName, severities, severityName } from '../ui/severity.js';
import { areaName, byAreaOrder, otherArea } from './areas.js';

const groupNames: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Info' };

export interface FindingsPanelOptions {
  /** Rule id → area. */
  areas: Record<string, string>;
  /** Whether a finding's file is open in the editor. */
  canReveal: (finding: Finding) => boolean;
  reveal: (finding: Finding) => void;
  /** Applies one finding's fix, or every fix of the rule when `allOfRule`. */
  fix: (finding: Finding, allOfRule: boolean) => void;
}

interface Group {
  details: HTMLDetailsElement;
  count: HTMLElement;
  list: HTMLUListElement;
}

export class FindingsPanel {
  /** The items on screen by key, and the signature of the list they make. */
  private items = new Map<string, HTMLLIElement>();
  private signature: string | undefined;
  private readonly groups = new Map<Severity, Group>();

  constructor(
    private readonly container: HTMLElement,
    private readonly options: FindingsPanelOptions,
  ) {}

  /** Forgets the items, for a connector whose files differ (a finding's "show" button depends on them). */
  reset(): void {
    this.items.clear();
    this.groups.clear();
    this.signature = undefined;
  }

  /** Lists the findings, only those of one severity when `only` is given. */
  render(findings: readonly Finding[], only: Severity | undefined): void {
    const fixable = fixableByRule(findings);
    const keyed = keyFindings(findings, fixable);
    const signature = `${only ?? ''}\n${keyed.map(([key]) => key).join('\n')}`;
    if (signature === this.signature) return;
    this.signature = signature;
    const items = new Map<string, HTMLLIElement>();
    const itemOf = (finding: Finding, key: string) => {
      const item = this.items.get(key) ?? this.findingItem(finding, fixable.get(finding.ruleId) ?? 0);
      items.set(key, item);
      return item;
    };
    const areaOf = (finding: Finding) => this.options.areas[finding.ruleId] ?? otherArea;
    const sections = severities
      .filter((severity) => only === undefined || only === severity)
      .map((severity) => {
        // A stable sort: within an area, findings keep the library's order.
        const listed = keyed.filter(([, finding]) => finding.severity === severity);
        listed.sort(([, a], [, b]) => byAreaOrder(areaOf(a), areaOf(b)));
        if (listed.length === 0) return undefined;
        return this.group(severity, listed.map(([key, finding]) => itemOf(finding, key))).details;
      })
      .filter((section) => section !== undefined);
    this.items = items;
    const shown = [...this.container.children];
    if (sections.length === 0) this.container.replaceChildren(emptyNote(findings.length, only));
    else if (!sameNodes(shown, sections)) this.container.replaceChildren(...sections);
  }

  /** The group of a severity, made once per connector, holding these items. */
  private group(severity: Severity, items: HTMLLIElement[]): Group {
    let group = this.groups.get(severity);
    if (!group) {
      group = severityGroup(severity);
      this.groups.set(severity, group);
    }
    group.count.textContent = String(items.length);
    patchChildren(group.list, items);
    return group;
  }

  private findingItem(finding: Finding, fixableOfRule: number): HTMLLIElement {
    const { file, range, ruleId } = finding;
    const area = this.options.areas[ruleId] ?? otherArea;
    return resultItem({
      label: severityName(finding.severity),
      category: areaName(area),
      message: finding.message,
      location: range ? `${file}:${range.start.line}:${range.start.column}` : file,
      ruleId,
      docsUrl: finding.docsUrl,
      data: { severity: finding.severity },
      reveal: this.options.canReveal(finding) ? () => this.options.reveal(finding) : undefined,
      revealTitle: `Show in ${file}`,
      actions: finding.fix && this.options.canReveal(finding) ? this.fixButtons(finding, fixableOfRule) : undefined,
    });
  }

  private fixButtons(finding: Finding, fixableOfRule: number): HTMLButtonElement[] {
    const fixOne = () => this.options.fix(finding, false);
    const one = actionButton('Fix', `Apply this finding's fix to ${finding.file}`, fixOne);
    one.dataset.action = 'fix';
    if (fixableOfRule < 2) return [one];
    const all = actionButton(`Fix all ${fixableOfRule}`, `Apply the fix of every ${finding.ruleId} finding`, () =>
      this.options.fix(finding, true),
    );
    all.dataset.action = 'fix-rule';
    return [one, all];
  }
}

/** How many findings of each rule carry a fix. */
function fixableByRule(findings: readonly Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { ruleId, fix } of findings) if (fix) counts.set(ruleId, (counts.get(ruleId) ?? 0) + 1);
  return counts;
}

/**
 * Each finding with a key made of everything its item shows or acts on, so an equal key can reuse the item. Findings
 * that agree in all of it are told apart by their order.
 */
function keyFindings(findings: readonly Finding[], fixable: Map<string, number>): Array<[string, Finding]> {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const { ruleId, severity, message, file, pointer, range, docsUrl, fix } = finding;
    const where = range && [range.start.line, range.start.column, range.end.line, range.end.column];
    const fixes = fix && fixable.get(ruleId);
    const base = JSON.stringify([ruleId, severity, message, file, pointer, where, docsUrl, fix, fixes]);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return [`${base}#${count}`, finding];
  });
}

function actionButton(text: string, title: string, act: () => void): HTMLButtonElement {
  const button = element('button', 'item-action', text);
  button.type = 'button';
  button.title = title;
  button.addEventListener('click', act);
  return button;
}

function emptyNote(total: number, only: Severity | undefined): HTMLElement {
  const text =
    total === 0 || only === undefined
      ? 'No findings: every rule of this profile passes.'
      : `No ${pluralName(only)} left.`;
  return element('p', 'empty', text);
}

function severityGroup(severity: Severity): Group {
  const count = element('span', 'group-counts');
  const list = element('ul', '');
  const summary = element('summary', '', element('span', 'group-name', groupNames[severity]), ' ', count);
  const details = element('details', 'finding-group', summary, list);
  details.dataset.severity = severity;
  details.open = true;
  return { details, count, list };
}

/**
 * Makes `parent`'s children `nodes`, replacing only the ones that differ when no node moves (the usual case after a
 * keystroke: a few findings changed in place), else replacing them all.
 */
function patchChildren(parent: HTMLElement, nodes: readonly Node[]): void {
  const children = parent.childNodes;
  const inPlace =
    children.length === nodes.length &&
    nodes.every((node, index) => children[index] === node || node.parentNode !== parent);
  if (!inPlace) return parent.replaceChildren(...nodes);
  nodes.forEach((node, index) => {
    if (children[index] !== node) children[index]!.replaceWith(node);
  });
}

function sameNodes(a: readonly Node[], b: readonly Node[]): boolean {
  return a.length === b.length && a.every((node, index) => node === b[index]);
}
