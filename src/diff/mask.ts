import { findTokens, isSecretName, looksLikeSecret, maskSecret } from '../rules/shared/secrets.js';

/**
 * Text the diff quotes, with every credential `check` would report replaced by the same hint its messages give
 * (first characters and length). Known token formats are masked anywhere in the text.
 */
export function maskTokens(text: string): string {
  const tokens = findTokens(text);
  if (tokens.length === 0) return text;
  let out = '';
  let at = 0;
  for (const token of tokens) {
    out += text.slice(at, token.offset) + maskSecret(token.value);
    at = token.offset + token.length;
  }
  return out + text.slice(at);
}

/**
 * A value for a message, quoted. A string held by a field named like a credential (`apiKey`, `password`) that looks
 * like a real one is masked whole, as `check` masks the sample values of such inputs.
 */
export function quoteValue(shown: string, value: unknown, fieldName?: string): string {
  if (typeof value === 'string' && fieldName !== undefined && isSecretName(fieldName) && looksLikeSecret(value)) return maskSecret(value);
  const [token, ...more] = findTokens(shown);
  // The hint is quoted already; a value that is one whole token is not quoted twice.
  if (token && more.length === 0 && token.offset === 0 && token.length === shown.length) return maskSecret(shown);
  return `'${maskTokens(shown)}'`;
}
