import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../../src/index.js';
import { diffChecks } from '../../src/diff/index.js';
import { threadCap } from '../../src/node/pool.js';
import { runMain } from './run.js';
import { copyExample, passingExample, tempDir } from './temp.js';

/** Usage errors: exit 2, one line on stderr, nothing on stdout. */
async function refused(argv: string[]) {
  const run = await runMain(argv);
  expect(run.code, run.stderr).toBe(2);
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stdout).toBe('');
  return run.stderr.replace(/^connector-certify: /, '').trimEnd();
}

/** An old and a new version of the example: the new one retypes an output field (bc-output-type-changed). */
let oldDir: string;
let newDir: string;
beforeAll(() => {
  const root = tempDir('cc-args-');
  oldDir = copyExample(root, 'old/C');
  newDir = copyExample(root, 'new/C');
  const path = join(newDir, 'apiDefinition.swagger.json');
  writeFileSync(path, readFileSync(path, 'utf8').replace(/"type": "number"/, '"type": "string"'));
});

interface DiffDoc {
  changes: Array<{ ruleId: string; level: string }>;
}

describe('help', () => {
  it('check --help prints the options of check, not the global help', async () => {
    const run = await runMain(['check', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: connector-certify check \[options\] \[folders\.\.\.\]/);
    for (const option of ['--profile', '--write-baseline', '--changed-since', '--jobs', '--show-info']) expect(run.stdout).toContain(option);
    expect(run.stdout).not.toContain('--base <git-rev>');
  });

  it('diff --help lists breaking for --fail-on and --rule for its checks; the global help lists the commands', async () => {
    const diff = (await runMain(['diff', '--help'])).stdout;
    expect(diff).toMatch(/--fail-on <level> +breaking \| warning \| never/);
    expect(diff).toContain('--rule <check=level>');
    expect(diff).not.toContain('--profile');
    const global = await runMain([]);
    expect(global.code).toBe(0);
    for (const command of ['check', 'diff', 'rules']) expect(global.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    expect((await runMain(['help', 'rules'])).stdout).toMatch(/^Usage: connector-certify rules/);
  });
});

describe('mistakes are one line with a suggestion', () => {
  it('suggests --profile for --profle, and the command for a misspelt one', async () => {
    expect(await refused(['check', passingExample, '--profle', 'certified'])).toBe(
      "Unknown option '--profle'; did you mean '--profile'? Run 'connector-certify check --help' for its options.",
    );
    expect(await refused(['rulez'])).toBe("Unknown command 'rulez'; did you mean 'rules'? Run 'connector-certify --help' for the commands.");
    expect(await refused(['check', passingExample, '--format'])).toBe("--format needs a value <name>. Run 'connector-certify check --help' for its options.");
    expect(await refused(['rules', 'extra'])).toMatch(/^Too many arguments for 'rules'/);
    expect(await refused(['--'])).toBe("Give a command: check, diff, rules or lsp. Run 'connector-certify --help' for them.");
    expect(await refused(['--profile', 'certified', 'check', passingExample])).toBe('--profile is an option of check; put it after the command name.');
  });

  it('escapes control characters of a value given, so the message stays one line and inert', async () => {
    expect(await refused(['check', passingExample, '--format', 'a\nb\u001b[2J'])).toBe(
      "Unknown format 'a\\nb\\u001b[2J'. Use one of stylish, json, sarif, github, junit, markdown.",
    );
  });

  it('rejects an empty value instead of ignoring the option', async () => {
    expect(await refused(['check', passingExample, '--changed-since='])).toBe('--changed-since needs a value; it was given an empty one.');
    expect(await refused(['check', passingExample, '--output', ''])).toBe('--output needs a value; it was given an empty one.');
  });
});

describe('rules', () => {
  it('--format json prints the rule catalogue as one JSON document', async () => {
    const run = await runMain(['rules', '--format', 'json']);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as { tool: { name: string }; rules: Array<{ id: string; severity: Record<string, string> }> };
    expect(doc.tool.name).toBe('connector-certify');
    expect(doc.rules.map((r) => r.id)).toEqual(rules.map((r) => r.id));
    // `fixable` appears on the rules whose findings may carry a fix, and only there.
    const fixable = (doc.rules as Array<{ id: string; fixable?: boolean }>).filter((r) => 'fixable' in r);
    expect(fixable.map((r) => r.id)).toContain('meta-basepath');
    expect(fixable.every((r) => r.fixable === true)).toBe(true);
    expect(fixable.length).toBeLessThan(doc.rules.length);
    expect(await refused(['rules', '--format', 'sarif'])).toBe("Unknown format 'sarif'. Use one of stylish, json.");
  });
});

describe('diff options', () => {
  it('--fail-on breaking is the default level, as documented', async () => {
    const breaking = await runMain(['diff', oldDir, newDir, '--fail-on', 'breaking', '--format', 'json']);
    expect(breaking.stderr).toBe('');
    expect(breaking.code).toBe(1);
    expect((JSON.parse(breaking.stdout) as DiffDoc).changes.some((c) => c.ruleId === 'bc-output-type-changed')).toBe(true);
    expect((await runMain(['diff', oldDir, newDir, '--fail-on', 'never'])).code).toBe(0);
    expect(await refused(['diff', oldDir, newDir, '--fail-on', 'eror'])).toBe("diff --fail-on takes breaking, warning or never, not 'eror'.");
  });

  it('--rule turns a diff check off or sets its level', async () => {
    const off = await runMain(['diff', oldDir, newDir, '--rule', 'bc-output-type-changed=off', '--format', 'json']);
    expect((JSON.parse(off.stdout) as DiffDoc).changes.some((c) => c.ruleId === 'bc-output-type-changed')).toBe(false);
    const warned = await runMain(['diff', oldDir, newDir, '--rule', 'bc-output-type-changed=warning', '--format', 'json']);
    const levels = (JSON.parse(warned.stdout) as DiffDoc).changes.filter((c) => c.ruleId === 'bc-output-type-changed').map((c) => c.level);
    expect(levels.length).toBeGreaterThan(0);
    expect(new Set(levels)).toEqual(new Set(['warning']));
  });

  it('refuses the options only check understands, naming check', async () => {
    expect(await refused(['diff', oldDir, newDir, '--profile', 'certified'])).toBe(
      "--profile is an option of check; diff does not take it. Run 'connector-certify diff --help' for its options.",
    );
    expect(await refused(['diff', oldDir, newDir, '--baseline', 'b.json'])).toMatch(/^--baseline is an option of check; diff does not take it\./);
    expect(await refused(['diff', oldDir, newDir, `--rule=${rules[0]!.id}=off`])).toBe(
      `Unknown diff check '${rules[0]!.id}'. '${rules[0]!.id}' is a rule of check; diff takes its own checks (bc-…).`,
    );
    expect(await refused(['check', passingExample, '--rule', `${diffChecks[0]!.id}=off`])).toMatch(/is a diff check; use it with diff\.$/);
  });

  it('names the command that takes an option, though a command line defines only the command it runs', async () => {
    expect(await refused(['check', passingExample, '--base', 'HEAD'])).toBe(
      "--base is an option of diff; check does not take it. Run 'connector-certify check --help' for its options.",
    );
    expect(await refused(['rules', '--quiet'])).toMatch(/^--quiet is an option of check; rules does not take it\./);
    expect(await refused(['lsp', '--stdio', '--format', 'json'])).toMatch(/^--format is an option of check and diff and rules; lsp does not take it\./);
  });
});

describe('--quiet and --show-info', () => {
  it('are accepted by check; --quiet keeps errors only in the formats other than stylish', async () => {
    const failing = join(passingExample, '..', 'failing');
    const run = await runMain(['check', failing, '--quiet', '--show-info', '--format', 'json']);
    expect(run.code).toBe(1);
    const findings = (JSON.parse(run.stdout) as { results: Array<{ findings: Array<{ severity: string }> }> }).results[0]!.findings;
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
  });
});

describe('--jobs', () => {
  it('is capped by cores and by free memory, at least one thread', () => {
    const gib = 1024 ** 3;
    expect(threadCap(2, 16 * gib)).toBe(2);
    expect(threadCap(64, 1 * gib)).toBe(4);
    expect(threadCap(8, 0.1 * gib)).toBe(1);
  });
});
