// The changes between two versions, grouped by operation: operations with breaking changes first, and within each,
// breaking changes before warnings before the rest.
import type { Change, ChangeLevel, ChangeLocation, DiffResult } from 'connector-certify';
import { element } from '../ui/dom.js';
import { resultItem } from '../ui/result-item.js';

const levelRank: Record<ChangeLevel, number> = { breaking: 0, warning: 1, info: 2 };
const levelName: Record<ChangeLevel, string> = { breaking: 'Breaking', warning: 'Warning', info: 'Info' };
/** The group for changes to the connector as a whole: connection, properties, metadata. */
const connectorGroup = 'Connector';

export function renderChanges(container: HTMLElement, result: DiffResult, reveal: (change: Change) => void): void {
  const groups = new Map<string, Change[]>();
  for (const change of result.changes) {
    const key = change.operationId ?? connectorGroup;
    groups.set(key, [...(groups.get(key) ?? []), change]);
  }
  const ordered = [...groups]
    .map(([key, changes]) => ({ key, changes: changes.sort(byLevel) }))
    .sort((a, b) => byLevel(a.changes[0]!, b.changes[0]!) || a.key.localeCompare(b.key));
  const sections = ordered.map(({ key, changes }) => group(key, changes, reveal));
  const empty = element('p', 'empty', 'The two versions do not differ.');
  container.replaceChildren(...(sections.length > 0 ? sections : [empty]));
}

function byLevel(a: Change, b: Change): number {
  return levelRank[a.level] - levelRank[b.level];
}

function group(key: string, changes: Change[], reveal: (change: Change) => void): HTMLElement {
  const { method, path } = changes.find((change) => change.method && change.path) ?? {};
  const heading = element('h3', 'group-name', key);
  if (method && path) heading.append(' ', element('span', 'operation-path', `${method.toUpperCase()} ${path}`));
  const list = element('ul', '', ...changes.map((change) => changeItem(change, reveal)));
  return element('section', 'change-group', heading, list);
}

function changeItem(change: Change, reveal: (change: Change) => void): HTMLLIElement {
  return resultItem({
    label: levelName[change.level],
    message: change.message,
    location: [side('base', change.base), side('revision', change.revision)].filter(Boolean).join(' → '),
    ruleId: change.ruleId,
    docsUrl: change.docsUrl,
    data: { level: change.level },
    reveal: change.base || change.revision ? () => reveal(change) : undefined,
    revealTitle: 'Show in both versions',
  });
}

function side(name: string, location: ChangeLocation | undefined): string {
  if (!location) return '';
  return location.range ? `${name} ${location.file}:${location.range.start.line}` : `${name} ${location.file}`;
}
