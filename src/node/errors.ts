/** A mistake in the command line, a config file or a baseline: printed as one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
