import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findConnectorFolders } from '../../src/node/recursive.js';
import { runBuilt, runMain } from './run.js';
import { copyExample, tempDir } from './temp.js';

interface Doc {
  results: Array<{ folder: string; ok: boolean; findings: unknown[] }>;
}

/** A repository-like tree: connectors at several depths, one with only a lower-case apiproperties.json. */
function tree(count = 3): string {
  const root = tempDir();
  for (let i = 0; i < count; i++) copyExample(root, `certified-connectors/Conn ${String(i).padStart(2, '0')}`);
  copyExample(root, 'independent-publisher-connectors/Deep/latest');
  mkdirSync(join(root, 'custom', 'PropsOnly'), { recursive: true });
  writeFileSync(join(root, 'custom', 'PropsOnly', 'apiproperties.json'), '{"properties": {}}');
  copyExample(root, 'node_modules/some-package/fixture');
  copyExample(root, '.git/objects/Connector');
  mkdirSync(join(root, 'docs', 'empty'), { recursive: true });
  return root;
}

describe('--recursive', () => {
  it('finds every connector folder below, skipping node_modules and .git, sorted', async () => {
    const root = tree();
    expect((await findConnectorFolders(root)).map((f) => f.slice(root.length + 1))).toEqual([
      'certified-connectors/Conn 00',
      'certified-connectors/Conn 01',
      'certified-connectors/Conn 02',
      'custom/PropsOnly',
      'independent-publisher-connectors/Deep/latest',
    ]);
  });

  it('checks them all in path order and ends stylish output with a summary table', async () => {
    const root = tree();
    const doc: Doc = JSON.parse((await runMain(['check', root, '--recursive', '--format', 'json'])).stdout);
    expect(doc.results.map((r) => r.folder)).toEqual(await findConnectorFolders(root));
    const props = doc.results.find((r) => r.folder.endsWith('PropsOnly'))!;
    expect(props.ok).toBe(false);
    const stylish = await runMain(['check', root, '--recursive']);
    expect(stylish.stdout).toMatch(/Summary\n {2}folders {3}5 checked, 4 passed, 1 failed\n/);
    expect(stylish.stdout).toContain('Rules that fired most');
  });

  it('gives the same report with worker threads (built CLI, --jobs 3) as in one thread', async () => {
    const root = tree(12);
    const inProcess = await runMain(['check', root, '--recursive', '--format', 'json']);
    const threaded = runBuilt(['check', root, '--recursive', '--format', 'json', '--jobs', '3']);
    expect(threaded.stderr).toBe('');
    expect(threaded.code).toBe(inProcess.code);
    expect(threaded.stdout).toBe(inProcess.stdout);
    expect((JSON.parse(threaded.stdout) as Doc).results).toHaveLength(14);
  }, 60_000);

  it('draws a progress bar on a terminal only, and only on stderr', async () => {
    const root = tree();
    const tty = await runMain(['check', root, '--recursive', '--format', 'json'], { tty: true });
    expect(tty.stderr).toMatch(/\r\[#{24}\] 5\/5 folders {2}\d+ findings {2}\d+\.\ds\u001b\[K/);
    expect(tty.stderr.endsWith('\r\u001b[K')).toBe(true);
    expect(JSON.parse(tty.stdout).results).toHaveLength(5);
    const pipe = await runMain(['check', root, '--recursive', '--format', 'json']);
    expect(pipe.stderr).toBe('');
  });

  it('reports a parent folder with no connector, or none at all, as a usage error', async () => {
    const empty = tempDir();
    const run = await runMain(['check', empty, '--recursive']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('No connector folder');
    const gone = await runMain(['check', join(empty, 'missing'), '--recursive']);
    expect(gone).toMatchObject({ code: 2, stderr: `connector-certify: Cannot read '${join(empty, 'missing')}': no such folder.\n` });
  });

  it('keeps folder paths as found below the folder given', async () => {
    const root = tree(1);
    renameSync(join(root, 'custom'), join(root, 'zz'));
    const run = runBuilt(['check', '.', '--recursive', '--format', 'json'], { cwd: root });
    expect((JSON.parse(run.stdout) as Doc).results.map((r) => r.folder)).toEqual([
      'certified-connectors/Conn 00',
      'independent-publisher-connectors/Deep/latest',
      'zz/PropsOnly',
    ]);
  });
});
