import { describe, expect, it } from 'vitest';
import { defaultLimits, parseConnector, validateConnector, type ValidationResult } from '../../src/index.js';
import { diffConnectors } from '../../src/diff/index.js';

/**
 * The resource cases of issue 11 item 12, with the default limits on: each is refused or cut by a limit, reported as
 * `artifact-size-limit`, and runs without the minutes and gigabytes it took before. Times are measured by the
 * benchmark, not asserted here; memory is bounded by the 1 GB the issue sets.
 */
const info = { title: 'Hostile', version: '1.0', description: 'A connector built to exhaust validators.' };
const oneGigabyte = 1024 ** 3;

function operations(count: number): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  for (let i = 0; i < count; i++) {
    paths[`/items${i}`] = { get: { operationId: `Get${i}`, summary: 'Get item', description: 'Gets an item.', responses: { 200: { description: 'OK', schema: { type: 'string' } } } } };
  }
  return { swagger: '2.0', info, paths };
}

function sizeFindings(result: ValidationResult) {
  expect(result.findings.filter((f) => f.ruleId === 'internal-error')).toEqual([]);
  expect(process.memoryUsage().heapUsed).toBeLessThan(oneGigabyte);
  return result.findings.filter((f) => f.ruleId === 'artifact-size-limit');
}

describe('reading limits', () => {
  it('200,000 operations (65 MB) as text and as an object: the file is not read', () => {
    const swagger = operations(200_000);
    const text = JSON.stringify(swagger);
    expect(text.length).toBeGreaterThan(30 * 1024 * 1024);
    const fromText = sizeFindings(validateConnector(parseConnector({ 'apiDefinition.swagger.json': text })));
    expect(fromText.map((f) => f.message)).toEqual([
      `apiDefinition.swagger.json was not checked: It is ${text.length} bytes, over the limit of ${defaultLimits.maxFileBytes} (limits.maxFileBytes). Make it smaller, or raise the limit.`,
    ]);
    expect(sizeFindings(validateConnector({ apiDefinition: swagger }))).toHaveLength(1);
    const changes = diffConnectors({ apiDefinition: swagger }, { apiDefinition: swagger }).changes;
    expect(changes.map((c) => c.ruleId).filter((id) => id === 'internal-error')).toEqual([]);
  });

  it('a 50 MB single-line string, with the file-size limit raised: only the string limit applies', () => {
    const text = JSON.stringify({ swagger: '2.0', info: { ...info, description: 'x'.repeat(50 * 1024 * 1024) }, paths: {} });
    const input = parseConnector({ 'apiDefinition.swagger.json': text }, { limits: { maxFileBytes: Infinity } });
    const findings = sizeFindings(validateConnector(input));
    expect(findings.map((f) => [f.pointer, f.range?.start.line])).toEqual([['/info/description', 1]]);
    const objectFindings = sizeFindings(validateConnector({ apiDefinition: JSON.parse(text) }, { limits: { maxFileBytes: Infinity } }));
    expect(objectFindings.map((f) => f.pointer)).toEqual(['/info/description']);
  });

  it('a 50 MB string with the default limits: the file is not read', () => {
    const text = JSON.stringify({ swagger: '2.0', info, paths: {}, 'x-padding': 'y'.repeat(50 * 1024 * 1024) });
    expect(sizeFindings(validateConnector(parseConnector({ 'apiDefinition.swagger.json': text })))).toHaveLength(1);
  });

  it.each([64 * 1024, 256 * 1024])('a Buffer of %i bytes passed as the swagger object is read as the file', (size) => {
    const bytes = Buffer.alloc(size, 0x41);
    const result = validateConnector({ apiDefinition: bytes });
    expect(result.findings.some((f) => f.ruleId === 'artifact-json-valid')).toBe(true);
    expect(result.findings.some((f) => f.ruleId === 'meta-no-unknown-keys')).toBe(false);
  });

  it('50,000 structural errors under the file-size limit are gathered in linear time and capped', () => {
    const paths = Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`/p${i}`, { get: { deprecated: 1 } }]));
    const text = JSON.stringify({ swagger: '2.0', info, paths });
    expect(text.length).toBeLessThan(defaultLimits.maxFileBytes);
    const result = validateConnector(parseConnector({ 'apiDefinition.swagger.json': text }));
    expect(sizeFindings(result)).toEqual([]);
    expect(result.findings.filter((f) => f.ruleId === 'meta-json-types').length).toBeGreaterThan(0);
  });

  it('a connector just under the file-size limit is read whole', () => {
    const perOperation = JSON.stringify(operations(1001)).length - JSON.stringify(operations(1000)).length;
    const text = JSON.stringify(operations(Math.floor((0.97 * defaultLimits.maxFileBytes) / perOperation)));
    expect(text.length).toBeGreaterThan(defaultLimits.maxFileBytes * 0.9);
    expect(text.length).toBeLessThanOrEqual(defaultLimits.maxFileBytes);
    const result = validateConnector(parseConnector({ 'apiDefinition.swagger.json': text }));
    expect(sizeFindings(result)).toEqual([]);
    expect(result.findings.length).toBeGreaterThan(0);
  });
});
