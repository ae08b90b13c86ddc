/** Finding the sections of a connector readme, tolerating the spellings Microsoft has accepted. */
import type { MarkdownDocument, MarkdownHeading, UnspacedHeading } from '../../parse/markdown.js';
import { beyondAscii } from './text.js';

/**
 * The words of a heading or text as compared: lower case, markdown emphasis, links and punctuation dropped (the hyphen
 * and the apostrophe are part of a word). One match: on a long text (a readme's whole section) a replace, a trim and a
 * split take twice as long.
 */
export function headingWords(text: string): string[] {
  const lower = text.toLowerCase();
  // Most headings are ASCII, whose letters and digits a plain class tells: V8 builds Unicode classes when an expression
  // is made and first run (about 0.5 ms of a start of the CLI).
  return lower.match(beyondAscii.test(lower) ? /[\p{L}\p{N}'-]+/gu : /[a-z0-9'-]+/g) ?? [];
}

/**
 * Heading text reduced for comparison: its words (`headingWords`) with one space between them.
 * `**Known Issues & Limitations:**` becomes `known issues limitations`.
 */
export function headingKey(text: string): string {
  return headingWords(text).join(' ');
}

/** Section headings are H2 in the template; merged readmes also use H1 and H3 for them. */
const maxSectionLevel = 3;

export type SectionName = 'publisher' | 'prerequisites' | 'supportedOperations' | 'obtainingCredentials' | 'knownIssues' | 'deploymentInstructions';

/** The template's heading for each section, as shown in messages. */
export const sectionTitles: Record<SectionName, string> = {
  publisher: "## Publisher: <publisher's name>",
  prerequisites: '## Prerequisites',
  supportedOperations: '## Supported Operations',
  obtainingCredentials: '## Obtaining Credentials',
  knownIssues: '## Known Issues and Limitations',
  deploymentInstructions: '## Deployment Instructions',
};

/** Whether a heading key names a section, in the template's spelling or a variant found in accepted connectors. */
const matchers: Record<SectionName, (key: string) => boolean> = {
  publisher: (key) => /^publishers?( |$)/.test(key),
  prerequisites: (key) => /^(pre-?requisites?|pre requisites?|requirements)$/.test(key),
  // A key holds only letters, digits, apostrophes, hyphens and single spaces: any text after 'for' is a name, and no
  // Unicode class is needed to say so.
  supportedOperations: (key) => /^((some of the )?(supported|available) (operations?|actions)( and triggers)?( for .+)?|operations|actions( and triggers)?)$/.test(key),
  obtainingCredentials: (key) => key.includes('credential'),
  knownIssues: (key) => /^(known (issues|limitations)( and limitations)?|limitations?|known issues limitations)$/.test(key),
  // 'Deploying the connector', 'Deploy the connector to your environment' as well as the template's heading.
  deploymentInstructions: (key) => /^deploy(ment|ing)?( |$)/.test(key),
};

/** Each heading's key with the text it was made from: every section rule searches the same headings. */
const headingKeys = new WeakMap<MarkdownHeading, { text: string; key: string }>();

function keyOf(heading: MarkdownHeading): string {
  const known = headingKeys.get(heading);
  if (known && known.text === heading.text) return known.key;
  const key = headingKey(heading.text);
  headingKeys.set(heading, { text: heading.text, key });
  return key;
}

/** The first heading that opens the named section. */
export function findSection(document: MarkdownDocument, name: SectionName): MarkdownHeading | undefined {
  const matches = matchers[name];
  return document.allHeadings.find((heading) => heading.level <= maxSectionLevel && matches(keyOf(heading)));
}

/** A line such as `##Publisher: Jane` that would open the section if a space followed its '#'s. */
export function findUnspacedSection(document: MarkdownDocument, name: SectionName): UnspacedHeading | undefined {
  const matches = matchers[name];
  return document.unspacedHeadings.find((line) => line.marks.length <= maxSectionLevel && matches(headingKey(line.text)));
}

/**
 * The lines of a section below its heading, sub-sections included. A section written as an H3 runs on to the next
 * H1 or H2, since its operations or questions are then often H3 siblings rather than H4 children.
 */
export function sectionLines(document: MarkdownDocument, heading: MarkdownHeading): string[] {
  const stopLevel = Math.min(heading.level, 2);
  const next = document.allHeadings.find((other) => other.line > heading.line && other.level <= stopLevel);
  return document.lines.slice(heading.line, next ? next.line - 1 : document.lines.length);
}

/** Whether a section holds any text other than blank lines (sub-headings count). */
export function sectionHasText(document: MarkdownDocument, heading: MarkdownHeading): boolean {
  return sectionLines(document, heading).some((line) => line.trim() !== '');
}

/** The name written after `Publisher:` in the heading, or else the first line of text under it. */
export function publisherName(document: MarkdownDocument, heading: MarkdownHeading): string {
  const colon = heading.text.indexOf(':');
  const inHeading = colon === -1 ? '' : cleanInline(heading.text.slice(colon + 1));
  if (inHeading) return inHeading;
  // Some readmes put the name on the next line, as text or as a sub-heading.
  const first = document.lines.slice(heading.line, heading.endLine).find((line) => line.trim() !== '');
  return first ? cleanInline(first.replace(/^ {0,3}#+/, '')) : '';
}

/** Markdown emphasis and list markers removed from a line of inline text. */
function cleanInline(text: string): string {
  return text.replace(/[*_`]/g, '').replace(/^\s*[-+]\s+/, '').trim();
}

/** The heading path of the innermost section holding a 1-based line (`''` before the first heading). */
export function pointerAtLine(document: MarkdownDocument, line: number): string {
  let pointer = '';
  for (const heading of document.allHeadings) {
    if (heading.line > line) break;
    if (heading.endLine >= line) pointer = heading.pointer;
  }
  return pointer;
}
