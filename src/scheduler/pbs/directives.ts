/**
 * Reading a batch script's `#PBS` directives the way qsub does, for PBS Pro / OpenPBS and Torque.
 *
 * Both qsubs find directives alike (research/slurm.md A11; OpenPBS v23.06.06
 * `src/cmds/qsub_sup.c` `get_script()` and `src/lib/Libcmds/check_job_script.c`; Torque
 * adaptivecomputing/torque 34ff845 (6.1 branch; the same in v4.2.2 and v5.1.1)
 * `src/cmds/qsub_functions.c` `ispbsdir()` / `isexecutable()`):
 * - a directive is a line whose first non-blank characters are `#PBS`;
 * - reading stops at the first executable line: not blank, and whose first non-blank character
 *   is not `#`; a line starting with `:` or `#!` is not executable;
 * - a directive ending in `\` continues on the next line (PBS Pro allows blanks after the `\`,
 *   Torque does not: `pbs_extendable_line()` vs the `\\\n` test in `get_script()`).
 * The directive's text is split into arguments as OpenPBS `make_argv()` does (blanks separate,
 * quotes group, `\` escapes a character) and read with getopt and qsub's option letters.
 */
import type { Span } from '../../document/source.js';
import {
  commentOrCommand,
  isCSpace,
  leadingBlanks,
  splitLines,
  type DirectiveIssue,
  type DirectiveScan,
  type ScannedLine,
  type TextLine,
} from '../directive-scan.js';
import type { WrittenSetting } from '../overrides.js';

export type PbsFlavour = 'pbspro' | 'torque';

/**
 * qsub's getopt letters; a `:` follows a letter that takes an argument. OpenPBS v23.06.06
 * `GETOPT_ARGS` in src/cmds/qsub_sup.c; Torque `GETOPT_ARGS` in src/cmds/qsub_functions.c (the
 * non-POSIX-strict builds, which are the default).
 */
const OPTION_LETTERS: Readonly<Record<PbsFlavour, string>> = {
  pbspro: 'a:A:c:C:e:fhIj:J:k:l:m:M:N:o:p:q:r:R:S:u:v:VW:XzP:',
  torque: 'a:A:b:c:C:d:D:e:EfF:hi:Ij:J:k:K:l:L:m:M:nN:o:p:P:q:r:S:t:T:u:v:Vw:W:Xxz',
};

const PBS_PREFIX = '#PBS';

export interface PbsScan extends DirectiveScan {
  /**
   * What the directives read before the header ended set, in script order: one entry per option,
   * and one per resource of a `-l` list (key `-l walltime`).
   */
  readonly settings: readonly WrittenSetting[];
}

interface Argument {
  readonly text: string;
  /** offsets[i] is where text[i] is in the script. */
  readonly offsets: readonly number[];
  readonly span: Span;
  readonly line: number;
}

export function scanPbsScript(text: string, flavour: PbsFlavour): PbsScan {
  const lines: ScannedLine[] = [];
  const issues: DirectiveIssue[] = [];
  const settings: WrittenSetting[] = [];
  let headerEnd: number | undefined;
  const all = splitLines(text);
  for (let index = 0; index < all.length; index++) {
    const line = all[index]!;
    if (!isDirective(line.text)) {
      const kind = commentOrCommand(line.text);
      if (headerEnd === undefined && isExecutable(line.text)) headerEnd = index;
      if (kind === 'comment' && looksLikePbsDirective(line.text)) issues.push(lookalike(line));
      lines.push({ index, span: line.span, kind });
      continue;
    }
    if (headerEnd !== undefined) {
      issues.push(afterHeaderEnd(line));
      lines.push({ index, span: line.span, kind: 'ignored-directive' });
      continue;
    }
    const parts = [line];
    while (continues(parts.at(-1)!.text, flavour) && index + 1 < all.length) parts.push(all[++index]!);
    for (const part of parts) lines.push({ index: part.index, span: part.span, kind: 'directive' });
    settings.push(...readOptions(splitArguments(directiveChars(parts, flavour)), flavour));
  }
  return { lines, ...(headerEnd !== undefined && { headerEnd }), issues, settings };
}

/** `pbs_ispbsdir()`. */
function isDirective(line: string): boolean {
  return line.startsWith(PBS_PREFIX, leadingBlanks(line));
}

/** `pbs_isexecutable()`. */
function isExecutable(line: string): boolean {
  if (line.startsWith(':') || line.startsWith('#!')) return false;
  return commentOrCommand(line) === 'command';
}

function continues(line: string, flavour: PbsFlavour): boolean {
  return flavour === 'pbspro' ? /\\[ \t\v\f\r]*$/.test(line) : line.endsWith('\\');
}

/**
 * The characters qsub parses for a directive of one or more lines: each line's text after the
 * prefix (or the whole continuation line), without the continuing `\` and what follows it.
 */
function directiveChars(parts: readonly TextLine[], flavour: PbsFlavour): { chars: string; offsets: number[]; lines: number[] } {
  let chars = '';
  const offsets: number[] = [];
  const lines: number[] = [];
  for (const [position, part] of parts.entries()) {
    let from = position === 0 ? leadingBlanks(part.text) + PBS_PREFIX.length : 0;
    let to = part.text.length;
    if (position < parts.length - 1) to = flavour === 'pbspro' ? part.text.search(/\\[ \t\v\f\r]*$/) : to - 1;
    // A slice per line: joining an array of single characters cost more than the rest of the scan.
    if (from < to) chars += part.text.slice(from, to);
    for (; from < to; from++) {
      offsets.push(part.span.start + from);
      lines.push(part.index);
    }
  }
  return { chars, offsets, lines };
}

/** OpenPBS `make_argv()`; an unmatched quote makes qsub exit, so nothing is read then. */
function splitArguments({ chars, offsets, lines }: { chars: string; offsets: number[]; lines: number[] }): Argument[] {
  const args: Argument[] = [];
  let text = '';
  let at: number[] = [];
  let start = -1;
  let end = -1;
  const flush = () => {
    if (start >= 0) args.push({ text, offsets: at, span: { start: offsets[start]!, end: offsets[end]! + 1 }, line: lines[start]! });
    text = '';
    at = [];
    start = -1;
  };
  for (let index = 0; index < chars.length; index++) {
    const char = chars[index]!;
    if (isCSpace(char)) {
      flush();
      continue;
    }
    if (start < 0) start = index;
    if (char === '"' || char === "'") {
      const close = chars.indexOf(char, index + 1);
      if (close < 0) return [];
      for (let inner = index + 1; inner < close; inner++) {
        text += chars[inner];
        at.push(offsets[inner]!);
      }
      index = close;
    } else if (char === '\\' && index + 1 < chars.length) {
      index++;
      text += chars[index];
      at.push(offsets[index]!);
    } else {
      text += char;
      at.push(offsets[index]!);
    }
    end = index;
  }
  flush();
  return args;
}

/**
 * getopt over one directive's arguments. Arguments that are not options are skipped (glibc's
 * getopt moves them to the end); at an option letter qsub does not know, getopt fails and qsub
 * rejects the job, so the rest of the directive is not read.
 */
function readOptions(args: readonly Argument[], flavour: PbsFlavour): WrittenSetting[] {
  const letters = OPTION_LETTERS[flavour];
  const settings: WrittenSetting[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg.text === '--') break;
    if (!/^-[^-]/.test(arg.text)) continue;
    for (let position = 1; position < arg.text.length; position++) {
      const letter = arg.text[position]!;
      const at = letters.indexOf(letter);
      if (at < 0 || letter === ':') return settings;
      if (letters[at + 1] !== ':') {
        settings.push(option(letter, undefined, arg.offsets[position === 1 ? 0 : position]!, arg.offsets[position]! + 1, arg.line));
        continue;
      }
      const attached = position + 1 < arg.text.length;
      const value = attached ? slice(arg, position + 1) : args[++index];
      if (value === undefined) return settings;
      const from = arg.offsets[position === 1 ? 0 : position]!;
      if (letter === 'l') settings.push(...resources(value, from, arg.line));
      else settings.push(option(letter, value.text, from, value.span.end, arg.line));
      break;
    }
  }
  return settings;
}

function option(letter: string, value: string | undefined, start: number, end: number, line: number): WrittenSetting {
  return { key: `-${letter}`, text: value === undefined ? `-${letter}` : `-${letter} ${value}`, span: { start, end }, line };
}

/**
 * A `-l` list, `name=value[,name=value...]`: one setting per resource. Commas inside quotes or
 * brackets do not separate (OpenPBS `set_resources()` with `pbs_quote_parse()`, Torque
 * `add_verify_resources()`).
 */
function resources(list: Argument, optionStart: number, line: number): WrittenSetting[] {
  const settings: WrittenSetting[] = [];
  let from = 0;
  let depth = 0;
  let quote: string | undefined;
  for (let index = 0; index <= list.text.length; index++) {
    const char = list.text[index];
    if (quote !== undefined) {
      if (char === quote) quote = undefined;
      continue;
    }
    if (char === '"' || char === "'") quote = char;
    else if (char === '[') depth++;
    else if (char === ']') depth--;
    else if ((char === ',' && depth === 0) || char === undefined) {
      const item = list.text.slice(from, index);
      const name = item.split('=')[0]!.trim();
      if (name !== '') {
        const start = settings.length === 0 ? optionStart : list.offsets[from]!;
        settings.push({ key: `-l ${name}`, text: `-l ${item}`, span: { start, end: list.offsets[index - 1]! + 1 }, line });
      }
      from = index + 1;
    }
  }
  return settings;
}

function slice(arg: Argument, from: number): Argument {
  return {
    text: arg.text.slice(from),
    offsets: arg.offsets.slice(from),
    span: { start: arg.offsets[from]!, end: arg.span.end },
    line: arg.line,
  };
}

/**
 * A comment that was probably meant as a `#PBS` directive: `# PBS -l ...`, `#pbs -l ...` (qsub
 * compares the prefix byte for byte). Judgement: an option must follow, so that `# PBS settings`
 * is not flagged.
 */
function looksLikePbsDirective(line: string): boolean {
  return /^[ \t]*#[ \t]*pbs[ \t]*-/i.test(line);
}

function lookalike(line: TextLine): DirectiveIssue {
  return {
    kind: 'lookalike-directive',
    span: trimmed(line),
    line: line.index,
    message: `this looks like a directive but is a plain comment to qsub, whose directives start with "${PBS_PREFIX}" exactly so (upper case, no blank after "#"): ${JSON.stringify(line.text.trim())}`,
  };
}

function afterHeaderEnd(line: TextLine): DirectiveIssue {
  return {
    kind: 'after-header-end',
    span: trimmed(line),
    line: line.index,
    message: 'qsub stops reading #PBS directives at the first command line, so this one is ignored',
  };
}

function trimmed(line: TextLine): Span {
  const indent = leadingBlanks(line.text);
  return { start: line.span.start + indent, end: line.span.start + line.text.trimEnd().length };
}
