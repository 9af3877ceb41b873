/**
 * A file named on the command line that the config's `exclude` leaves out is not linted; saying
 * nothing would read as "no problems". ESLint warns in that case ("File ignored because of a
 * matching ignore pattern. Use "--no-ignore" to disable file ignore settings or use
 * "--no-warn-ignored" to suppress this warning.", lib/eslint/eslint-helpers.js, createIgnoreResult)
 * and counts the warning towards --max-warnings, --quiet hiding it but not uncounting it; so does
 * parsl-lint. It is said only of a path named as it is: a directory walk, a glob and
 * --only-parsl-configs (pre-commit names every staged TOML file) leave excluded files out silently.
 */
import { printable } from '../output/printable.js';
import { displayPath } from './files.js';

/** The warning's text, naming the config whose `exclude` matched. */
export function ignoredFileWarning(shown: string, configFile: string | undefined, cwd: string): string {
  const config = configFile === undefined ? 'the config' : displayPath(configFile, cwd);
  return (
    `${printable(shown)} was not linted: it matches \`exclude\` in ${printable(config)}. ` +
    'Remove it from `exclude` (or use --no-config) to lint it, or use --no-warn-ignored to suppress this warning'
  );
}
