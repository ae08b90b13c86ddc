import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/fixtures.js';
import { tables } from '../format/markdown-table.js';
import { builtCli } from './run.js';
import { copyExample, tempDir } from './temp.js';

interface Action {
  inputs: Record<string, { default: string }>;
  runs: { using: string; steps: Array<{ shell: string; env: Record<string, string>; run: string }> };
}

const action = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as Action;

/** An action folder holding the CLI built from the current sources, as `uses: ./` sees it after `npm run build`. */
let actionDir: string | undefined;
function actionPath(): string {
  if (actionDir) return actionDir;
  const dir = join(repoRoot, 'test-artifacts', `action-${process.pid}`);
  mkdirSync(join(dir, 'dist'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "type": "module", "version": "0.0.0" }');
  cpSync(dirname(builtCli()), join(dir, 'dist'), { recursive: true });
  actionDir = dir;
  return dir;
}

/** Runs the composite step as the runner would: expressions in `env` filled from the inputs. */
function runAction(inputs: Record<string, string>, cwd: string, options: { actionDir?: string; path?: string } = {}) {
  const [step] = action.runs.steps;
  const summary = join(cwd, 'summary.md');
  const outputs = join(cwd, 'outputs.txt');
  writeFileSync(summary, '');
  writeFileSync(outputs, '');
  const values = { ...Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default])), ...inputs };
  const env: Record<string, string> = {};
  for (const [name, expression] of Object.entries(step!.env)) {
    const match = /^\$\{\{ (inputs\.([\w-]+)|github\.action_path) \}\}$/.exec(expression);
    expect(match, `${name}: ${expression}`).not.toBeNull();
    env[name] = match![1] === 'github.action_path' ? (options.actionDir ?? actionPath()) : values[match![2]!]!;
  }
  const result = spawnSync('bash', ['-e', '-c', step!.run], {
    cwd,
    encoding: 'utf8',
    env: { PATH: options.path ?? process.env.PATH!, HOME: process.env.HOME ?? '/tmp', GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: outputs, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, summary: readFileSync(summary, 'utf8'), outputs: readFileSync(outputs, 'utf8') };
}

afterAll(() => {
  if (actionDir) rmSync(actionDir, { recursive: true, force: true });
});

describe('GitHub Action', () => {
  it('is a composite action whose env reads only inputs and the action path', () => {
    expect(action.runs.using).toBe('composite');
    for (const input of ['folders', 'profile', 'changed-since', 'format']) expect(action.inputs).toHaveProperty(input);
    for (const input of Object.keys(action.inputs)) expect(action.runs.steps[0]!.env).toHaveProperty(`INPUT_${input.toUpperCase().replace(/-/g, '_')}`);
    expect(action.runs.steps[0]!.run).not.toContain('${{');
  });

  it('writes annotations, a markdown job summary and the extra report, and fails on errors', () => {
    const repo = tempDir('cc-action-');
    copyExample(repo, 'independent-publisher-connectors/Tide Watch');
    mkdirSync(join(repo, 'independent-publisher-connectors', 'Broken'));
    writeFileSync(join(repo, 'independent-publisher-connectors', 'Broken', 'apiDefinition.swagger.json'), '{ "swagger": ');
    const run = runAction({ format: 'sarif' }, repo);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error file=independent-publisher-connectors\/Broken\/apiDefinition\.swagger\.json,/m);
    expect(tables(run.summary)[0]![0]).toEqual(['Folder', 'Result', 'Errors', 'Warnings', 'Info']);
    expect(run.outputs).toBe('report=connector-certify.sarif\n');
    expect(JSON.parse(readFileSync(join(repo, 'connector-certify.sarif'), 'utf8')).version).toBe('2.1.0');
  }, 60_000);

  it('passes on a passing folder given by name, with spaces', () => {
    const repo = tempDir('cc-action-');
    copyExample(repo, 'connectors/Tide Watch');
    const run = runAction({ folders: 'connectors/Tide Watch\n', recursive: 'false', 'fail-on': 'error' }, repo);
    expect(run.code).toBe(0);
    expect(run.summary).toContain('connector-certify');
  }, 60_000);

  const checkouts: string[] = [];
  afterAll(() => checkouts.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

  /** A checkout of the repository: sources, no dist/; `npm` on PATH is a stand-in that records where it ran. */
  function checkout(npm: string) {
    // Inside the repository, so that the copied CLI finds its runtime dependencies as a real checkout's would.
    mkdirSync(join(repoRoot, 'test-artifacts'), { recursive: true });
    const folder = mkdtempSync(join(repoRoot, 'test-artifacts', 'action-checkout-'));
    checkouts.push(folder);
    writeFileSync(join(folder, 'package.json'), '{ "type": "module", "version": "9.8.7" }');
    const bin = tempDir('cc-action-bin-');
    writeFileSync(join(bin, 'npm'), `#!/bin/sh\necho "$PWD $*" >> "${join(bin, 'calls.txt')}"\n${npm}\n`);
    chmodSync(join(bin, 'npm'), 0o755);
    return { folder, calls: join(bin, 'calls.txt'), path: `${bin}:${process.env.PATH}` };
  }

  it('builds the CLI once in its own folder when it is a checkout without dist/', () => {
    const repo = tempDir('cc-action-');
    copyExample(repo, 'connectors/Tide Watch');
    const { folder, calls, path } = checkout(`mkdir -p dist && cp -R "${dirname(builtCli())}/." dist/`);
    const run = runAction({}, repo, { actionDir: folder, path });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(readFileSync(calls, 'utf8').trim().split('\n')).toEqual([`${folder} ci --no-audit --no-fund`]);
    expect(run.stdout).toContain('::group::Building connector-certify');
    expect(run.summary).toContain('connector-certify');
  }, 60_000);

  it('exits 2 with one error line when the build fails', () => {
    const repo = tempDir('cc-action-');
    copyExample(repo, 'connectors/Tide Watch');
    const { folder, path } = checkout('echo "npm ERR! network" >&2; exit 1');
    const run = runAction({}, repo, { actionDir: folder, path });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(`::error::connector-certify could not be built in ${folder}`);
    expect(run.summary).toBe('');
  }, 60_000);

  it('exits 2 on a usage error without writing a summary', () => {
    const repo = tempDir('cc-action-');
    const run = runAction({ profile: 'nope' }, repo);
    expect(run.code).toBe(2);
    expect(run.summary).toBe('');
  }, 60_000);
});
