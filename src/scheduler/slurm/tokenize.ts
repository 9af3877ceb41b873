/** Splitting one directive line into arguments the way sbatch's get_argument() does (slurm.md A1.3). */
import type { Span } from '../../document/source.js';
import { isCSpace } from '../directive-scan.js';
import type { DirectiveProblem, SourcedText } from './types.js';
import { compareSlurmReleases, type SlurmRelease } from './options.js';


export interface TokenizedLine {
  readonly tokens: SourcedText[];
  readonly problems: DirectiveProblem[];
  /** The line starts with `hetjob`/`packjob`: the directives after it are another job component. */
  readonly startsNewComponent: boolean;
}

/** From 24.05 get_argument() turns `\ ` into a literal space (checked in each tag's opt.c); before, it splits the argument. */
export function joinsEscapedSpaces(release: SlurmRelease): boolean {
  return compareSlurmReleases(release, '24.05') >= 0;
}

/**
 * Splits `text[from, to)` (the part of line `line` after the marker) into arguments. Verified on
 * the 22.05.8 oracle: `-t 10#-p x` is `-t 10`; `-J a\#b` and `-J "a#b"` keep the `#`; an empty
 * `""` and a mid-line `hetjob` end the line (`-t 10 "" -p nosuch` is accepted); `:` at the start
 * of any argument is fatal; `--job-name=a\ b` splits into `--job-name=a` and `b` unless
 * `escapedSpaceJoins` (24.05 on).
 */
export function tokenizeDirectiveLine(
  text: string,
  from: number,
  to: number,
  line: number,
  escapedSpaceJoins = false,
): TokenizedLine {
  const tokens: SourcedText[] = [];
  const problems: DirectiveProblem[] = [];
  let startsNewComponent = false;
  let position = from;
  while (position < to) {
    // What sbatch quotes in its fatal messages: the rest of the line from the end of the
    // previous argument (or, for the first, from the first non-blank after the marker).
    const rest = text.slice(tokens.length === 0 ? skipSpaces(text, position, to) : position, to);
    position = skipSpaces(text, position, to);
    if (position >= to) break;

    const separator = /^(hetjob|packjob)(?![^ \t\n\v\f\r])/i.exec(text.slice(position, to));
    if (separator !== null) {
      const separatorSpan = { start: position, end: position + separator[0].length };
      const first = tokens.length === 0;
      if (first) startsNewComponent = true;
      problems.push(separatorProblem(separator[1]!.toLowerCase(), first, separatorSpan, to, line));
      break;
    }
    if (text[position] === ':') {
      problems.push({
        kind: 'unexpected-colon',
        consequence: 'rejected',
        span: { start: position, end: position + 1 },
        line,
        message: 'sbatch refuses an argument that starts with ":"',
        sbatchSays: `sbatch: fatal: Unexpected \`:\` in [${rest}]`,
      });
      break;
    }

    const start = position;
    let value = '';
    const offsets: number[] = [];
    let quote: string | undefined;
    let escaped = false;
    let endedByHash = false;
    while (position < to && (quote !== undefined || !isCSpace(text[position]))) {
      const char = text[position]!;
      if (escaped) {
        escaped = false;
      } else if (char === '\\') {
        position++;
        if (escapedSpaceJoins && text[position] === ' ' && position < to) {
          value += ' ';
          offsets.push(position++);
          continue;
        }
        // An empty argument is reported as such below.
        if (quote === undefined && position < to && isCSpace(text[position]) && value !== '') {
          problems.push(escapedSpaceSplits(position - 1, line));
        }
        escaped = true;
        continue;
      } else if (quote !== undefined) {
        if (char === quote) {
          quote = undefined;
          position++;
          continue;
        }
      } else if (char === '"' || char === "'") {
        quote = char;
        position++;
        continue;
      } else if (char === '#') {
        endedByHash = true;
        break;
      }
      value += char;
      offsets.push(position++);
    }
    if (quote !== undefined) {
      problems.push({
        kind: 'unmatched-quote',
        consequence: 'rejected',
        span: { start, end: to },
        line,
        message: `unmatched ${quote}: sbatch refuses the script`,
        sbatchSays: `sbatch: fatal: Unmatched \`${quote}\` in [${rest}]`,
      });
      break;
    }
    if (value === '') {
      // get_argument() returns NULL for an empty argument, which ends the line.
      if (!endedByHash && position > start) problems.push(emptyArgumentEndsLine(start, to, line));
      // A comment after the options is fine; a second directive there is lost.
      if (endedByHash && /^#(?:SBATCH|SLURM)/.test(text.slice(position, to))) problems.push(secondDirective(position, to, line));
      break;
    }
    tokens.push({ text: value, span: { start, end: position }, offsets, line });
    if (endedByHash) {
      if (position + 1 < to) problems.push(hashEndsLine(position, to, line));
      break;
    }
  }
  return { tokens, problems, startsNewComponent };
}

function secondDirective(hash: number, lineEnd: number, line: number): DirectiveProblem {
  return {
    kind: 'second-directive',
    consequence: 'ignored',
    span: { start: hash, end: lineEnd },
    line,
    message: 'two directives on one line: sbatch reads everything from the second "#" on as a comment, so the second directive is silently lost; put it on a line of its own',
  };
}

function separatorProblem(word: string, first: boolean, span: Span, lineEnd: number, line: number): DirectiveProblem {
  const deprecated = word === 'packjob';
  if (first) {
    return {
      kind: 'hetjob-separator',
      consequence: deprecated ? 'warned' : 'accepted',
      span,
      line,
      message: `"${word}" makes this a heterogeneous job: the directives after it describe a second job component`,
      ...(deprecated && {
        sbatchSays:
          'sbatch: Warning: the "packjob" component separator is being deprecated. Please, use "hetjob" instead.',
      }),
    };
  }
  return {
    kind: 'separator-ends-line',
    consequence: 'ignored',
    span: { start: span.start, end: lineEnd },
    line,
    message: `sbatch drops "${word}" in the middle of a line and ignores the rest of the line`,
  };
}

/** An empty `""`, or a backslash with nothing after it on the line or before a blank. */
function emptyArgumentEndsLine(start: number, lineEnd: number, line: number): DirectiveProblem {
  return {
    kind: 'empty-argument-ends-line',
    consequence: 'ignored',
    span: { start, end: lineEnd },
    line,
    message: 'sbatch reads no argument here (an empty string, or a lone backslash): it passes nothing and ignores the rest of the line',
  };
}

function hashEndsLine(hash: number, lineEnd: number, line: number): DirectiveProblem {
  return {
    kind: 'hash-ends-line',
    consequence: 'ignored',
    span: { start: hash, end: lineEnd },
    line,
    message: 'an unquoted "#" starts a comment even inside an argument: sbatch ignores the rest of the line (quote or escape it to keep it)',
  };
}

/** Before 24.05 for any blank; from 24.05 a backslash joins a space but still not a tab. */
function escapedSpaceSplits(backslash: number, line: number): DirectiveProblem {
  return {
    kind: 'escaped-space-splits',
    consequence: 'accepted',
    span: { start: backslash, end: backslash + 2 },
    line,
    message: 'a backslash does not keep this blank inside the argument: sbatch drops the backslash and splits the argument here (quote it instead)',
  };
}

function skipSpaces(text: string, position: number, end: number): number {
  while (position < end && isCSpace(text[position])) position++;
  return position;
}
