import { InvalidArgumentError } from '../parse/errors.js';
import { checkArray, checkLevels, checkLimits, checkNewIds, checkOptionNames, isPlainRecord } from '../parse/arguments.js';
import type { Limits } from '../parse/limits.js';
import type { DiffCheck } from './check.js';
import type { DiffOptions as CheckOptions } from './run.js';

export interface DiffOptions extends CheckOptions {
  /** How much to read of documents given as objects (see {@link Limits}); for `ConnectorInput`s, pass them to `parseConnector`. */
  limits?: Partial<Limits>;
}

const optionNames = ['checks', 'extraChecks', 'limits'];
const levelWords = ['breaking', 'warning', 'info', 'off'] as const;

/** Checks the options of `diffConnectors`; every mistake is an {@link InvalidArgumentError} naming the option. */
export function checkDiffOptions(builtIn: readonly DiffCheck[], options: unknown): DiffOptions {
  const given = checkOptionNames(options, 'options', optionNames) as DiffOptions;
  checkArray(given.extraChecks, 'options.extraChecks', (check, argument) => {
    if (!isPlainRecord(check) || typeof check.id !== 'string' || !isPlainRecord(check.visit) || !isPlainRecord(check.messages)) {
      throw new InvalidArgumentError(argument, 'expected a check made with defineCheck ({ id, visit, messages, ... }).');
    }
  });
  const extraIds = (given.extraChecks ?? []).map((check) => check.id);
  const builtInIds = builtIn.map((check) => check.id);
  checkNewIds(extraIds, builtInIds, 'options.extraChecks', 'check');
  checkLevels(given.checks, 'options.checks', [...builtInIds, ...extraIds], levelWords, 'check');
  checkLimits(given.limits, 'options.limits');
  return given;
}
