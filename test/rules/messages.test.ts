// The words of messages that issue 13 found sending authors the wrong way, checked on cases from real connectors.
import { describe, expect, it } from 'vitest';
import paramDefaultType from '../../src/rules/param/param-default-type.js';
import opOperationIdCharset from '../../src/rules/op/op-operationid-charset.js';
import readmeOperationsDocumented from '../../src/rules/readme/readme-operations-documented.js';
import schemaRefNoSiblings from '../../src/rules/schema/schema-ref-no-siblings.js';
import extDynamicTargetShape from '../../src/rules/ext/ext-dynamic-target-shape.js';
import respNoEmptySchema from '../../src/rules/resp/resp-no-empty-schema.js';
import type { Rule } from '../../src/core/rule.js';
import { runRule, type ConnectorPatch } from '../helpers/rule-tester.js';
import { searchParameter, stationsWithParameters } from './op/helpers.js';
import { readme, replaced } from './readme/readme-fixture.js';

const messages = (rule: Rule, patch: ConnectorPatch) => runRule(rule, patch).reports.map((r) => r.finding.message);

describe('messages that name the fix', () => {
  it('param-default-type shows the default converted, not a generic example (Federal Reserve Economic Data)', () => {
    const [message] = messages(paramDefaultType, stationsWithParameters({ ...searchParameter, type: 'integer', default: '1000' }));
    expect(message).toMatch(/write it as 1000\.$/);
  });

  it('op-operationid-charset states what the validator says, not that the platform strips the character', () => {
    const [message] = messages(opOperationIdCharset, { apiDefinition: { paths: { '/stations': { get: { operationId: 'Register-one-time-passcode' } } } } });
    expect(message).not.toMatch(/strip/);
    expect(message).toContain("Microsoft's validator");
  });

  it('readme-operations-documented names the operationId it could not match', () => {
    const [message] = messages(readmeOperationsDocumented, readme(replaced('### Get tide predictions', '### Get tides')));
    expect(message).toContain("'Get tide predictions' (GetTidePredictions)");
  });

  it('schema-ref-no-siblings names every key beside $ref in one finding', () => {
    const patch = { apiDefinition: { definitions: { TidePredictions: { properties: { station: { $ref: '#/definitions/Station', 'x-ms-summary': 'Station', 'x-ms-visibility': 'advanced' } } } } } };
    expect(messages(schemaRefNoSiblings, patch)).toEqual([
      "'x-ms-summary', 'x-ms-visibility' beside '$ref' are ignored; move them into the referenced object or drop the reference.",
    ]);
  });

  it('ext-dynamic-target-shape suggests the spelling the schema uses', () => {
    const patch = { apiDefinition: { paths: { '/stations/{stationId}/tides': { get: { parameters: [{ name: 'stationId', in: 'path', type: 'string', required: true, 'x-ms-dynamic-values': { operationId: 'ListStations', 'value-path': 'ID' } }] } } } } };
    expect(messages(extDynamicTargetShape, patch)[0]).toContain("did you mean 'id'?");
  });

  it('resp-no-empty-schema tells a 204 to drop its schema (Atlassian Jira)', () => {
    const patch = { apiDefinition: { paths: { '/stations': { get: { responses: { '204': { description: 'No Content', schema: { type: 'object' } } } } } } } };
    expect(messages(respNoEmptySchema, patch)).toEqual(['The 204 response has an empty schema, but a 204 carries no body; remove the schema.']);
  });
});
