/**
 * Text from the linted file (a value quoted in a message, a line in a code frame) with control
 * characters escaped, so that a config cannot clear the screen or retitle the terminal, and a
 * newline in a value cannot break the report's layout. Tabs stay: code frames align on them.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, (char) => {
    const named: Record<string, string> = { '\n': '\\n', '\r': '\\r' };
    return named[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
