import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runRules } from '../../src/core/engine.js';
import type { Rule } from '../../src/core/rule.js';
import type { JsonPatchOperation, ProfileId } from '../../src/core/types.js';
import { parseConnector } from '../../src/parse/connector.js';
import type { Limits } from '../../src/parse/limits.js';
import { repoRoot } from './fixtures.js';

/**
 * A change to the passing example connector: JSON files are merged with RFC 7396 merge patch (null deletes a key,
 * arrays are replaced), text files are replaced, and `remove` deletes files.
 */
export interface ConnectorPatch {
  apiDefinition?: unknown;
  apiProperties?: unknown;
  /** Replaces or adds files by name, as text. */
  files?: Record<string, string>;
  /** Replaces or adds files by name, as bytes. */
  bytes?: Record<string, Uint8Array>;
  /** Names of example files to delete. */
  remove?: string[];
  /** Files given as values that are neither text nor bytes (a caller's mistake that `parseConnector` reports). */
  values?: Record<string, unknown>;
  /** Reading limits for `parseConnector`, when a case needs other than the defaults. */
  limits?: Partial<Limits>;
}

export interface ValidCase {
  name: string;
  patch: ConnectorPatch;
  profile?: ProfileId;
  /** The merged connector of the corpus (`<kind>/<name>`'s name) the case is taken from. */
  corpus?: string;
}

export interface InvalidCase extends ValidCase {
  /** Message ids the rule must report, in any order, each once per entry. */
  messages: string[];
  /** The `fix` of each report that carries one, in any order; absent when no report carries a fix. */
  fixes?: JsonPatchOperation[][];
}

export interface RuleCases {
  rule: Rule;
  valid: ValidCase[];
  invalid: InvalidCase[];
}

export function defineCases(cases: RuleCases): RuleCases {
  return cases;
}

const exampleDir = join(repoRoot, 'examples', 'passing');
const exampleFiles = ['apiDefinition.swagger.json', 'apiProperties.json', 'readme.md'];

/** The passing example with a patch applied, as file texts. */
export function patchedConnector(patch: ConnectorPatch): Record<string, string | Uint8Array> {
  const files: Record<string, string> = {};
  for (const name of exampleFiles) files[name] = readFileSync(join(exampleDir, name), 'utf8');
  if (patch.apiDefinition !== undefined) files['apiDefinition.swagger.json'] = mergeJson(files['apiDefinition.swagger.json']!, patch.apiDefinition);
  if (patch.apiProperties !== undefined) files['apiProperties.json'] = mergeJson(files['apiProperties.json']!, patch.apiProperties);
  for (const name of patch.remove ?? []) delete files[name];
  return { ...files, ...patch.files, ...patch.bytes, ...(patch.values as Record<string, string>) };
}

function mergeJson(text: string, patch: unknown): string {
  return JSON.stringify(mergePatch(JSON.parse(text), patch), null, 2);
}

/** RFC 7396 JSON merge patch. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) return patch;
  const out: Record<string, unknown> =
    typeof target === 'object' && target !== null && !Array.isArray(target) ? { ...(target as Record<string, unknown>) } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key], value);
  }
  return out;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function profileOf(rule: Rule, wanted?: ProfileId): ProfileId {
  if (wanted) return wanted;
  const enabled = (['independent-publisher', 'certified', 'custom'] as const).find((p) => rule.meta.severity[p]);
  return enabled ?? 'independent-publisher';
}

/** Runs one rule alone on a patched example, with the parsed documents deep-frozen. */
export function runRule(rule: Rule, patch: ConnectorPatch, profile?: ProfileId) {
  const input = parseConnector(patchedConnector(patch), patch.limits && { limits: patch.limits });
  for (const file of input.files) if (file.type === 'json') deepFreeze(file.value);
  const id = profileOf(rule, profile);
  const severity = rule.meta.severity[id] ?? 'error';
  return { input, reports: runRules(input, [{ rule, severity }], id) };
}

/** Registers the vitest cases of one rule: valid cases report nothing, invalid cases report exactly the listed ids. */
export function testRule({ rule, valid, invalid }: RuleCases): void {
  const names = new Set<string>();
  for (const testCase of [...valid, ...invalid]) {
    it(`has unique case names: ${testCase.name}`, () => {
      expect(names.has(testCase.name)).toBe(false);
      names.add(testCase.name);
    });
  }
  it('has at least one valid and one invalid case, and every message is exercised', () => {
    expect(valid.length).toBeGreaterThan(0);
    expect(invalid.length).toBeGreaterThan(0);
    const used = new Set(invalid.flatMap((c) => c.messages));
    expect([...used].sort()).toEqual(Object.keys(rule.meta.messages).sort());
  });
  for (const testCase of valid) {
    it(`valid: ${testCase.name}`, () => {
      const { reports } = runRule(rule, testCase.patch, testCase.profile);
      expect(reports.map((r) => r.finding)).toEqual([]);
    });
  }
  for (const testCase of invalid) {
    it(`invalid: ${testCase.name}`, () => {
      const { input, reports } = runRule(rule, testCase.patch, testCase.profile);
      expect(reports.map((r) => r.messageId).sort()).toEqual([...testCase.messages].sort());
      const fixes = reports.flatMap((r) => (r.finding.fix ? [JSON.stringify(r.finding.fix)] : []));
      expect(fixes.sort()).toEqual((testCase.fixes ?? []).map((fix) => JSON.stringify(fix)).sort());
      for (const { finding, messageId } of reports) {
        expect(finding.ruleId).toBe(rule.meta.id);
        // Every placeholder of the template must have been filled.
        for (const [placeholder] of (rule.meta.messages[messageId] ?? '').matchAll(/\{\w+\}/g)) {
          expect(finding.message).not.toContain(placeholder);
        }
        const file = input.files.find((f) => f.name === finding.file);
        if (file?.type === 'json' && finding.pointer !== '') {
          // Every reported pointer must exist in its file and carry a range.
          expect(file.locate(finding.pointer), `pointer ${finding.pointer}`).toBeDefined();
          expect(finding.range).toBeDefined();
        }
      }
    });
  }
}


