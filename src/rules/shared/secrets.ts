/** Telling real credentials from the placeholders connector authors are asked to leave, without echoing them. */

import { codeOnly } from '../../parse/csharp.js';

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

/**
 * How many leading characters of a secret may be printed: a quarter of it, at most four. Enough to tell which key
 * it was, too few to use it. Messages, code frames and the diff all mask through this one rule.
 */
export function shownLength(length: number): number {
  return Math.min(4, Math.floor(length / 4));
}

/** The secret with every character past the shown ones replaced by `*`: same length, for code frames. */
export function redact(value: string): string {
  const shown = shownLength(value.length);
  return value.slice(0, shown) + '*'.repeat(value.length - shown);
}

/**
 * A safe hint of a secret for messages: its first characters and its length, never the whole value, e.g.
 * `'ghp_...' (40 characters)`. The diff quotes secret-like values through this too.
 */
export function maskSecret(value: string): string {
  return `'${value.slice(0, shownLength(value.length))}...' (${value.length} characters)`;
}

/** Rules whose findings locate a secret: a code frame never shows the text they point at. */
export const secretRuleIds: ReadonlySet<string> = new Set(['artifact-no-secrets', 'sec-no-client-secret']);

export interface SecretMatch {
  kind: string;
  offset: number;
  length: number;
  value: string;
}

interface TokenPattern {
  kind: string;
  /** Literal text every match contains; the pattern only runs on texts holding one. */
  needles: string[];
  /**
   * For a needle too common to tell alone (the '@' of every e-mail address): a sticky test at each place it is found,
   * which every match passes there. The pattern then runs only on texts where one place passes.
   */
  where?: RegExp;
  pattern: RegExp;
  /** The capture group holding the secret itself (0 = the whole match). */
  group?: number;
  /** Extra judgement on the secret text, for patterns that also match documentation examples. */
  accept?: (secret: string) => boolean;
}

/**
 * User and password in a URL of any scheme (ftp, sftp, amqp, mongodb+srv, redis, ...), so a match starts at '://': a
 * scheme part would make the pattern polynomial. User and password stop at the first '/', ':' or '@'.
 */
const urlCredentials = String.raw`:\/\/[^\s/:@"'<>]{1,200}:([^\s/@"'<>]{1,200})`;

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
  {
    kind: 'a private key',
    needles: ['PRIVATE KEY-----'],
    // The whole block when its end marker follows, so no line of the key is ever shown.
    pattern: /-----BEGIN (?:[A-Z]{1,20} )?PRIVATE KEY-----(?:[^-]{0,10000}-----END (?:[A-Z]{1,20} )?PRIVATE KEY-----)?/g,
  },
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
    // The credentials read back from the '@', so only an '@' that ends them makes the pattern run.
    where: new RegExp(`(?<=${urlCredentials})@`, 'y'),
    pattern: new RegExp(`${urlCredentials}@`, 'g'),
    group: 1,
    accept: (secret) => !isPlaceholder(secret) && !/^(password|pass|pwd|secret)$/i.test(secret),
  },
];

/**
 * Characters seldom found in connector files (fewer than 4 in 1,000 on the corpus). A needle is searched for from
 * the first of them it holds and the character after it ('AKIA' from 'KI'): `indexOf` finds two characters at the
 * speed of a memory scan and stops at few places, where a regular expression of all needles tests every position of
 * the text. Needles without one ('ghp_', 'gho_') are searched for from their first two characters, which they share.
 */
const rareCharacter = /[@JKzBkSxb]/;

interface Needle {
  needle: string;
  /** Where the two characters searched for stand in the needle. */
  at: number;
  pattern: TokenPattern;
}

/** Needles by the two characters they are searched for from. */
const needlesByKey = new Map<string, Needle[]>();
for (const pattern of tokenPatterns) {
  for (const needle of pattern.needles) {
    const at = Math.max(0, needle.search(rareCharacter));
    const key = needle.slice(at, at + 2);
    needlesByKey.set(key, [...(needlesByKey.get(key) ?? []), { needle, at, pattern }]);
  }
}

/** The patterns that can match in a text: those with a needle in it (that passes its `where`). */
function patternsIn(text: string): Set<TokenPattern> {
  const present = new Set<TokenPattern>();
  for (const [key, needles] of needlesByKey) {
    for (let found = text.indexOf(key); found >= 0; found = text.indexOf(key, found + 1)) {
      // An index loop: destructuring in a for-of cost ~1 µs a place before V8 optimised it.
      for (let index = 0; index < needles.length; index++) {
        const { needle, at, pattern } = needles[index]!;
        const start = found - at;
        if (start >= 0 && text.startsWith(needle, start) && (!pattern.where || testAt(pattern.where, text, start))) present.add(pattern);
      }
    }
  }
  return present;
}

function testAt(sticky: RegExp, text: string, offset: number): boolean {
  sticky.lastIndex = offset;
  return sticky.test(text);
}

/** Credentials of well-known formats found in a text, with their offsets. */
export function findTokens(text: string): SecretMatch[] {
  const present = patternsIn(text);
  return present.size === 0 ? [] : tokensIn(text, present);
}

/**
 * What `findTokens` finds, by running every pattern over the whole text without looking for needles: slower, and
 * the same by design (the tests hold the two equal).
 */
export function findTokensEverywhere(text: string): SecretMatch[] {
  return tokensIn(text, new Set(tokenPatterns));
}

/** The matches of the patterns given, in the order of the table, each secret once. */
function tokensIn(text: string, patterns: Set<TokenPattern>): SecretMatch[] {
  const found: SecretMatch[] = [];
  for (const token of tokenPatterns) {
    if (!patterns.has(token)) continue;
    const { kind, pattern, group = 0, accept } = token;
    for (const match of text.matchAll(pattern)) {
      const value = match[group]!;
      if (accept && !accept(value)) continue;
      // The captured secret always ends its match (bar the '@' of a URL), so its last occurrence is the capture.
      const offset = match.index + (group ? match[0].lastIndexOf(value) : 0);
      found.push({ kind, offset, length: value.length, value });
    }
  }
  // A token that two patterns match (a JSON Web Token sent as a bearer token) is reported once.
  return withoutOverlaps(found);
}

/** Matches by offset, a match that overlaps an earlier (or longer, same-place) one dropped. */
function withoutOverlaps(found: SecretMatch[]): SecretMatch[] {
  found.sort((a, b) => a.offset - b.offset || b.length - a.length);
  const kept: SecretMatch[] = [];
  for (const match of found) {
    const last = kept.at(-1);
    if (!last || match.offset >= last.offset + last.length) kept.push(match);
  }
  return kept;
}

/** `name = "value"`: an assignment, a field or an object initialiser member (`==`, `<=`, `+=` and the like excluded). */
const assignedLiteral = /(?<![=!<>+\-*/%&|^?])=[ \t]{0,20}@?"([^"\\\r\n]{1,500})"/g;
/** `("name", "value")`: a header added or a credential built from a literal pair. */
const literalPair = /"([A-Za-z][\w-]{0,60})"[ \t]{0,20},[ \t]{0,20}@?"([^"\\\r\n]{1,500})"/g;
/** An authentication scheme written before the credential in a header value or as the first of a pair. */
const schemePrefix = /^(?:Bearer|Basic|Token|ApiKey)[ \t]{1,5}/i;

/**
 * Credentials written as string literals in C# code: assigned to a variable, field, property or initialiser member
 * named like a credential (`var password = "...";`, `ClientSecret = "..."`), or passed as a header value after a
 * credential name or an authentication scheme (`Headers.Add("X-Api-Key", "...")`, `("Bearer", "...")`). Literals
 * in comments are not code and are left out; the value must look like a real credential, not a placeholder.
 */
export function findAssignedSecrets(text: string): SecretMatch[] {
  if (!text.includes('"')) return [];
  const code = codeOnly(text);
  const found: SecretMatch[] = [];
  const add = (name: string, literalOffset: number, literal: string) => {
    const scheme = schemePrefix.exec(literal)?.[0] ?? '';
    const value = literal.slice(scheme.length);
    if (!looksLikeSecret(value)) return;
    found.push({ kind: `a credential written in code for '${name}'`, offset: literalOffset + scheme.length, length: value.length, value });
  };
  for (const match of text.matchAll(assignedLiteral)) {
    // Both quotes must be code, so the '=' is not inside a literal or a comment.
    const open = match.index + match[0].length - match[1]!.length - 2;
    if (code[match.index] !== '=' || code[open] !== '"') continue;
    const name = identifierBefore(code, match.index);
    if (name && isSecretName(name)) add(name, open + 1, match[1]!);
  }
  for (const match of text.matchAll(literalPair)) {
    if (code[match.index] !== '"') continue;
    const [whole, name, literal] = match as unknown as [string, string, string];
    const open = match.index + whole.length - literal.length - 2;
    if (isSecretName(name) || schemePrefix.test(`${name} `)) add(name, open + 1, literal);
  }
  return found;
}

/** The identifier that ends just before `offset`, spaces skipped (`apiKey` in `apiKey = `); '' when there is none. */
function identifierBefore(code: string, offset: number): string {
  let end = offset;
  while (end > 0 && (code[end - 1] === ' ' || code[end - 1] === '\t')) end -= 1;
  let start = end;
  while (start > 0 && /\w/.test(code[start - 1]!) && end - start < 100) start -= 1;
  return code.slice(start, end);
}

/**
 * Every secret a text holds, as the secret rules report it: well-known formats anywhere, and in a C# script
 * (`*.csx`) credentials written as literals. One match per place; the code frame masks exactly these.
 */
export function findSecrets(text: string, fileName: string): SecretMatch[] {
  const tokens = findTokens(text);
  if (!/\.csx$/i.test(fileName)) return tokens;
  return withoutOverlaps([...tokens, ...findAssignedSecrets(text)]);
}
