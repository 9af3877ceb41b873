/**
 * Text from the linted file (a value quoted in a message, a line in a code frame) with control
 * characters escaped, so that a config cannot clear the screen or retitle the terminal, and a
 * newline in a value cannot break the report's layout. Tabs stay: code frames align on them.
 */
export declare function printable(text: string): string;
