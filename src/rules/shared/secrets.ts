/** Telling real credentials from the placeholders connector authors are asked to leave, without echoing them. */

/** Words and characters that mark a value as a stand-in ('[[DUMMY]]', '<Enter your client ID>', 'YOUR_API_KEY'). */
const placeholderWords = ['dummy', 'your', 'enter', 'example', 'placeholder', 'xxx', '***', 'sample', 'changeme', 'insert', 'replace', 'todo', 'redacted'];

/** Whether a value is empty, an expression, or written to be replaced rather than a real credential. */
export function isPlaceholder(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.startsWith('@') || /[\s[\]<>{}()]/.test(trimmed)) return true;
  const lower = trimmed.toLowerCase();
  if (placeholderWords.some((word) => lower.includes(word))) return true;
  return new Set(lower).size <= 2;
}

/** A value that could be a key, token or password: long enough, one word, letters and digits mixed, not a placeholder. */
export function looksLikeSecret(value: string, minLength = 8): boolean {
  return (
    value.length >= minLength &&
    /^[\x21-\x7e]+$/.test(value) &&
    /[A-Za-z]/.test(value) &&
    /[0-9]/.test(value) &&
    !isPlaceholder(value) &&
    !/^https?:/i.test(value)
  );
}

/** Names of inputs that carry credentials. */
const secretNamePattern = /password|passwd|secret|api[-_ ]?key|access[-_ ]?key|private[-_ ]?key|token|authorization|credential/i;
/** Names that contain a secret word but carry paging or anti-forgery values, not credentials. */
const notSecretNamePattern = /page|next|continuation|cursor|csrf|xsrf|nonce/i;

export function isSecretName(name: string): boolean {
  return secretNamePattern.test(name) && !notSecretNamePattern.test(name);
}

/** A safe hint of a secret for messages: its first characters and its length, never the whole value. */
export function maskSecret(value: string): string {
  const shown = value.slice(0, Math.min(4, Math.floor(value.length / 4)));
  return `'${shown}...' (${value.length} characters)`;
}

export interface SecretMatch {
  kind: string;
  offset: number;
  length: number;
  value: string;
}

interface TokenPattern {
  kind: string;
  /** Literal text every match contains; the pattern only runs on texts holding one (a fast indexOf pre-check). */
  needles: string[];
  pattern: RegExp;
  /** The capture group holding the secret itself (0 = the whole match). */
  group?: number;
  /** Extra judgement on the secret text, for patterns that also match documentation examples. */
  accept?: (secret: string) => boolean;
}

/**
 * Formats of credentials that are unlikely to be anything else. Each pattern has a single bounded or unambiguous
 * quantifier per part, so matching is linear.
 */
const tokenPatterns: TokenPattern[] = [
  { kind: 'an AWS access key', needles: ['AKIA', 'ASIA'], pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g, accept: (secret) => !secret.includes('EXAMPLE') },
  { kind: 'a GitHub token', needles: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'], pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{40,})/g },
  { kind: 'a Slack token', needles: ['xox'], pattern: /\bxox[abprs]-[A-Za-z0-9-]{10,}/g, accept: (secret) => /[0-9]/.test(secret) },
  { kind: 'a Stripe live key', needles: ['k_live_'], pattern: /\b[rs]k_live_[0-9A-Za-z]{20,}/g },
  { kind: 'an OpenAI-style secret key', needles: ['sk-'], pattern: /\bsk-[A-Za-z0-9_-]{20,}/g, accept: (secret) => looksLikeSecret(secret, 20) },
  { kind: 'a Google API key', needles: ['AIza'], pattern: /\bAIza[0-9A-Za-z_-]{35}/g },
  {
    kind: 'a JSON Web Token',
    needles: ['eyJ'],
    // One run of token characters, split afterwards: three dotted segments would make the pattern backtrack.
    pattern: /\beyJ[A-Za-z0-9_.-]+/g,
    accept: (secret) => {
      const parts = secret.split('.');
      return parts.length === 3 && parts[1]!.startsWith('eyJ') && parts.every((part) => part.length >= 10);
    },
  },
  { kind: 'a private key', needles: ['PRIVATE KEY-----'], pattern: /-----BEGIN (?:[A-Z]{1,20} )?PRIVATE KEY-----/g },
  {
    kind: 'a bearer token',
    needles: ['Bearer'],
    pattern: /\bBearer[ \t]+([A-Za-z0-9._~+/-]{20,}=*)/g,
    group: 1,
    accept: (secret) => looksLikeSecret(secret, 20),
  },
  {
    kind: 'a password in a URL',
    needles: ['@'],
    pattern: /\bhttps?:\/\/[^\s/:@"']{1,200}:([^\s/@"']{1,200})@/g,
    group: 1,
    accept: (secret) => !isPlaceholder(secret) && !/^(password|pass|pwd|secret)$/i.test(secret),
  },
];

/** Credentials of well-known formats found in a text, with their offsets. */
export function findTokens(text: string): SecretMatch[] {
  const found: SecretMatch[] = [];
  for (const { kind, needles, pattern, group = 0, accept } of tokenPatterns) {
    if (!needles.some((needle) => text.includes(needle))) continue;
    for (const match of text.matchAll(pattern)) {
      const value = match[group]!;
      if (accept && !accept(value)) continue;
      // The captured secret always ends its match (bar the '@' of a URL), so its last occurrence is the capture.
      const offset = match.index + (group ? match[0].lastIndexOf(value) : 0);
      found.push({ kind, offset, length: value.length, value });
    }
  }
  // A token that two patterns match (a JSON Web Token sent as a bearer token) is reported once.
  found.sort((a, b) => a.offset - b.offset || b.length - a.length);
  return found.filter((match, i) => i === 0 || match.offset >= found[i - 1]!.offset + found[i - 1]!.length);
}
