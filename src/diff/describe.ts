import type { FieldDelta } from './delta.js';
import type { OperationView } from './side.js';
import { quoteValue } from './mask.js';
import { show } from './values.js';

/** The field a delta is about, as a message names it; its path marks array items with `[]`. */
export function fieldLabel(delta: FieldDelta): string {
  return `'${delta.path}'`;
}

/** `GET /items/{id}` */
export function routeLabel(op: OperationView): string {
  return `${op.method.toUpperCase()} ${op.path}`;
}

/** Up to five values, quoted and masked, with a count of the rest. */
export function valueList(values: unknown[]): string {
  const shown = values.slice(0, 5).map((value) => quoteValue(show(value), value)).join(', ');
  return values.length > 5 ? `${shown} and ${values.length - 5} more` : shown;
}

/** A value for a message (quoted, credentials masked), or a word for its absence. */
export function valueOrNone(value: unknown, set = value !== undefined, fieldName?: string): string {
  return set ? quoteValue(show(value), value, fieldName) : 'none';
}

/** The name of the field a delta is about: the last segment of its path, without array marks. */
export function fieldName(delta: FieldDelta): string {
  let name = delta.path.slice(delta.path.lastIndexOf('/') + 1);
  while (name.endsWith('[]')) name = name.slice(0, -2);
  return name;
}

/** Where an operation's path is (or would be) in a version: its path item, else `/paths`, else the document. */
export function routePointer(root: Record<string, unknown>, op: OperationView): string {
  const paths = root.paths;
  if (typeof paths !== 'object' || paths === null) return '';
  return Object.hasOwn(paths, op.path) ? op.pointer.slice(0, op.pointer.lastIndexOf('/')) : '/paths';
}
