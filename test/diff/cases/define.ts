import type { ChangeLevel } from '../../../src/diff/types.js';
import type { Revision } from '../fixture.js';

/** A change the case must report, in result order. */
export interface ExpectedChange {
  level: ChangeLevel;
  operationId?: string;
  /** Pointer into the base; `null` when the change must have no base location. */
  base?: string | null;
  revision?: string | null;
  /** Text the message must contain. */
  message?: string;
}

export interface DiffCase {
  name: string;
  revision: Revision;
  /** Every change of the check under test, in result order; empty when the check must stay silent. */
  expect: ExpectedChange[];
  /** Shown as an example on the check's generated page. */
  doc?: boolean;
}

export interface CheckCases {
  check: string;
  cases: DiffCase[];
}

export function defineDiffCases(check: string, cases: DiffCase[]): CheckCases {
  return { check, cases };
}
