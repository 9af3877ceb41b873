/** A problem with how parsl-lint was called or what it was pointed at: exit code 2, one line on stderr. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
