import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { validateConnector } from '../../src/index.js';
import { format, type FormatName, type FormatOptions } from '../../src/format/index.js';
import { checkReport, type FolderEntry } from '../../src/format/report.js';
import * as checkJob from '../../src/node/check-job.js';
import { loadConnector } from '../../src/node/load.js';
import { main } from '../../src/node/main.js';
import { runJobs } from '../../src/node/pool.js';
import { findConnectorFolders } from '../../src/node/recursive.js';
import { repoRoot } from '../helpers/fixtures.js';
import { builtCli, runMain } from './run.js';
import { tempDir } from './temp.js';

// Counts the folders the pool starts, to see how far it runs ahead of the folders handed on.
vi.mock('../../src/node/check-job.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/node/check-job.js')>();
  return { ...actual, runJob: vi.fn(actual.runJob) };
});

/** `count` connector folders, every third a copy of the failing example (findings with code frames), the rest passing. */
function mixedTree(count: number): string {
  const root = tempDir();
  for (let i = 0; i < count; i++) {
    cpSync(join(repoRoot, 'examples', i % 3 === 0 ? 'failing' : 'passing'), join(root, `c${String(i).padStart(2, '0')}`), { recursive: true });
  }
  return root;
}

/** The report as one formatter call over every folder, checked one by one through the library: what the CLI must write. */
async function wholeReport(root: string, name: FormatName, options: FormatOptions): Promise<string> {
  const entries: FolderEntry[] = [];
  for (const folder of await findConnectorFolders(root)) {
    const input = await loadConnector(folder);
    const result = validateConnector(input);
    const ranged = new Set(result.findings.filter((f) => f.range).map((f) => f.file));
    const sources = Object.fromEntries(input.files.flatMap((file) => (ranged.has(file.name) && 'text' in file ? [[file.name, file.text]] : [])));
    entries.push({ folder, result, sources });
  }
  return format(checkReport(entries), name, { root: process.cwd(), ...options });
}

const jobsOf = (folders: string[]) => folders.map((folder) => ({ folder, options: {}, sources: false }));

describe('check writes its report folder by folder', () => {
  it('gives, over many folders, the text one formatter call gives over all of them, in path order', async () => {
    const root = mixedTree(16);
    for (const [name, flags, options] of [
      ['json', [], {}],
      ['stylish', ['--no-color'], { color: false }],
      ['stylish', ['--no-color', '--quiet'], { color: false, quiet: true }],
      ['stylish', ['--no-color', '--show-info'], { color: false, showInfo: true }],
      ['markdown', [], {}],
    ] as Array<[FormatName, string[], FormatOptions]>) {
      const run = await runMain(['check', root, '--recursive', '--format', name, ...flags]);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe(await wholeReport(root, name, options));
    }
  }, 60_000);

  it('hands outcomes on in job order, starting only a few folders beyond the one being handed on', async () => {
    const folders = await findConnectorFolders(mixedTree(16));
    const runJob = vi.mocked(checkJob.runJob);
    runJob.mockClear();
    const handed: string[] = [];
    let startedWhileFirstWaited = 0;
    await runJobs(jobsOf(folders), async (outcome, index) => {
      if (index === 0) {
        // The output is slow to take the first folder: the pool must wait for it, not check every other folder.
        await new Promise((done) => setTimeout(done, 100));
        startedWhileFirstWaited = runJob.mock.calls.length;
      }
      handed.push(outcome.folder);
    });
    expect(handed).toEqual(folders);
    expect(startedWhileFirstWaited).toBeLessThanOrEqual(4);
    expect(runJob).toHaveBeenCalledTimes(folders.length);
  });

  it('with worker threads too, hands every outcome on in job order before it resolves', async () => {
    const root = mixedTree(12);
    // The next-to-last folder takes longest, so the last one is checked before it and waits to be handed on.
    const swaggerPath = join(root, 'c10', 'apiDefinition.swagger.json');
    const swagger = JSON.parse(readFileSync(swaggerPath, 'utf8'));
    const [path, item] = Object.entries(swagger.paths)[0]!;
    for (let i = 0; i < 1500; i++) swagger.paths[`${path}/${i}`] = JSON.parse(JSON.stringify(item).replaceAll('"operationId":"', `"operationId":"N${i}`));
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

  it('stops checking when handing an outcome on fails, and rejects with that failure', async () => {
    const folders = await findConnectorFolders(mixedTree(16));
    const runJob = vi.mocked(checkJob.runJob);
    runJob.mockClear();
    const handed: number[] = [];
    const failure = runJobs(jobsOf(folders), (_outcome, index) => {
      if (index === 2) throw new Error('the reader went away');
      handed.push(index);
    });
    await expect(failure).rejects.toThrow('the reader went away');
    expect(handed).toEqual([0, 1]);
    expect(runJob.mock.calls.length).toBeLessThan(folders.length);
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
