import { cpSync, linkSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/fixtures.js';
import { runMain } from './run.js';
import { copyExample, tempDir } from './temp.js';

const failingExample = join(repoRoot, 'examples', 'failing');

/** A connector folder in a fresh temp folder, with the bytes of each of its files as they were. */
function connector() {
  const root = tempDir();
  const folder = join(root, 'Failing');
  cpSync(failingExample, folder, { recursive: true });
  const bytes = (name: string) => readFileSync(join(folder, name));
  return { root, folder, bytes };
}

const refusedOnto = (path: string) => `connector-certify: Refusing to write the report onto '${path}': it is a file of a connector this command reads; write it outside the connector's folder.\n`;

describe('--output never writes onto a file of a connector it reads', () => {
  for (const name of ['apiDefinition.swagger.json', 'apiProperties.json', 'readme.md']) {
    it(`refuses ${name} of the folder checked, exit 2 and one line, the file unchanged`, async () => {
      const { folder, bytes } = connector();
      const before = bytes(name);
      const target = join(folder, name);
      const run = await runMain(['check', folder, '--output', target, '--format', 'json']);
      expect(run).toMatchObject({ code: 2, stderr: refusedOnto(target) });
      expect(bytes(name)).toEqual(before);
    });
  }

  it('sees through another spelling, a symbolic link and a hard link to the file', async () => {
    const { root, folder, bytes } = connector();
    const before = bytes('apiDefinition.swagger.json');
    symlinkSync(join(folder, 'apiDefinition.swagger.json'), join(root, 'link.json'));
    linkSync(join(folder, 'apiDefinition.swagger.json'), join(root, 'hard.json'));
    for (const target of [join(folder, '.', 'apiDefinition.swagger.json'), join(root, 'link.json'), join(root, 'hard.json')]) {
      const run = await runMain(['check', folder, '--output', target]);
      expect(run.code, target).toBe(2);
      expect(run.stderr).toContain('Refusing to write the report onto');
    }
    expect(bytes('apiDefinition.swagger.json')).toEqual(before);
  });

  it('protects every folder found by --recursive, and script.csx too', async () => {
    const root = tempDir();
    const folder = copyExample(root, 'connectors/A');
    writeFileSync(join(folder, 'script.csx'), 'public class Script : ScriptBase {}\n');
    const target = join(folder, 'script.csx');
    const run = await runMain(['check', root, '--recursive', '--output', target]);
    expect(run).toMatchObject({ code: 2, stderr: refusedOnto(target) });
    expect(readFileSync(target, 'utf8')).toBe('public class Script : ScriptBase {}\n');
  });

  it('diff refuses a file of either side', async () => {
    const { root, folder, bytes } = connector();
    const other = copyExample(root, 'New');
    for (const target of [join(folder, 'readme.md'), join(other, 'apiDefinition.swagger.json')]) {
      const before = readFileSync(target);
      const run = await runMain(['diff', folder, other, '--output', target]);
      expect(run).toMatchObject({ code: 2, stderr: refusedOnto(target) });
      expect(readFileSync(target)).toEqual(before);
    }
    expect(bytes('readme.md').length).toBeGreaterThan(0);
  });

  it('still writes a new file beside the connector, and into a device in place', async () => {
    const { root, folder } = connector();
    const run = await runMain(['check', folder, '--format', 'json', '--output', join(root, 'report.json')]);
    expect(run.code).toBe(1);
    expect(JSON.parse(readFileSync(join(root, 'report.json'), 'utf8')).results).toHaveLength(1);
    expect((await runMain(['check', folder, '--output', '/dev/null'])).code).toBe(1);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });
});

describe('--write-baseline writes only where no file is or a baseline is', () => {
  it('refuses a file of the connector checked, and any file that is not a baseline', async () => {
    const { root, folder, bytes } = connector();
    const readme = join(folder, 'readme.md');
    const before = bytes('readme.md');
    const onto = await runMain(['check', folder, '--write-baseline', readme]);
    expect(onto).toMatchObject({ code: 2, stderr: `connector-certify: Refusing to write the baseline onto '${readme}': it is a file of a connector this command reads; write it outside the connector's folder.\n` });
    expect(bytes('readme.md')).toEqual(before);
    const pkg = join(root, 'package.json');
    writeFileSync(pkg, '{ "name": "mine" }\n');
    const other = await runMain(['check', folder, '--write-baseline', pkg]);
    expect(other).toMatchObject({ code: 2, stderr: `connector-certify: Refusing to overwrite '${pkg}': it is not a connector-certify baseline.\n` });
    expect(readFileSync(pkg, 'utf8')).toBe('{ "name": "mine" }\n');
  });

  it('replaces its own baseline even inside the connector folder', async () => {
    const { folder } = connector();
    const baseline = join(folder, '.connector-certify-baseline.json');
    expect((await runMain(['check', folder, '--write-baseline', baseline])).code).toBe(0);
    expect((await runMain(['check', folder, '--write-baseline', baseline])).code).toBe(0);
    expect(JSON.parse(readFileSync(baseline, 'utf8')).findings.length).toBeGreaterThan(0);
  });

  it('writes a new baseline, then replaces it', async () => {
    const { root, folder } = connector();
    const baseline = join(root, 'sub', 'baseline.json');
    expect((await runMain(['check', folder, '--write-baseline', baseline])).code).toBe(0);
    const first = JSON.parse(readFileSync(baseline, 'utf8'));
    expect(first.findings.length).toBeGreaterThan(0);
    writeFileSync(join(folder, 'apiDefinition.swagger.json'), readFileSync(join(repoRoot, 'examples', 'passing', 'apiDefinition.swagger.json')));
    expect((await runMain(['check', folder, '--write-baseline', baseline])).code).toBe(0);
    expect(JSON.parse(readFileSync(baseline, 'utf8')).findings.length).toBeLessThan(first.findings.length);
  });
});

describe('reports and baselines are written atomically', () => {
  // A hard link sees the old file's inode: a write in place changes what it shows (and a signal in the middle would
  // leave it half written); a temporary file renamed over the name leaves the old inode whole.
  it('never opens the previous report or baseline for writing', async () => {
    const { root, folder } = connector();
    const report = join(root, 'report.sarif');
    const baseline = join(root, 'baseline.json');
    expect((await runMain(['check', folder, '--format', 'sarif', '--output', report])).code).toBe(1);
    expect((await runMain(['check', folder, '--write-baseline', baseline])).code).toBe(0);
    linkSync(report, join(root, 'old-report.sarif'));
    linkSync(baseline, join(root, 'old-baseline.json'));
    const [oldReport, oldBaseline] = [readFileSync(report, 'utf8'), readFileSync(baseline, 'utf8')];
    writeFileSync(join(folder, 'readme.md'), '# Changed\n');
    await runMain(['check', folder, '--format', 'json', '--output', report]);
    await runMain(['check', folder, '--write-baseline', baseline]);
    expect(JSON.parse(readFileSync(report, 'utf8')).results).toHaveLength(1);
    expect(readFileSync(baseline, 'utf8')).not.toBe(oldBaseline);
    expect(readFileSync(join(root, 'old-report.sarif'), 'utf8')).toBe(oldReport);
    expect(readFileSync(join(root, 'old-baseline.json'), 'utf8')).toBe(oldBaseline);
  });
});
