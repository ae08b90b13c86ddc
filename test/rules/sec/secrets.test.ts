import { describe, expect, it } from 'vitest';
import { findAssignedSecrets, findSecrets, maskSecret, redact, shownLength } from '../../../src/rules/shared/secrets.js';

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
