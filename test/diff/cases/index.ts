import { connectionCases } from './connection.cases.js';
import { connectorCases } from './connector.cases.js';
import type { CheckCases } from './define.js';
import { formatCases } from './format.cases.js';
import { inputCases } from './input.cases.js';
import { operationCases } from './operation.cases.js';
import { outputCases } from './output.cases.js';

/** Every check's cases; the docs generator shows the `doc` ones. */
export const allCases: CheckCases[] = [...operationCases, ...inputCases, ...outputCases, ...connectionCases, ...connectorCases, ...formatCases];

export type { CheckCases, DiffCase, ExpectedChange } from './define.js';
