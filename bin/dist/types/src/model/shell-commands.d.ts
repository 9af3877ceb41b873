/**
 * The simple commands of a shell snippet such as `worker_init`, which parsl pastes into the batch
 * script for bash to run. Enough of bash's grammar to find which commands run in which order:
 * quotes, `$(...)` and backticks are kept inside one word; `;`, `&`, `|`, `&&`, `||`, newlines and
 * parentheses separate commands; `#` at the start of a word starts a comment. Heredocs, `case`
 * patterns and aliases are not modelled: a rule that reads this must stay quiet when unsure.
 */
export interface ShellWord {
    /** The word with its quote characters removed (`"$HOME/.bashrc"` → `$HOME/.bashrc`). */
    readonly text: string;
    /** Indices in the snippet: [start, end) covers the word as written, quotes included. */
    readonly start: number;
    readonly end: number;
}
export interface ShellCommand {
    /** `NAME=value` words before the command name (a command of assignments only has no name). */
    readonly assignments: readonly ShellWord[];
    /** The command name and its arguments, after reserved words such as `if`, `then`, `do`, `!`. */
    readonly words: readonly ShellWord[];
}
export declare function shellCommands(text: string): ShellCommand[];
