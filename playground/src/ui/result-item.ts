// One finding or change in a results list: what and where, a button that shows it in the editor, its rule's docs.
import { element, externalLink } from './dom.js';

export interface ResultItem {
  /** "Error", "Breaking", ...: said in words, not only by colour. */
  label: string;
  /** What part of the connector it is about, e.g. "Metadata". */
  category?: string;
  message: string;
  /** Where it is, e.g. "apiDefinition.swagger.json:12:5". */
  location: string;
  ruleId: string;
  docsUrl?: string;
  /** Data attributes that style the item and let tests find it. */
  data: Record<string, string>;
  /** Shows it in the editor; absent when its file is not open. */
  reveal?: () => void;
  revealTitle?: string;
  /** Buttons that act on it, such as "Fix". */
  actions?: HTMLElement[];
}

export function resultItem(item: ResultItem): HTMLLIElement {
  const entry = element('li', 'finding');
  Object.assign(entry.dataset, item.data);
  const head = element('span', 'item-head', element('span', 'severity', item.label));
  if (item.category) head.append(element('span', 'category', item.category));
  const body = [
    head,
    element('span', 'message', item.message),
    element('span', 'location', item.location),
  ];
  if (item.reveal) {
    const button = element('button', 'finding-jump', ...body);
    button.type = 'button';
    if (item.revealTitle) button.title = item.revealTitle;
    button.addEventListener('click', item.reveal);
    entry.append(button);
  } else {
    entry.append(element('div', 'finding-text', ...body));
  }
  entry.append(item.docsUrl ? externalLink(item.ruleId, item.docsUrl, 'rule') : element('span', 'rule', item.ruleId));
  if (item.actions?.length) entry.append(element('span', 'item-actions', ...item.actions));
  return entry;
}
