/** Shared by every copy of the library in a process (`Symbol.for`). */
const invalidArgument = Symbol.for('connector-certify.InvalidArgumentError');

/**
 * The one error the library throws: a call that is a programming mistake (an option that does not exist, a `files`
 * argument that is not an object). Anything that comes from a connector, whatever its content, is a finding instead.
 *
 * @example
 * ```ts
 * try {
 *   validateConnector(input, { profile: 'certifed' as never });
 * } catch (error) {
 *   if (error instanceof InvalidArgumentError) console.error(error.message);
 *   // Invalid options.profile: 'certifed' is not a profile; did you mean 'certified'?
 * }
 * ```
 */
export class InvalidArgumentError extends TypeError {
  /**
   * `instanceof` by brand rather than by prototype: each CommonJS entry file (`connector-certify`, `/diff`, `/node`)
   * carries its own copy of this class, and an error thrown by one must still be an instance of the others'.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && invalidArgument in value;
  }

  readonly [invalidArgument] = true;
  override name = 'InvalidArgumentError';

  /**
   * @param argument - Where the mistake is, as a path from the call: `options.profile`, `options.rules.op-summary`, `files`.
   * @param problem - What is wrong with it, one sentence.
   */
  constructor(
    readonly argument: string,
    problem: string,
  ) {
    super(`Invalid ${argument}: ${problem}`);
  }
}

/** The message of whatever was thrown, for a finding or an error line that names the cause. */
export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
