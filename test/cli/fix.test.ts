import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyPatch } from 'diff';
import { describe, expect, it } from 'vitest';
import { rewriteFile } from '../../src/node/safe-write.js';
import { runMain } from './run.js';
import { copyExample, tempDir } from './temp.js';

const swaggerName = 'apiDefinition.swagger.json';
const propertiesName = 'apiProperties.json';

/**
 * The passing example with three fixable findings in its swagger (basePath without '/', a summary ending in '.',
 * an empty required list), its swagger written with tabs, CRLF line endings and a byte-order mark.
 */
function fixableConnector(root = tempDir(), name = 'Tidewatch') {
  const folder = copyExample(root, name);
  const path = join(folder, swaggerName);
  const swagger = JSON.parse(readFileSync(path, 'utf8'));
  swagger.basePath = 'v1';
  swagger.paths['/stations'].get.summary = 'List stations.';
  swagger.definitions = { ...swagger.definitions, Empty: { type: 'object', required: [] } };
  const text = `\uFEFF${JSON.stringify(swagger, null, '\t').replace(/\n/g, '\r\n')}\r\n`;
  writeFileSync(path, text);
  return { root, folder, path, text };
}

const bytesOf = (folder: string) => Object.fromEntries(readdirSync(folder).map((name) => [name, readFileSync(join(folder, name))]));

describe('check --fix', () => {
  it('fixes the findings, keeping the BOM, CRLF endings and tabs, then reports what is left as a plain check would', async () => {
    const { folder, path, text } = fixableConnector();
    const before = bytesOf(folder);
    const run = await runMain(['check', folder, '--fix', '--no-color']);
    const after = readFileSync(path, 'utf8');
    expect(after).toBe(text.replace('"basePath": "v1"', '"basePath": "/v1"').replace('"List stations."', '"List stations"').replace(/,\r\n\t\t\t"required": \[\]/, ''));
    expect(after.startsWith('\uFEFF{\r\n\t"swagger"')).toBe(true);
    expect(run.stderr).toBe('Fixed 3 findings in 1 file.\n');
    // Only the swagger changed, and nothing was left beside it (no temporary file).
    const now = bytesOf(folder);
    expect(Object.keys(now).sort()).toEqual(Object.keys(before).sort());
    for (const name of Object.keys(before)) if (name !== swaggerName) expect(now[name], name).toEqual(before[name]);
    const plain = await runMain(['check', folder, '--no-color']);
    expect(run.stdout).toBe(plain.stdout);
    expect(run.code).toBe(plain.code);
  });

  it('changes nothing the second time', async () => {
    const { folder } = fixableConnector();
    await runMain(['check', folder, '--fix']);
    const once = bytesOf(folder);
    const mtime = statSync(join(folder, swaggerName)).mtimeMs;
    const again = await runMain(['check', folder, '--fix']);
    expect(bytesOf(folder)).toEqual(once);
    expect(statSync(join(folder, swaggerName)).mtimeMs).toBe(mtime);
    expect(again.stderr).toBe('Fixed 0 findings in 0 files.\n');
  });

  it('never touches a file that does not parse cleanly, and says so', async () => {
    const { folder } = fixableConnector();
    const properties = join(folder, propertiesName);
    // A duplicate key: the value is certain enough to check, not to edit. iconBrandColor has a fix.
    const text = readFileSync(properties, 'utf8').replace('"iconBrandColor": "#da3b01",', '"iconBrandColor": "#ffffff",\n    "publisher": "Avery Lindqvist",');
    writeFileSync(properties, text);
    const run = await runMain(['check', folder, '--fix']);
    expect(readFileSync(properties, 'utf8')).toBe(text);
    expect(run.stderr).toContain('Fixed 3 findings in 1 file.\n');
    expect(run.stderr).toContain(`not fixed (1 finding): ${join(folder, propertiesName)}: ${propertiesName} does not parse cleanly: Key 'publisher' appears more than once`);
    expect(run.code).toBe(1);
  });

  it('fixes only the findings the report shows: not those of the baseline, nor warnings with --quiet', async () => {
    const { root, folder, text } = fixableConnector();
    const baseline = join(root, 'baseline.json');
    await runMain(['check', folder, '--write-baseline', baseline]);
    const run = await runMain(['check', folder, '--fix', '--baseline', baseline]);
    expect(readFileSync(join(folder, swaggerName), 'utf8')).toBe(text);
    expect(run).toMatchObject({ code: 0, stderr: 'Fixed 0 findings in 0 files.\n' });

    // op-summary-no-trailing-punct is a warning; basePath and the empty required list are errors.
    await runMain(['check', folder, '--fix', '--quiet']);
    const fixed = readFileSync(join(folder, swaggerName), 'utf8');
    expect(fixed).toContain('"basePath": "/v1"');
    expect(fixed).toContain('"List stations."');
  });

  it('fixes every folder found with --recursive, and --format json prints one document of what is left', async () => {
    const root = tempDir();
    const one = fixableConnector(root, 'connectors/One');
    const two = fixableConnector(root, 'connectors/Two');
    const run = await runMain(['check', root, '--recursive', '--fix', '--format', 'json']);
    for (const { path } of [one, two]) expect(readFileSync(path, 'utf8')).toContain('"basePath": "/v1"');
    const report = JSON.parse(run.stdout);
    expect(report.results.map((r: { folder: string }) => r.folder)).toEqual([one.folder, two.folder]);
    expect(run.stderr).toBe('Fixed 6 findings in 2 files.\n');
  });
});

describe('check --fix-dry-run', () => {
  it('prints a unified diff that turns the files into what --fix writes, and writes nothing', async () => {
    const { root, folder } = fixableConnector();
    const before = bytesOf(folder);
    const run = await runMain(['check', folder, '--fix-dry-run', '--no-color']);
    expect(bytesOf(folder)).toEqual(before);
    expect(run.stdout).toMatch(new RegExp(`^--- ${folder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/${swaggerName}\n\\+\\+\\+ `));
    expect(run.stderr).toMatch(/^Would fix 3 findings in 1 file\. \d+ findings? \(0 errors\) would be left\.\n$/);
    expect(run.code).toBe(0);

    const copy = fixableConnector(root, 'Copy');
    await runMain(['check', copy.folder, '--fix']);
    const original = before[swaggerName]!.toString('utf8');
    expect(applyPatch(original, run.stdout)).toBe(readFileSync(copy.path, 'utf8'));
  });

  it('shows the characters of a connector that could drive a terminal or reorder a line as escapes', async () => {
    const { folder, path } = fixableConnector();
    // JSON strings may hold C1 controls and bidirectional overrides as they are; this one sits beside a fixed line.
    writeFileSync(path, readFileSync(path, 'utf8').replace('"basePath": "v1",', '"basePath": "v1",\r\n\t"x-note": "\u009b2J \u202eevil",'));
    const run = await runMain(['check', folder, '--fix-dry-run', '--no-color']);
    expect(run.stdout).toContain(' \t"x-note": "\\u009b2J \\u202eevil",\r\n');
    expect(run.stdout).not.toMatch(/[\u0080-\u009f\u202e]/);
  });

  it('stars a secret on a line the diff shows, as a code frame does', async () => {
    const { folder, path } = fixableConnector();
    const token = `ghp_${'A1b2C3d4E5'.repeat(3)}f6G7h8`;
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlc2lnbmF0dXJl';
    writeFileSync(path, readFileSync(path, 'utf8').replace('"basePath": "v1",', `"basePath": "v1",\r\n\t"x-token": "${token}",\r\n\t"x-auth": "Bearer ${jwt}",`));
    const run = await runMain(['check', folder, '--fix-dry-run', '--no-color']);
    expect(run.stdout).toContain('"basePath": "/v1"');
    expect(run.stdout).toContain('"x-token": "ghp_****');
    expect(run.stdout).not.toContain(token);
    expect(run.stdout).not.toContain(jwt);
    expect(run.stdout).not.toContain(jwt.slice(8));
  });

  it('writes the diff to --output, never onto a connector file', async () => {
    const { root, folder } = fixableConnector();
    const output = join(root, 'fixes.patch');
    const run = await runMain(['check', folder, '--fix-dry-run', '--output', output]);
    expect(run.stdout).toBe('');
    expect(readFileSync(output, 'utf8')).toContain('+\t"basePath": "/v1",\r');
    const onto = await runMain(['check', folder, '--fix-dry-run', '--output', join(folder, 'readme.md')]);
    expect(onto.code).toBe(2);
  });

  it('refuses what it cannot honour, in one line', async () => {
    const { folder } = fixableConnector();
    const cases: Array<[string[], string]> = [
      [['--fix', '--fix-dry-run'], 'Give --fix or --fix-dry-run, not both.'],
      [['--fix-dry-run', '--format', 'json'], '--fix-dry-run prints a unified diff; --format json cannot be used with it (use --fix for a report).'],
      [['--fix-dry-run', '--write-baseline', join(folder, '..', 'b.json')], '--fix-dry-run writes nothing; --write-baseline cannot be used with it.'],
    ];
    for (const [flags, message] of cases) {
      expect(await runMain(['check', folder, ...flags])).toMatchObject({ code: 2, stderr: `connector-certify: ${message}\n` });
    }
  });
});

describe('rewriteFile', () => {
  it('replaces a file through a temporary file, and refuses one that changed since it was read', async () => {
    const dir = tempDir();
    const path = join(dir, swaggerName);
    writeFileSync(path, '{ "basePath": "v1" }');
    await rewriteFile(path, '{ "basePath": "/v1" }', '{ "basePath": "v1" }');
    expect(readFileSync(path, 'utf8')).toBe('{ "basePath": "/v1" }');
    await expect(rewriteFile(path, '{}', '{ "basePath": "v1" }')).rejects.toThrow(/changed while it was being checked/);
    expect(readFileSync(path, 'utf8')).toBe('{ "basePath": "/v1" }');
    expect(readdirSync(dir)).toEqual([swaggerName]);
  });
});
