import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { parse } from 'yaml';
import Ajv from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../../src/index.js';
import { parseConfig } from '../../src/node/config.js';
import { repoRoot } from '../helpers/fixtures.js';
import { builtCli, runBuilt } from './run.js';
import { tempDir } from './temp.js';

/** The fenced code blocks of the README and docs/integrations.md with their info strings (`sh tested`, `json file=...`). */
const blocks = ['README.md', 'docs/integrations.md'].flatMap((page) =>
  new MarkdownIt()
    .parse(readFileSync(join(repoRoot, page), 'utf8'), {})
    .filter((token) => token.type === 'fence')
    .map((token) => ({ info: token.info.trim().split(/\s+/), content: token.content, line: `${page}:${(token.map?.[0] ?? 0) + 1}` })),
);

const shell = blocks.filter((b) => (b.info[0] === 'sh' || b.info[0] === 'bash') && b.info.includes('tested'));
const files = blocks.filter((b) => b.info.some((word) => word.startsWith('file=')));
const workflows = blocks.filter((b) => b.info[0] === 'yaml' && b.info.includes('workflow'));
const action = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> };

/** A scratch repository like a user's: the examples, the config files of the page, one commit; and the CLI on PATH. */
let work: string;
let path: string;
beforeAll(() => {
  work = tempDir('cc-docs-');
  cpSync(join(repoRoot, 'examples'), join(work, 'examples'), { recursive: true });
  for (const block of files) writeFileSync(join(work, block.info.find((w) => w.startsWith('file='))!.slice(5)), block.content);
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Docs', '-c', 'user.email=docs@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: work });
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'examples');
  const bin = join(work, '.bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'connector-certify'), `#!/bin/sh\nexec "${process.execPath}" "${builtCli()}" "$@"\n`);
  chmodSync(join(bin, 'connector-certify'), 0o755);
  path = `${bin}:${process.env.PATH}`;
});

/** Runs a script as a user pasting it would: every command runs; a usage or I/O error (exit 2) stops it. */
function runScript(script: string) {
  const guarded = `trap 'code=$?; if [ "$code" -ge 2 ]; then echo "exit $code from: $BASH_COMMAND" >&2; exit "$code"; fi' ERR\n${script}`;
  return spawnSync('bash', ['-c', guarded], { cwd: work, encoding: 'utf8', env: { ...process.env, PATH: path, NO_COLOR: '1' } });
}

describe('the integration examples of the README and docs/integrations.md', () => {
  it('has tested shell blocks, config files and workflows', () => {
    expect(shell.length).toBeGreaterThanOrEqual(6);
    expect(files.length).toBeGreaterThanOrEqual(1);
    expect(workflows.length).toBeGreaterThanOrEqual(2);
  });

  for (const block of shell) {
    it(`runs the shell block at line ${block.line}`, () => {
      const run = runScript(block.content);
      expect(run.stderr).not.toMatch(/exit \d+ from:|connector-certify: /);
      expect(run.status).not.toBe(2);
    }, 60_000);
  }

  it('writes the files its blocks promise', () => {
    for (const file of ['.connector-certify-baseline.json', 'connector-certify.sarif', 'connector-certify.xml', 'comment.md']) {
      expect(existsSync(join(work, file)), file).toBe(true);
    }
  });

  it('shows config files that the schema and the CLI both accept', () => {
    const schema = JSON.parse(readFileSync(join(repoRoot, 'schemas', 'connector-certify.config.schema.json'), 'utf8'));
    const validate = new Ajv({ strict: false }).compile(schema);
    for (const block of files) {
      const value = JSON.parse(block.content);
      expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
      expect(() => parseConfig(value, rules.map((r) => r.id))).not.toThrow();
    }
  });

  it('quotes the config error message as the CLI prints it', () => {
    const quoted = blocks.find((b) => b.info[0] === 'text' && b.content.includes("unknown key 'folder'"))!;
    const dir = tempDir();
    cpSync(join(repoRoot, 'examples', 'passing'), join(dir, 'c'), { recursive: true });
    writeFileSync(join(dir, 'connector-certify.config.json'), JSON.stringify({ overrides: [{ folder: 'c' }] }));
    const run = runBuilt(['check', 'c'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(quoted.content);
  });

  it('shows workflows that use only the action’s inputs, and CLI commands that run', () => {
    for (const block of workflows) {
      const workflow = parse(block.content) as { jobs: Record<string, { steps: Array<{ uses?: string; run?: string; with?: Record<string, unknown> }> }> };
      for (const step of Object.values(workflow.jobs).flatMap((job) => job.steps)) {
        if (step.uses?.startsWith('connector-certify/connector-certify@')) {
          for (const input of Object.keys(step.with ?? {})) expect(action.inputs, input).toHaveProperty(input);
        }
        if (step.run?.includes('connector-certify')) {
          const run = runScript(step.run.replace('npx --yes github:connector-certify/connector-certify', 'connector-certify'));
          expect(run.status, run.stderr).toBe(0);
        }
      }
    }
  }, 60_000);
});
