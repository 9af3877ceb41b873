/**
 * Text from the linted file or its name (a value quoted in a message, a line in a code frame, a
 * path) made safe to print in a human-readable report, a terminal or a CI log. Every output
 * passes such text through `printable`, so that a config or a file name cannot:
 * - drive the terminal: C0 and C1 controls, DEL and ESC (clear the screen, retitle the window);
 * - hide or reorder what is shown: bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+200E,
 *   U+200F, U+061C, the "Trojan Source" characters), zero-width characters (U+200B–U+200D, U+2060,
 *   U+FEFF) and the line and paragraph separators U+2028 and U+2029;
 * - break the report's layout: a newline in a value;
 * - issue a GitHub Actions workflow command: the runner reads a log line that starts, after
 *   spaces, with `::` as a command (`::error file=…::`), and `##[name]` anywhere in a line as an
 *   old-style one (actions/runner, src/Runner.Worker/ActionCommandManager.cs and
 *   src/Runner.Common/ActionCommand.cs, TryParseV2 and TryParse). Every `::` and `##[` is escaped,
 *   wherever it sits: it is not known here where the text will start a line.
 * Each is shown as a JavaScript-style escape (`\n`, `\u001b`), so the reader still sees it.
 * Tabs stay: code frames align on them.
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (match) => {
    if (match === '::') return ':\\u003a';
    if (match === '##[') return '#\\u0023[';
    return NAMED.get(match) ?? `\\u${match.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

const UNPRINTABLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]|::|##\[/g;

const NAMED: ReadonlyMap<string, string> = new Map([
  ['\n', '\\n'],
  ['\r', '\\r'],
]);
