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

const RESERVED = new Set(['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'while', 'until', '!', '{', '}', 'time']);

export function shellCommands(text: string): ShellCommand[] {
  const commands: ShellCommand[] = [];
  let words: ShellWord[] = [];
  const endCommand = () => {
    let first = 0;
    while (first < words.length && RESERVED.has(words[first]!.text)) first++;
    let name = first;
    while (name < words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[name]!.text)) name++;
    if (name < words.length || name > first) commands.push({ assignments: words.slice(first, name), words: words.slice(name) });
    words = [];
  };

  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
    if (isOperator(text, index)) {
      endCommand();
      index++;
    } else if (/\s/.test(char)) {
      index++;
    } else if (char === '#') {
      while (index < text.length && text[index] !== '\n') index++;
    } else {
      const word = readWord(text, index);
      words.push(word);
      index = word.end;
    }
  }
  endCommand();
  return commands;
}

/** A character that ends a command: `;`, `|`, `&` (not in `2>&1` or `&>`), a newline, a parenthesis. */
function isOperator(text: string, index: number): boolean {
  const char = text[index]!;
  if (char === '&') return !/[<>]/.test(text[index - 1] ?? '') && text[index + 1] !== '>';
  return char === '\n' || char === ';' || char === '|' || char === '(' || char === ')';
}

/** One word from `start`: up to unquoted whitespace or an operator, with nested `$(...)` kept whole. */
function readWord(text: string, start: number): ShellWord {
  let value = '';
  let index = start;
  let quote: '"' | "'" | '`' | undefined;
  let depth = 0;
  while (index < text.length) {
    const char = text[index]!;
    if (quote === "'" || quote === '`') {
      if (char === quote) quote = undefined;
      else value += char;
    } else if (char === '\\' && index + 1 < text.length) {
      value += text[index + 1];
      index++;
    } else if (quote === '"' && char === '"' && depth === 0) {
      quote = undefined;
    } else if (quote === undefined && depth === 0 && (char === "'" || char === '"' || char === '`')) {
      quote = char;
    } else if (char === '$' && text[index + 1] === '(') {
      depth++;
      value += '$(';
      index++;
    } else if (char === ')' && depth > 0) {
      depth--;
      value += char;
    } else if (quote === undefined && depth === 0 && (/\s/.test(char) || isOperator(text, index))) {
      break;
    } else {
      value += char;
    }
    index++;
  }
  return { text: value, start, end: index };
}
