import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConnector, rules, validateConnector, defineRule, everywhere } from '../../src/index.js';
import type { Change } from '../../src/diff/types.js';
import { checkReport, diffReport, type CheckReport, type DiffReport, type SourceTexts } from '../../src/format/report.js';
import { repoRoot } from '../helpers/fixtures.js';

/** Text that every format must escape: workflow-command, XML, markdown and JSON specials, and a line break. */
export const nasty = 'Title "50% off", a|b: <b>*bold*</b> & `tick`\r\nsecond line';

/** Our own rules, so the formats are tested on findings that do not move when the built-in rules change. */
const titleRule = defineRule({
  meta: {
    id: 'test-title',
    area: 'title',
    description: 'The title is checked by a test rule.',
    severity: everywhere('error'),
    messages: { nasty: nasty },
  },
  create: (context) => ({ apiDefinition: () => context.report({ messageId: 'nasty', pointer: '/info/title' }) }),
});

const operationRule = defineRule({
  meta: {
    id: 'test-operation',
    area: 'op',
    description: 'Every operation is noted by a test rule.',
    severity: everywhere('warning'),
    messages: { seen: "Operation '{id}' was seen." },
  },
  create: (context) => ({
    operation: (op) => context.report({ messageId: 'seen', data: { id: String(op.value.operationId) }, pointer: `${op.pointer}/operationId` }),
  }),
});

const quietRule = defineRule({
  meta: {
    id: 'test-quiet',
    area: 'meta',
    description: 'A test rule that never reports.',
    severity: everywhere('info'),
    messages: { never: 'never' },
  },
  create: () => ({}),
});

export const testRules = [titleRule, operationRule, quietRule];
const allBuiltInOff = Object.fromEntries(rules.map((rule) => [rule.id, 'off' as const]));

export function exampleFiles(): Record<string, string> {
  const dir = join(repoRoot, 'examples', 'passing');
  const names = ['apiDefinition.swagger.json', 'apiProperties.json', 'readme.md'];
  return Object.fromEntries(names.map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}

/** Two folders checked with the test rules only; one with an info finding added, one clean. */
export function sampleCheckReport(options: { sources?: boolean } = {}): CheckReport {
  const files = exampleFiles();
  const result = validateConnector(parseConnector(files), { rules: allBuiltInOff, extraRules: testRules });
  const ran = testRules.map((r) => ({ id: r.meta.id, description: r.meta.description, severity: r.meta.severity.custom!, docsUrl: `https://example.com/${r.meta.id}` }));
  const sources: SourceTexts | undefined = options.sources ? files : undefined;
  const clean = { ...result, ok: true, findings: [], counts: { error: 0, warning: 0, info: 0 } };
  return checkReport([
    { folder: 'connectors/Tide, Watch: 100%', result, rules: ran, ...(sources && { sources }) },
    { folder: 'connectors/clean', result: clean, rules: ran },
  ]);
}

const at = (line: number, column: number, offset: number) => ({ line, column, offset });

export const sampleChanges: Change[] = [
  {
    ruleId: 'bc-operation-deleted',
    level: 'breaking',
    severity: 'error',
    message: "Operation 'ListStations' was deleted: flows that use it break.",
    operationId: 'ListStations',
    method: 'get',
    path: '/stations',
    base: { file: 'apiDefinition.swagger.json', pointer: '/paths/~1stations/get', range: { start: at(25, 14, 500), end: at(49, 8, 1300) } },
  },
  {
    ruleId: 'bc-param-required-added',
    level: 'breaking',
    severity: 'error',
    message: nasty,
    operationId: 'GetTidePredictions',
    method: 'get',
    path: '/stations/{stationId}/tides',
    revision: { file: 'apiDefinition.swagger.json', pointer: '/paths/~1stations~1{stationId}~1tides/get/parameters/1', range: { start: at(3, 12, 27), end: at(3, 23, 38) } },
  },
  {
    ruleId: 'bc-description-changed',
    level: 'info',
    severity: 'info',
    message: 'The description of the connector changed.',
    revision: { file: 'apiDefinition.swagger.json', pointer: '/info/description', range: { start: at(5, 20, 60), end: at(5, 30, 70) } },
  },
];

export function sampleDiffReport(gitRevision?: string): DiffReport {
  return diffReport(
    { breaking: true, changes: sampleChanges },
    {
      base: { folder: 'old/Tidewatch', ...(gitRevision && { gitRevision }) },
      revision: { folder: 'new/Tidewatch' },
      checks: [
        { id: 'bc-operation-deleted', description: 'An operation was deleted.', severity: 'error' },
        { id: 'bc-param-required-added', description: 'A required input was added.', severity: 'error' },
        { id: 'bc-description-changed', description: 'A description changed.', severity: 'info' },
        { id: 'bc-response-removed', description: 'A response schema was removed.', severity: 'error' },
      ],
    },
  );
}
