/** Helpers of the `props-*` rules: the `properties` object of apiProperties.json and the templates' placeholders. */
import type { JsonObject } from '../../core/nodes.js';
import { getOwn } from '../../parse/pointer.js';
import { isObject } from '../../core/walk.js';
import { normalise } from './text.js';

/** `properties` of an apiProperties.json root, when it is an object. */
export function propertiesOf(root: JsonObject): JsonObject | undefined {
  const properties = getOwn(root, 'properties');
  return isObject(properties) ? properties : undefined;
}

/** Placeholders of Microsoft's apiProperties.json templates (independent publisher and certified). */
export const templatePublisherTexts: readonly string[] = [
  'Full name or name of company or organization.',
  'Name of company or organization.',
];
export const templateStackOwnerTexts: readonly string[] = [
  'Name of company or organization that connector is connecting to.',
  'Name of the owner of the service or product.',
];

/** Whether a value is one of the template texts, ignoring case, spacing and a final full stop. */
export function isTemplateText(value: unknown, texts: readonly string[]): boolean {
  if (typeof value !== 'string') return false;
  const bare = (text: string) => normalise(text).replace(/\.$/, '');
  return texts.some((text) => bare(text) === bare(value));
}

export const independentPublisherColor = '#da3b01';
