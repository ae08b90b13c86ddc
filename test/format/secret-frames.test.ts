import { describe, expect, it } from 'vitest';
import { defineRule, everywhere, parseConnector, validateConnector, type ValidateOptions } from '../../src/index.js';
import { format, formatNames } from '../../src/format/index.js';
import { checkReport } from '../../src/format/report.js';
import { maskSecret, redact } from '../../src/rules/shared/secrets.js';
import { exampleFiles } from './sample-reports.js';

/** Points at every line of a text file holding `marker`, as any rule with a code frame might. */
const pointAt = (marker: string) =>
  defineRule({
    meta: { id: 'test-line', area: 'readme', description: 'Points at a line.', severity: everywhere('warning'), messages: { here: 'Here.' } },
    create: (context) => ({
      file: ({ file }) => {
        if (file.type === 'binary') return;
        const at = file.text.indexOf(marker);
        if (at >= 0) context.report({ messageId: 'here', pointer: '', span: { offset: at, length: marker.length } });
      },
    }),
  });

function stylishOf(files: Record<string, string>, marker: string, options: ValidateOptions = {}) {
  const result = validateConnector(parseConnector(files), { ...options, extraRules: [pointAt(marker)] });
  const report = checkReport([{ folder: 'c', result, sources: files }]);
  return { result, report, text: format(report, 'stylish', { showInfo: true }) };
}

describe('code frames never show a secret', () => {
  it('stars exactly the value a secret rule reported, showing the characters its message shows (quotes kept)', () => {
    const files = exampleFiles();
    const secret = 'a8f3k2m9x7q1z5w0';
    files['apiDefinition.swagger.json'] = files['apiDefinition.swagger.json']!.replace('"name": "stationId",', `"name": "X-Api-Key", "x-ms-test-value": "${secret}",`);
    const { result, report, text } = stylishOf(files, `"${secret}"`);
    const finding = result.findings.find((f) => f.ruleId === 'artifact-no-secrets')!;
    expect(finding.message).toContain(maskSecret(secret));
    expect(maskSecret(secret)).toBe("'a8f3...' (16 characters)");
    expect(text).toContain(`"x-ms-test-value": "${redact(secret)}"`);
    expect(redact(secret)).toBe(`a8f3${'*'.repeat(12)}`);
    for (const name of formatNames) {
      const out = format(report, name);
      expect(out, name).not.toContain(secret);
      expect(out, name).not.toContain(secret.slice(4));
      expect(out, name).toContain('a8f3...');
    }
  });

  it('masks a password in a script.csx assignment in another rule\'s frame, even with the secret rule off', () => {
    const files = { ...exampleFiles(), 'script.csx': 'public class Script : ScriptBase\n{\n    var password = "Summer2024rocks";\n}\n' };
    const { text } = stylishOf(files, 'var password', { rules: { 'artifact-no-secrets': 'off' } });
    expect(text).toContain('3 |     var password = "Sum************";');
    expect(text).not.toContain('Summer2024rocks');
  });

  it('masks a password in an FTP URL in another rule\'s frame', () => {
    const files = exampleFiles();
    files['readme.md'] += '\nDownload from ftp://tides:Hunter2pass@files.tidewatch.example.com today.\n';
    const { text } = stylishOf(files, 'Download from');
    expect(text).toContain('| Download from ftp://tides:Hu*********@files.tidewatch.example.com today.');
    expect(text).not.toContain('Hunter2pass');
  });

  it('masks an OAuth client secret in apiProperties.json the same way', () => {
    const files = exampleFiles();
    const properties = JSON.parse(files['apiProperties.json']!);
    properties.properties.connectionParameters.token = {
      type: 'oauthSetting',
      oAuthSettings: { identityProvider: 'oauth2', clientId: 'tidewatch-app', clientSecret: 'Qx7pL2vB9kR4mN8s', scopes: [], redirectMode: 'GlobalPerConnector' },
    };
    files['apiProperties.json'] = JSON.stringify(properties, null, 2);
    const { result, report, text } = stylishOf(files, '"clientSecret"');
    expect(result.findings.find((f) => f.ruleId === 'sec-no-client-secret')!.message).toContain("'Qx7p...' (16 characters)");
    expect(text).toContain(`"clientSecret": "Qx7p${'*'.repeat(12)}",`);
    for (const name of formatNames) expect(format(report, name), name).not.toContain('vB9kR4');
  });
});
