import { describe, expect, it } from 'vitest';
import { findAssignedSecrets, findSecrets, findTokens, findTokensEverywhere, maskSecret, redact, shownLength } from '../../../src/rules/shared/secrets.js';

const values = (text: string, file = 'script.csx') => findSecrets(text, file).map((m) => text.slice(m.offset, m.offset + m.length));

describe('secret detection', () => {
  it('finds a password in a URL of any scheme, and exactly its characters', () => {
    for (const scheme of ['ftp', 'sftp', 'ftps', 'amqp', 'amqps', 'mongodb', 'mongodb+srv', 'redis', 'postgres', 'mysql', 'smtp', 'ldap']) {
      expect(values(`"${scheme}://svc:pX9kQ2vL7@host.example.net/db"`, 'readme.md'), scheme).toEqual(['pX9kQ2vL7']);
    }
    expect(values('jdbc:mysql://svc:pX9kQ2vL7@host/db', 'readme.md')).toEqual(['pX9kQ2vL7']);
    expect(values('ftp://user:password@host and ftp://user:<password>@host', 'readme.md')).toEqual([]);
  });

  it('finds credentials written as C# literals: declarations, fields, initialisers, headers', () => {
    const code = [
      'var password = "Summer2024rocks";',
      'string apiKey = @"a8f3k2m9x7q1z5w0";',
      'private const string ClientSecret = "Qx7~pL2.vB9_kR4";',
      'new Login { UserName = "tides", Password = "Winter2023pass" };',
      'request.Headers.Add("X-Api-Key", "k3j4h5g6f7d8s9a0");',
      'request.Headers.TryAddWithoutValidation("Authorization", "Basic dXNlcjpwYXNzd29yZDEyMw==");',
      'request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "abc123def456ghi7");',
    ].join('\n');
    expect(values(code)).toEqual(['Summer2024rocks', 'a8f3k2m9x7q1z5w0', 'Qx7~pL2.vB9_kR4', 'Winter2023pass', 'k3j4h5g6f7d8s9a0', 'dXNlcjpwYXNzd29yZDEyMw==', 'abc123def456ghi7']);
    expect(findAssignedSecrets(code)[0]!.kind).toBe("a credential written in code for 'password'");
  });

  it('leaves names, URLs, comparisons, comments, paging tokens, placeholders and other files alone', () => {
    const code = [
      'public const string X_Amz_Credential = "X-Amz-Credential";',
      'const string ISO8601BasicFormat = "yyyyMMddTHHmmssZ";',
      'var tokenUrl = "https://login.example.com/oauth2/v2.0/token";',
      'var nextPageToken = "c2VjcmV0MTIzNDU2";',
      'if (password == "Summer2024rocks") {}',
      '// var password = "Summer2024rocks";',
      '/* apiKey = "a8f3k2m9x7q1z5w0"; */',
      'var secret = "YOUR_CLIENT_SECRET_123";',
      'var message = "apiKey = \\"a8f3k2m9x7q1z5w0\\"";',
      'request.Headers.Add("Authorization", "Bearer " + token);',
    ].join('\n');
    expect(values(code)).toEqual([]);
    expect(values('var password = "Summer2024rocks";', 'readme.md')).toEqual([]);
  });

  it('masks messages and frames through one rule: the same leading characters', () => {
    for (const secret of ['abcdefgh', 'Summer2024rocks', 'a8f3k2m9x7q1z5w0', 'x'.repeat(200)]) {
      const shown = shownLength(secret.length);
      expect(maskSecret(secret)).toBe(`'${secret.slice(0, shown)}...' (${secret.length} characters)`);
      expect(redact(secret)).toBe(secret.slice(0, shown) + '*'.repeat(secret.length - shown));
    }
    expect(shownLength(8)).toBe(2);
    expect(shownLength(40)).toBe(4);
  });
});

/** One of each format the scan knows (made up), each found by its own pattern. */
const tokens = [
  'AKIAQ7W2E9R4T1Y6U3I8',
  'ASIAZ5X0C3V8B1N6M4L7',
  `ghp_${'a1B2'.repeat(9)}`,
  `github_pat_${'c3D4_'.repeat(9)}`,
  'xoxb-4821973560-abcDEF',
  `sk_live_${'9zY8'.repeat(6)}`,
  `sk-${'p7Q2w9E4'.repeat(3)}`,
  `AIza${'Sy_-0'.repeat(7)}`,
  `eyJ${'hbGci0iJ'.repeat(2)}.eyJ${'zdWIi0i'.repeat(2)}.${'SflKxwRJ'.repeat(2)}`,
  '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----',
  `Bearer ${'k9Xw2pL7'.repeat(3)}`,
  'sftp://svc:pX9kQ2vL7@host.example.net',
];

/** Text with the needles and near misses of every pattern, in random order: overlapping, cut short, at either end. */
function craftedText(random: () => number): string {
  const pieces = [
    ...tokens, 'AKIA', 'ASIA', 'AIza', 'KIA', 'SIA', 'za', 'eyJ', 'J', 'gh', 'ghp_', 'gho_', 'github_pat_', 'xox', 'xoxp-',
    'k_live_', 'rk_live_', 'sk-', 'k-', 'Bearer ', 'Be', 'PRIVATE KEY-----', '-----BEGIN ', '-----END ', '://', 'u:', ':p4ss',
    '@', 'a@b.com', '@odata.type', '.', '/', ' ', '"', '\n', 'Q7W2E9R4', 'a1B2c3D4e5F6g7H8', 'é', '€', '日本',
  ];
  let text = '';
  const count = 1 + Math.floor(random() * 40);
  for (let index = 0; index < count; index++) text += pieces[Math.floor(random() * pieces.length)];
  return text;
}

/** A small seeded generator, so a failure names a text that can be made again. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('the needle search before the patterns', () => {
  it('finds what running every pattern over the whole text finds', () => {
    const texts = [
      ...tokens,
      ...tokens.map((token) => `é ${token} €`),
      ...tokens.map((token) => token.slice(0, -1)),
      'AKIAIzaSy',
      `AKIA${'AIza'.repeat(10)}`,
      `${'mail@example.com '.repeat(2000)}ftp://svc:pX9kQ2vL7@host ${'@odata.id '.repeat(500)}`,
      `https://example.com/a@b ftp://u:@host ftp://:p@host ftp://u:p/q@host ftp://u:${'p'.repeat(201)}@host`,
      '@', 'J', 'eyJ', 'gh', 'KIA', 'k-', '',
    ];
    for (const text of texts) expect(findTokens(text), text.slice(0, 80)).toEqual(findTokensEverywhere(text));
    expect(tokens.map((token) => findTokens(token).length)).toEqual(tokens.map(() => 1));
  });

  it('agrees with every pattern over the whole text on random mixes of needles', () => {
    const random = seeded(15);
    let matches = 0;
    for (let round = 0; round < 3000; round++) {
      const text = craftedText(random);
      const found = findTokens(text);
      expect(found, text).toEqual(findTokensEverywhere(text));
      matches += found.length;
    }
    expect(matches).toBeGreaterThan(1000);
  });
});
