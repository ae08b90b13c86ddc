// Builds the playground, serves it and opens it in Chromium, recording every console error and CSP violation.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { serveStatic, type StaticServer } from './static-server.js';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const artifacts = join(repoRoot, 'test-artifacts');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const corpusRoot = resolve(repoRoot, process.env.CONNECTOR_CORPUS ?? '../shared/corpus');
export const corpus = join(corpusRoot, 'independent-publisher-connectors');

type Certify = typeof import('connector-certify');
type CertifyDiff = typeof import('connector-certify/diff');

export interface Harness {
  server: StaticServer;
  browser: Browser;
  /** The built package, as the playground imports it. */
  certify: Certify;
  /** Its diff entry, likewise built. */
  certifyDiff: CertifyDiff;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const entry = join(repoRoot, 'dist/index.js');
  if (!existsSync(entry)) throw new Error('dist/index.js is missing: run `npm run build` first.');
  const certify = (await import(pathToFileURL(entry).href)) as Certify;
  const certifyDiff = (await import(pathToFileURL(join(repoRoot, 'dist/diff.js')).href)) as CertifyDiff;
  await build({ configFile: join(repoRoot, 'playground/vite.config.ts'), logLevel: 'error' });
  await mkdir(artifacts, { recursive: true });
  const server = await serveStatic(join(repoRoot, 'playground/dist'));
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  return {
    server,
    browser,
    certify,
    certifyDiff,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Console messages that fail a test: a warning such as CodeMirror's "Measure loop restarted" is a defect too. */
const reported = new Set(['error', 'warning']);

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Console errors and warnings, uncaught exceptions and CSP violations, in the page and its worker. */
  errors: string[];
}

export async function openPlayground(
  harness: Harness,
  options: { width?: number; height?: number; colorScheme?: 'light' | 'dark'; hash?: string } = {},
): Promise<Session> {
  const { width = 1280, height = 800, colorScheme = 'light', hash = '' } = options;
  const context = await harness.browser.newContext({ viewport: { width, height }, colorScheme, acceptDownloads: true });
  const errors: string[] = [];
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  // Every page of the context, the ones a test opens later included, and their workers.
  context.on('page', (page) => {
    page.on('console', (message) => {
      if (reported.has(message.type())) errors.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    page.on('worker', (worker) =>
      worker.on('console', (message) => {
        if (reported.has(message.type())) errors.push(`worker console ${message.type()}: ${message.text()}`);
      }),
    );
  });
  const page = await context.newPage();
  await page.goto(`${harness.server.url}${hash}`);
  await page.waitForSelector('#check-summary[data-findings]');
  return { context, page, errors };
}

/** Reads a connector folder the way the playground does: the top-level files, as bytes. */
export async function readConnector(dir: string): Promise<Record<string, Uint8Array>> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: Record<string, Uint8Array> = {};
  for (const entry of entries) {
    if (entry.isFile()) files[entry.name] = new Uint8Array(await readFile(join(dir, entry.name)));
  }
  return files;
}

/**
 * Drops files or folders from disk onto a point of the page, as the operating system would: through the DevTools
 * protocol, so that a folder arrives as a directory entry (a DataTransfer built in the page can only hold files).
 */
export async function dropPaths(page: Page, paths: string[], at: { x: number; y: number }): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const data = { items: [], files: paths, dragOperationsMask: 1 };
  for (const type of ['dragEnter', 'dragOver', 'drop'] as const) {
    await cdp.send('Input.dispatchDragEvent', { type, ...at, data });
  }
  await cdp.detach();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(artifacts, `${name}.png`) });
}

/** The number of findings the playground shows, once its summary says so. */
export async function shownFindings(page: Page): Promise<number> {
  return Number(await page.getAttribute('#check-summary', 'data-findings'));
}

/** Time a thread has spent on a CPU, and waiting in the run queue for one, in ms. */
export interface ThreadTimes {
  cpuMs: number;
  waitMs: number;
}

/**
 * The times of the playground's worker thread, where Linux tells them (`/proc/<pid>/task/<tid>/schedstat`), or
 * `undefined`: elsewhere, or unless exactly one dedicated worker runs in a browser this process started. On a machine
 * shared with other work, the worker's own clock also counts the waits; these tell the two apart.
 */
export function workerThreadTimes(): ThreadTimes | undefined {
  const threads = existsSync('/proc/self/task') ? ownWorkerThreads() : [];
  if (threads.length !== 1) return undefined;
  try {
    const [cpu, wait] = readFileSync(`${threads[0]}/schedstat`, 'utf8').split(' ').map(Number);
    return { cpuMs: cpu! / 1e6, waitMs: wait! / 1e6 };
  } catch {
    return undefined; // the thread ended meanwhile
  }
}

/** Chromium names a dedicated worker's thread "DedicatedWorker thread" (cut to 15 characters by the kernel). */
function ownWorkerThreads(): string[] {
  const threads: string[] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name) && descendsFromUs(name))) {
    for (const tid of readProc(`/proc/${pid}/task`, (path) => readdirSync(path)) ?? []) {
      const task = `/proc/${pid}/task/${tid}`;
      if (readProc(`${task}/comm`, (path) => readFileSync(path, 'utf8'))?.startsWith('DedicatedWorker')) {
        threads.push(task);
      }
    }
  }
  return threads;
}

function descendsFromUs(pid: string): boolean {
  const ours = String(process.pid);
  for (let current = pid, steps = 0; current !== '0' && current !== '1' && steps < 64; steps++) {
    const stat = readProc(`/proc/${current}/stat`, (path) => readFileSync(path, 'utf8'));
    if (stat === undefined) return false;
    // The parent's pid is the second field after the command name, which is in parentheses and may hold spaces.
    current = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1] ?? '0';
    if (current === ours) return true;
  }
  return false;
}

/** A /proc read, or `undefined` when the process or thread ended meanwhile. */
function readProc<T>(path: string, read: (path: string) => T): T | undefined {
  try {
    return read(path);
  } catch {
    return undefined;
  }
}
