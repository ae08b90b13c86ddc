import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateConnector } from '../../src/index.js';
import { format, type FormatName, type FormatOptions } from '../../src/format/index.js';
import { checkReport, type FolderEntry } from '../../src/format/report.js';
import { loadConnector } from '../../src/node/load.js';
import { main } from '../../src/node/main.js';
import { inOrder } from '../../src/node/in-order.js';
import { runJobs } from '../../src/node/pool.js';
import { findConnectorFolders } from '../../src/node/recursive.js';
import { repoRoot } from '../helpers/fixtures.js';
import { builtCli, runMain } from './run.js';
import { copyExample, tempDir } from './temp.js';

/** `count` connector folders, every third a copy of the failing example (findings with code frames), the rest passing. */
function mixedTree(count: number): string {
  const root = tempDir();
  for (let i = 0; i < count; i++) {
    cpSync(join(repoRoot, 'examples', i % 3 === 0 ? 'failing' : 'passing'), join(root, `c${String(i).padStart(2, '0')}`), { recursive: true });
  }
  return root;
}

/** Each folder checked through the library, one by one, as the CLI checks it by default (code frames' sources included). */
async function checkOneByOne(root: string): Promise<FolderEntry[]> {
  const entries: FolderEntry[] = [];
  for (const folder of await findConnectorFolders(root)) {
    const input = await loadConnector(folder);
    const result = validateConnector(input);
    const ranged = new Set(result.findings.filter((f) => f.range).map((f) => f.file));
    const sources = Object.fromEntries(input.files.flatMap((file) => (ranged.has(file.name) && 'text' in file ? [[file.name, file.text]] : [])));
    entries.push({ folder, result, sources });
  }
  return entries;
}

const jobsOf = (folders: string[]) => folders.map((folder) => ({ folder, options: {}, sources: false }));

describe('check writes its report folder by folder', () => {
  it('gives, over many folders, the text one formatter call gives over all of them, in path order', async () => {
    const root = mixedTree(10);
    // What the CLI must write: one formatter call over every folder.
    const report = checkReport(await checkOneByOne(root));
    for (const [name, flags, options] of [
      ['json', [], {}],
      ['stylish', ['--no-color'], { color: false }],
      ['stylish', ['--no-color', '--quiet'], { color: false, quiet: true }],
      ['stylish', ['--no-color', '--show-info'], { color: false, showInfo: true }],
      ['markdown', [], {}],
    ] as Array<[FormatName, string[], FormatOptions]>) {
      const run = await runMain(['check', root, '--recursive', '--format', name, ...flags]);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe(format(report, name, { root: process.cwd(), ...options }));
    }
  }, 60_000);

  it('hands outcomes on in job order, starting no folder past one per lane while the first waits', async () => {
    const root = tempDir();
    const names = Array.from({ length: 16 }, (_, i) => `c${String(i).padStart(2, '0')}`);
    const folders = names.map((name) => join(root, name));
    // Only the first four folders exist until the first outcome is taken; a folder started before then would be missing.
    const make = (from: number, to: number) => names.slice(from, to).forEach((name) => copyExample(root, name));
    make(0, 4);
    const handed: string[] = [];
    await runJobs(jobsOf(folders), async (outcome, index) => {
      if (index === 0) {
        // The output is slow to take the first folder: the four lanes must wait for it, not check the other folders.
        await new Promise((done) => setTimeout(done, 100));
        make(4, folders.length);
      }
      expect(outcome).not.toHaveProperty('error');
      handed.push(outcome.folder);
    });
    expect(handed).toEqual(folders);
  });

  it('with worker threads too, hands every outcome on in job order before it resolves', async () => {
    const root = mixedTree(8);
    // The next-to-last folder takes longest, so the last one is checked before it and waits to be handed on.
    const swaggerPath = join(root, 'c06', 'apiDefinition.swagger.json');
    const swagger = JSON.parse(readFileSync(swaggerPath, 'utf8'));
    const [path, item] = Object.entries(swagger.paths)[0]!;
    for (let i = 0; i < 600; i++) swagger.paths[`${path}/${i}`] = JSON.parse(JSON.stringify(item).replaceAll('"operationId":"', `"operationId":"N${i}`));
    writeFileSync(swaggerPath, JSON.stringify(swagger));
    const folders = await findConnectorFolders(root);
    const handed: string[] = [];
    await runJobs(
      jobsOf(folders),
      async (outcome, index) => {
        await new Promise((done) => setTimeout(done, index === folders.length - 1 ? 300 : 10));
        handed.push(outcome.folder);
      },
      { workerUrl: pathToFileURL(builtCli()), threads: 2 },
    );
    expect(handed).toEqual(folders);
  }, 60_000);

  it('stops when handing an outcome on fails, and rejects with that failure', async () => {
    const folders = await findConnectorFolders(mixedTree(16));
    const handed: number[] = [];
    const failure = runJobs(jobsOf(folders), (_outcome, index) => {
      if (index === 2) throw new Error('the reader went away');
      handed.push(index);
    });
    await expect(failure).rejects.toThrow('the reader went away');
    expect(handed).toEqual([0, 1]);
  });

  it('writes nothing when a folder given cannot be read, even after folders that can', async () => {
    for (const format of ['json', 'stylish']) {
      const run = await runMain(['check', 'examples/passing', 'examples/failing', 'examples/nowhere', '--format', format]);
      expect(run).toEqual({ code: 2, stdout: '', stderr: "connector-certify: Cannot read 'examples/nowhere': no such file or folder.\n" });
    }
  });

  it('erases the progress bar before each piece of the report when both go to one terminal', async () => {
    const root = mixedTree(8);
    const terminal: string[] = [];
    let barShown = false;
    let writtenUnderBar = 0;
    const stream = (isStdout: boolean) =>
      ({
        isTTY: true,
        write(text: string, done?: () => void) {
          if (isStdout && barShown) writtenUnderBar += 1;
          if (!isStdout) barShown = text.startsWith('\r[') || (barShown && text !== '\r\u001b[K');
          terminal.push(text);
          done?.();
          return true;
        },
      }) as unknown as NodeJS.WriteStream;
    const code = await main(['check', root, '--recursive', '--format', 'json'], { stdout: stream(true), stderr: stream(false) });
    expect(code).toBe(1);
    expect(writtenUnderBar).toBe(0);
    expect(terminal.some((text) => text.startsWith('\r['))).toBe(true);
    expect(barShown).toBe(false);
    const report = terminal.filter((text) => !text.startsWith('\r')).join('');
    expect(JSON.parse(report).results).toHaveLength(8);
  });
});

describe('inOrder', () => {
  const tick = () => new Promise((done) => setTimeout(done, 10));

  it('hands items on in index order, settling each item only once it has been handed on', async () => {
    const handed: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((done) => (release = done));
    const hand = inOrder<string>(async (item, index) => {
      if (index === 0) await gate;
      handed.push(item);
    });
    const settled: number[] = [];
    const later = [hand(2, 'c').then(() => settled.push(2)), hand(1, 'b').then(() => settled.push(1))];
    await tick();
    // The producers of items 1 and 2 wait: they may not go on to make more while item 0 is missing.
    expect(settled).toEqual([]);
    const first = hand(0, 'a').then(() => settled.push(0));
    await tick();
    expect(handed).toEqual([]);
    expect(settled).toEqual([]);
    release();
    await Promise.all([first, ...later]);
    expect(handed).toEqual(['a', 'b', 'c']);
    expect(settled).toEqual([0, 1, 2]);
  });

  it('rejects every waiting item, and hands nothing more on, once handing one on failed', async () => {
    const handed: number[] = [];
    const hand = inOrder<number>((item) => {
      if (item === 1) throw new Error('the reader went away');
      handed.push(item);
    });
    const waiting = hand(3, 3);
    waiting.catch(() => undefined);
    await hand(0, 0);
    await expect(hand(1, 1)).rejects.toThrow('the reader went away');
    await expect(waiting).rejects.toThrow('the reader went away');
    await expect(hand(2, 2)).rejects.toThrow('the reader went away');
    expect(handed).toEqual([0]);
  });
});
