import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { version } from '../../src/version.js';
import { repoRoot } from '../helpers/fixtures.js';
import { workerArgument } from '../../src/node/worker-argument.js';
import { builtCli, runBuilt, runMain } from './run.js';
import { copyExample, passingExample, tempDir, writeJson } from './temp.js';

describe('start-up', () => {
  it('the bin answers --version and -v itself, as the full command line would', async () => {
    const full = await runMain(['--version']);
    expect(full).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    for (const flag of ['--version', '-v']) expect(runBuilt([flag])).toEqual(full);
  });

  it('the bin loads the commands only when one runs (cold start of --version)', () => {
    const source = readFileSync(join(repoRoot, 'src/node/cli.ts'), 'utf8');
    const staticImports = [...source.matchAll(/^import\s[^;]*?from\s+'([^']+)'/gm)].map(([, from]) => from);
    expect(staticImports).toEqual(['node:module', 'node:url', '../version.js', './code-cache.js', './stdout.js', './worker-argument.js']);
    // Without its commands beside it, the bin still answers --version, and a command fails in one line.
    const bin = join(tempDir('cc-start-up-'), 'cli.cjs');
    copyFileSync(builtCli(), bin);
    expect(runBuilt(['--version'], { bin })).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    const check = runBuilt(['check', 'examples/passing'], { bin });
    expect(check.code).toBe(2);
    expect(check.stderr).toMatch(/^connector-certify: the commands could not be loaded \(.*ENOENT.*\)\.\n$/);
  });

  it('a small check loads no more of Node than it needs: no ES module loader (the bin is CommonJS), no node:os, no worker threads, no fs/promises', () => {
    // Lists, as the process ends, the built-in modules it loaded.
    const hook = join(tempDir('cc-start-up-'), 'loaded.cjs');
    writeFileSync(hook, `process.on('exit', () => require('node:fs').writeSync(2, JSON.stringify(process.moduleLoadList)));`);
    const run = spawnSync(process.execPath, ['--require', hook, builtCli(), 'check', 'examples/passing', '--format', 'json'], { cwd: repoRoot, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const loaded = JSON.parse(run.stderr) as string[];
    expect(loaded).toContain('NativeModule internal/modules/esm/loader');
    expect(loaded).not.toContain('NativeModule internal/modules/esm/module_job');
    expect(loaded).not.toContain('NativeModule os');
    // Worker threads only for --jobs over 1 and folders enough; the callback file system API instead of its promises.
    expect(loaded).not.toContain('NativeModule worker_threads');
    expect(loaded).not.toContain('NativeModule fs/promises');
  });

  // The threads are counted in /proc (Linux).
  it.skipIf(!existsSync('/proc/self/task'))('a check of the folders named on its command line reads them synchronously: libuv starts no thread pool, no promise form of a call is made', () => {
    const dir = tempDir('cc-start-up-');
    const folder = copyExample(dir, 'connectors/passing');
    writeJson(join(dir, 'connector-certify.config.json'), { rules: { 'desc-no-api-word': 'warning' } });
    writeJson(join(dir, 'baseline.json'), { findings: [] });
    // Notes the threads of the process as it starts and as it ends (Linux): the pool would add four. And how many
    // promise forms of callbacks were made: the commands make theirs on first use (fs-async.ts).
    const [hook, counts] = [join(dir, 'threads.cjs'), join(dir, 'threads')];
    writeFileSync(
      hook,
      `const fs = require('node:fs'); const util = require('node:util'); const { promisify } = util; let made = 0;
      util.promisify = (f) => (made++, promisify(f));
      const threads = () => fs.readdirSync('/proc/self/task').length; const first = threads();
      process.on('exit', () => fs.appendFileSync(${JSON.stringify(counts)}, [first, threads(), made].join(' ') + '\\n'));`,
    );
    const run = (...args: string[]) => spawnSync(process.execPath, ['--require', hook, builtCli(), 'check', ...args], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'] }).status;
    expect(run(folder, 'examples/failing', '--baseline', join(dir, 'baseline.json'))).toBe(1);
    // --recursive keeps the callback reads: the hook sees the pool's threads.
    expect(run('--recursive', join(dir, 'connectors'))).toBe(0);
    const [named, recursive] = readFileSync(counts, 'utf8').trim().split('\n').map((line) => line.split(' ').map(Number));
    expect(named).toEqual([named![0], named![0], 0]);
    expect(recursive![1]).toBeGreaterThan(recursive![0]!);
    expect(recursive![2]).toBeGreaterThan(0);
  });

  it('a check that writes nothing to stderr leaves it unmade: for a pipe, that would load node:net', () => {
    const dir = tempDir('cc-start-up-');
    const [hook, made] = streamHook(dir, 'stderr');
    // As the benchmark runs it: the report thrown away, stderr a pipe.
    const run = spawnSync(process.execPath, ['--require', hook, builtCli(), 'check', 'examples/passing'], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
    expect({ code: run.status, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    expect(readFileSync(made, 'utf8')).toBe('false');
    // A failure still reaches it, in one line.
    const failed = spawnSync(process.execPath, [builtCli(), 'check', join(dir, 'missing')], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
    expect(failed.status).toBe(2);
    expect(failed.stderr).toMatch(/^connector-certify: .*missing.*\n$/);
  });

  it('a report to a pipe, a file or /dev/null is written without process.stdout: made for a pipe, it would load node:net', () => {
    const dir = tempDir('cc-start-up-');
    const [hook, made] = streamHook(dir, 'stdout');
    const toPipe = spawnSync(process.execPath, ['--require', hook, builtCli(), 'check', 'examples/failing'], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect({ code: toPipe.status, stderr: toPipe.stderr }).toEqual({ code: 1, stderr: '' });
    expect(toPipe.stdout).toMatch(/\berror\b/);
    expect(readFileSync(made, 'utf8')).toBe('false');
    const report = join(dir, 'report.txt');
    const toFile = spawnSync('bash', ['-c', `"$0" "$@" > "${report}"`, process.execPath, '--require', hook, builtCli(), 'check', 'examples/failing'], { cwd: repoRoot, env: { ...process.env, NO_COLOR: '1' } });
    expect(toFile.status).toBe(1);
    expect(readFileSync(report, 'utf8')).toBe(toPipe.stdout);
    expect(readFileSync(made, 'utf8')).toBe('false');
    // Thrown away, as the benchmark runs it.
    const toNull = spawnSync(process.execPath, ['--require', hook, builtCli(), 'check', 'examples/failing'], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
    expect({ code: toNull.status, stderr: toNull.stderr }).toEqual({ code: 1, stderr: '' });
    expect(readFileSync(made, 'utf8')).toBe('false');
  });

  it('runs the commands through a code cache kept beside them, never in the folders checked', () => {
    // Inside the repository, where the bundle finds its dependencies (the test build leaves them to node_modules).
    mkdirSync(join(repoRoot, 'test-artifacts'), { recursive: true });
    const dir = mkdtempSync(join(repoRoot, 'test-artifacts', 'start-up-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    // The bundles without the caches other tests' runs have made beside them.
    cpSync(dirname(builtCli()), dir, { recursive: true, filter: (path) => !path.endsWith('.cache') });
    const folder = copyExample(tempDir('cc-start-up-'), 'connector');
    const bin = join(dir, 'cli.cjs');
    const caches = () => readdirSync(join(dir, 'cli')).filter((name) => name.endsWith('.cache'));
    // A command that did not run (a usage error) leaves no cache: it would hold little of the command's code.
    expect(runBuilt(['check'], { bin }).code).toBe(2);
    expect(caches()).toEqual([]);
    const first = runBuilt(['check', folder, '--format', 'json'], { bin });
    expect(first.code, first.stderr).toBe(0);
    expect(caches()).toEqual([expect.stringMatching(/^commands\.cjs\.check\..+\.cache$/)]);
    expect(runBuilt(['check', folder, '--format', 'json'], { bin })).toEqual(first);
    expect(readdirSync(folder).sort()).toEqual(readdirSync(passingExample).sort());
  });

  it('ends once the report has gone out: a slow reader of a pipe still gets all of it', () => {
    // Far more than a pipe holds (64 KB): the bin is still writing when it would end.
    const args = ['check', ...Array(8).fill('examples/failing'), '--format', 'json'];
    const direct = runBuilt(args);
    expect(direct.stdout.length).toBeGreaterThan(256 * 1024);
    const piped = spawnSync('bash', ['-c', `"$0" "$@" | (sleep 0.3; wc -c); exit \${PIPESTATUS[0]}`, process.execPath, builtCli(), ...args], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect({ code: piped.status, bytes: Number(piped.stdout.trim()) }).toEqual({ code: direct.code, bytes: Buffer.byteLength(direct.stdout) });
    // The pipe left non-blocking by whoever opened it (here process.stdout, made by a hook): the direct writes meet a
    // full pipe (EAGAIN) and hand the rest to process.stdout, which waits for the reader.
    const hook = join(tempDir('cc-start-up-'), 'non-blocking.cjs');
    writeFileSync(hook, 'process.stdout;');
    const nonBlocking = spawnSync('bash', ['-c', `"$0" "$@" | (sleep 0.3; wc -c); exit \${PIPESTATUS[0]}`, process.execPath, '--require', hook, builtCli(), ...args], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect({ code: nonBlocking.status, bytes: Number(nonBlocking.stdout.trim()), stderr: nonBlocking.stderr }).toEqual({
      code: direct.code,
      bytes: Buffer.byteLength(direct.stdout),
      stderr: '',
    });
  });

  it('the argument that starts a worker thread of the check pool is refused in the main thread', () => {
    const run = runBuilt([workerArgument]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^connector-certify: Unknown option '--connector-certify-worker'.*\n$/);
  });

  it('a command still runs through the bin', () => {
    const result = runBuilt(['check', 'examples/passing', '--format', 'json']);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).results).toHaveLength(1);
  });
});

/**
 * A `--require` hook that notes, as the process ends, whether anything asked for `process[stream]` ('true' or 'false'
 * in the file `made`).
 */
function streamHook(dir: string, stream: 'stdout' | 'stderr'): [hook: string, made: string] {
  const [hook, made] = [join(dir, `${stream}.cjs`), join(dir, 'made')];
  writeFileSync(
    hook,
    `const get = Object.getOwnPropertyDescriptor(process, '${stream}').get; let asked = false;
    Object.defineProperty(process, '${stream}', { configurable: true, get() { asked = true; return get.call(process); } });
    process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(made)}, String(asked)));`,
  );
  return [hook, made];
}
