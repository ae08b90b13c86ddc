import { describe, expect, it } from 'vitest';
import { defineRule, InvalidArgumentError, parseConnector, validateConnector } from '../../src/index.js';
import { defineCheck, diffConnectors } from '../../src/diff/index.js';

const connector = { apiDefinition: { swagger: '2.0', info: { title: 'Contoso', version: '1.0' }, paths: {} } };

function thrown(call: () => unknown): InvalidArgumentError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error).toBeInstanceOf(TypeError);
    return error as InvalidArgumentError;
  }
  throw new Error('expected an InvalidArgumentError');
}

describe('validateConnector options', () => {
  it('rejects a misspelt or re-cased profile with a suggestion', () => {
    const misspelt = thrown(() => validateConnector(connector, { profile: 'certifed' as never }));
    expect(misspelt.argument).toBe('options.profile');
    expect(misspelt.message).toBe("Invalid options.profile: 'certifed' is not a profile; did you mean 'certified'?");
    expect(thrown(() => validateConnector(connector, { profile: 'Certified' as never })).message).toContain("did you mean 'certified'?");
    expect(thrown(() => validateConnector(connector, { profile: 42 as never })).message).toContain("use 'independent-publisher', 'certified', 'custom'.");
  });

  it('rejects unknown rule ids and severities in rules', () => {
    const id = thrown(() => validateConnector(connector, { rules: { 'op-sumary-required': 'off' } }));
    expect(id.argument).toBe('options.rules.op-sumary-required');
    expect(id.message).toContain("did you mean 'op-summary-required'?");
    const level = thrown(() => validateConnector(connector, { rules: { 'op-summary-required': 'warnign' as never } }));
    expect(level.message).toContain("did you mean 'warning'?");
    const far = thrown(() => validateConnector(connector, { rules: { 'op-summary-required': 'warn' as never } }));
    expect(far.message).toBe("Invalid options.rules.op-summary-required: 'warn' is not a level; use 'error', 'warning', 'info', 'off'.");
  });

  it('rejects unknown option names, a non-object options argument and malformed baselines', () => {
    expect(thrown(() => validateConnector(connector, { profle: 'custom' } as never)).message).toBe(
      "Invalid options.profle: there is no such option; did you mean 'profile'?",
    );
    expect(thrown(() => validateConnector(connector, 'custom' as never)).argument).toBe('options');
    expect(thrown(() => validateConnector(connector, { baseline: {} as never })).argument).toBe('options.baseline');
    expect(thrown(() => validateConnector(connector, { baseline: [{ ruleId: 'x', file: 'y' }] as never })).argument).toBe('options.baseline[0].pointer');
  });

  it('rejects extra rules that are not rules or that reuse an id', () => {
    expect(thrown(() => validateConnector(connector, { extraRules: [{}] as never })).argument).toBe('options.extraRules[0]');
    const copy = defineRule({
      meta: { id: 'op-summary-required', area: 'op', description: 'x', severity: {}, messages: {} },
      create: () => ({}),
    });
    expect(thrown(() => validateConnector(connector, { extraRules: [copy] })).message).toContain("'op-summary-required' already exists");
  });

  it('accepts the rule ids of extra rules in rules, and valid options as before', () => {
    const mine = defineRule({
      meta: { id: 'my-title', area: 'title', description: 'x', severity: {}, messages: { m: 'Mine.' } },
      create: (context) => ({ apiDefinition: () => context.report({ messageId: 'm', pointer: '' }) }),
    });
    const result = validateConnector(connector, { profile: 'custom', extraRules: [mine], rules: { 'my-title': 'warning' } });
    expect(result.findings.some((f) => f.ruleId === 'my-title' && f.severity === 'warning')).toBe(true);
  });

  it('rejects bad limits, and limits for an input that is already parsed', () => {
    expect(thrown(() => validateConnector(connector, { limits: { maxFileBytes: -1 } })).argument).toBe('options.limits.maxFileBytes');
    expect(thrown(() => validateConnector(connector, { limits: { maxFilebytes: 1 } as never })).message).toContain("did you mean 'maxFileBytes'?");
    expect(thrown(() => validateConnector(parseConnector({}), { limits: { maxFileBytes: 10 } })).message).toContain('pass limits to parseConnector');
    expect(() => validateConnector(connector, { limits: { maxFileBytes: Infinity } })).not.toThrow();
  });
});

describe('diffConnectors options', () => {
  it('rejects unknown check ids, levels, option names and extra checks', () => {
    expect(thrown(() => diffConnectors(connector, connector, { checks: { 'bc-operation-delted': 'off' } })).message).toContain(
      "did you mean 'bc-operation-deleted'?",
    );
    expect(thrown(() => diffConnectors(connector, connector, { checks: { 'bc-operation-deleted': 'error' as never } })).argument).toBe(
      'options.checks.bc-operation-deleted',
    );
    expect(thrown(() => diffConnectors(connector, connector, { check: {} } as never)).message).toContain("did you mean 'checks'?");
    expect(thrown(() => diffConnectors(connector, connector, { extraChecks: [null] as never })).argument).toBe('options.extraChecks[0]');
  });

  it('accepts an extra check and its id in checks', () => {
    const mine = defineCheck({
      id: 'bc-my-check',
      area: 'connector',
      level: 'info',
      description: 'x',
      messages: { m: 'Mine.' },
      visit: { connector: (_pair, report) => report({ messageId: 'm' }) },
    });
    const result = diffConnectors(connector, connector, { extraChecks: [mine], checks: { 'bc-my-check': 'warning' } });
    expect(result.changes.some((c) => c.ruleId === 'bc-my-check' && c.level === 'warning')).toBe(true);
  });
});
