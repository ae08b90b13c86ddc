/** Helpers of the `meta-*` rules: the swagger's `x-ms-connector-metadata`, categories, URLs and e-mail addresses. */
import type { JsonObject } from '../../core/nodes.js';
import { getOwn, joinPointer } from '../../parse/pointer.js';
import { isObject } from '../../core/walk.js';

export const metadataKey = 'x-ms-connector-metadata';

/** The three `propertyName`s the certification page asks for, spelled as documented. */
export const metadataNames = {
  website: 'Website',
  privacyPolicy: 'Privacy policy',
  categories: 'Categories',
} as const;

export interface MetadataEntry {
  pointer: string;
  /** `propertyName` as written. */
  name: string;
  value: unknown;
}

/** The entries of `x-ms-connector-metadata` that are objects with a string `propertyName`. */
export function metadataEntries(root: JsonObject): MetadataEntry[] {
  const list = getOwn(root, metadataKey);
  if (!Array.isArray(list)) return [];
  const entries: MetadataEntry[] = [];
  list.forEach((entry, index) => {
    const name = getOwn(entry, 'propertyName');
    if (isObject(entry) && typeof name === 'string') {
      entries.push({ pointer: joinPointer('', metadataKey, index), name, value: getOwn(entry, 'propertyValue') });
    }
  });
  return entries;
}

/** The first entry whose `propertyName` is `name`, ignoring case and surrounding spaces (case is checked apart). */
export function findMetadata(root: JsonObject, name: string): MetadataEntry | undefined {
  const wanted = name.toLowerCase();
  return metadataEntries(root).find((entry) => entry.name.trim().toLowerCase() === wanted);
}

/** Whether the swagger has an `x-ms-connector-metadata` array at all (its absence is another rule's finding). */
export function hasMetadataList(root: JsonObject): boolean {
  return Array.isArray(getOwn(root, metadataKey));
}

/** The 19 categories of the certification page (rules catalogue, Appendix B). */
export const categories: readonly string[] = [
  'AI',
  'Business Management',
  'Business Intelligence',
  'Collaboration',
  'Commerce',
  'Communication',
  'Content and Files',
  'Finance',
  'Data',
  'Human Resources',
  'Internet of Things',
  'IT Operations',
  'Lifestyle and Entertainment',
  'Marketing',
  'Productivity',
  'Sales and CRM',
  'Security',
  'Social Media',
  'Website',
];

export const maxCategories = 2;

/** The items of a Categories value, trimmed. Commas are split too (no category contains one), so a wrong separator is reported once. */
export function splitCategories(value: string): string[] {
  return value.split(/[;,]/).map((item) => item.trim());
}

/** The documented spelling of a category that differs only in case or spacing. */
export function categoryIgnoringCase(item: string): string | undefined {
  const folded = item.replace(/\s+/g, ' ').toLowerCase();
  return categories.find((category) => category.toLowerCase() === folded);
}

/** An absolute http or https URL with a host and no whitespace. */
export function isWebUrl(text: string): boolean {
  if (/\s/.test(text)) return false;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
}

const localCharacter = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]$/;
const domainLabel = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/** A plain ASCII address `local@domain.tld`; scanned by hand so that no pattern can backtrack. */
export function isEmailAddress(text: string): boolean {
  const at = text.indexOf('@');
  if (at < 1 || at !== text.lastIndexOf('@') || at > 64 || text.length > 254) return false;
  const local = text.slice(0, at);
  for (const char of local) if (!localCharacter.test(char)) return false;
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return false;
  const labels = text.slice(at + 1).split('.');
  if (labels.length < 2 || !labels.every((label) => label.length <= 63 && domainLabel.test(label))) return false;
  return /^[A-Za-z]{2,}$/.test(labels.at(-1)!);
}

/** Text of Microsoft's swagger templates that authors are meant to replace. */
export const templateHost = 'The hostname of the API, e.g. github.com';
export const templateContact = {
  name: 'Full name',
  url: 'Contact URL',
  email: 'Contact email address',
} as const;
