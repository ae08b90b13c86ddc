import { describe, expect, it } from 'vitest';
import { diffChecks } from '../../src/diff/index.js';
import type { Change } from '../../src/diff/types.js';
import { allCases, type ExpectedChange } from './cases/index.js';
import { diffRevision } from './fixture.js';

describe.each(allCases)('$check', ({ check, cases }) => {
  it.each(cases)('$name', ({ revision, expect: expected }) => {
    const changes = diffRevision(revision).changes.filter((change) => change.ruleId === check);
    expect(changes.map(summary)).toEqual(expected.map(expectation));
  });
});

describe('the cases', () => {
  it('cover every check, each with an example for its page', () => {
    const tested = new Set(allCases.filter((c) => c.cases.some((one) => one.doc && one.expect.length > 0)).map((c) => c.check));
    expect(diffChecks.map((check) => check.id).filter((id) => !tested.has(id))).toEqual([]);
  });

  it('name only checks that exist', () => {
    const ids = new Set(diffChecks.map((check) => check.id));
    expect(allCases.map((c) => c.check).filter((id) => !ids.has(id))).toEqual([]);
  });
});

/** The parts of a change a case can pin down. */
function summary(change: Change) {
  return {
    level: change.level,
    operationId: change.operationId,
    base: change.base?.pointer ?? null,
    revision: change.revision?.pointer ?? null,
    message: change.message,
  };
}

function expectation(expected: ExpectedChange) {
  return {
    level: expected.level,
    operationId: expected.operationId,
    base: expected.base === undefined ? expect.toSatisfy((value) => value === null || typeof value === 'string') : expected.base,
    revision: expected.revision === undefined ? expect.toSatisfy((value) => value === null || typeof value === 'string') : expected.revision,
    message: expected.message === undefined ? expect.any(String) : expect.stringContaining(expected.message),
  };
}
