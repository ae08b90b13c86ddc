/** MIME types in `consumes` and `produces`, for the operation rules. */

const tokenChar = /^[A-Za-z0-9!#$%&'*+.^_`|~-]$/;

function isToken(text: string): boolean {
  if (text === '') return false;
  for (const char of text) if (!tokenChar.test(char)) return false;
  return true;
}

/** `type/subtype` without parameters, lower-cased; `undefined` when the text is not a MIME type. */
export function mediaType(text: string): string | undefined {
  const [head = '', ...parameters] = text.split(';');
  const main = head.trim();
  const slash = main.indexOf('/');
  const type = main.slice(0, slash);
  const subtype = main.slice(slash + 1);
  if (slash < 0 || !isToken(type) || !isToken(subtype)) return undefined;
  if (parameters.some((parameter) => !isToken(parameter.split('=')[0]!.trim()) || !parameter.includes('='))) return undefined;
  return `${type}/${subtype}`.toLowerCase();
}

export const formTypes: readonly string[] = ['multipart/form-data', 'application/x-www-form-urlencoded'];

/**
 * MIME types the platform is known to accept: the four the validator's fix text names, plus those used by accepted
 * connectors. The validator prints its full list only when it refuses a type.
 */
export const knownMediaTypes: readonly string[] = [
  'application/json',
  'text/plain',
  ...formTypes,
  'text/json',
  'application/xml',
  'text/xml',
  'text/html',
  'text/csv',
  'application/octet-stream',
  'application/pdf',
];

/** A `+json` structured suffix (`application/problem+json`) is JSON to the platform. */
export function isKnownMediaType(type: string): boolean {
  return knownMediaTypes.includes(type) || (type.startsWith('application/') && type.endsWith('+json'));
}

/** The valid media types of a MIME list, lower-cased without parameters. */
export function mediaTypesOf(list: unknown[]): string[] {
  return list.flatMap((entry) => (typeof entry === 'string' ? (mediaType(entry) ?? []) : []));
}
