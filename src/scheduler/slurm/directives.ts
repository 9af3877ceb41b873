/**
 * Reading a batch script's header the way sbatch does: which lines are directives, where the
 * header ends, how a directive line splits into arguments, and how getopt_long resolves them.
 *
 * The code follows `_opt_batch_script()`, `get_argument()` and `_set_options()` in
 * src/sbatch/opt.c of Slurm 22.05.8 and glibc's getopt_long (slurm.md A1). Every token, option
 * and value keeps its range in the scanned text (JS string indices), so a rule can point inside
 * the TOML string it came from. Beyond the cases cited below, 3000 random headers (options,
 * abbreviations, clusters, quotes, backslashes, `#`, `hetjob`, `--`, stray words, several lines)
 * got the same first error from this module as from sbatch 22.05.8, or none from both.
 *
 * Scan a user's `scheduler_options` or `worker_init` on its own only for line-local findings:
 * whether the header has ended, and a missing argument at the very end, depend on what parsl puts
 * around the text. `analyzeSlurmHeader()` in header.ts scans the whole rendered header instead.
 */
import type { Span } from '../../document/source.js';
import { editDistance } from '../../suggest.js';
import {
  compareSlurmReleases,
  ORACLE_SLURM_RELEASE,
  RETIRED_SBATCH_OPTIONS,
  sbatchOptionsFor,
  type RetiredSbatchOption,
  type SbatchOption,
  type SlurmRelease,
} from './options.js';

/**
 * - `directive`: `#SBATCH` or `#SLURM` at column 0, before the header ends;
 * - `ignored-directive`: the same after the header has ended, which sbatch skips silently;
 * - `command`: anything whose first non-blank character is not `#` (the first one ends the header);
 * - `comment`: other lines starting, after blanks, with `#` (the shebang too);
 * - `blank`: whitespace only.
 */
export type LineKind = 'directive' | 'ignored-directive' | 'command' | 'comment' | 'blank';

export type DirectiveMarker = '#SBATCH' | '#SLURM';

export interface ScannedLine {
  /** 0-based index of the line in the scanned text. */
  readonly index: number;
  /** The line without its `\n`. */
  readonly span: Span;
  readonly kind: LineKind;
  readonly marker?: DirectiveMarker;
  /** The heterogeneous-job component a directive line belongs to (slurm.md A1.3). */
  readonly component?: number;
}

/** A piece of the text after sbatch's quote and backslash removal. */
export interface SourcedText {
  readonly text: string;
  /**
   * For a token, the raw characters it was read from, quotes included. For a value or a name, from
   * its first character to its last, so quotes around the whole value fall outside.
   */
  readonly span: Span;
  /** offsets[i] is the index in the scanned text of text[i]. */
  readonly offsets: readonly number[];
  /** 0-based line index. */
  readonly line: number;
}

/**
 * `long` is an exact `--name`, `abbreviated` a unique prefix getopt_long completed (`--part`),
 * `short` a letter (`-p`, or the `t` of `-Qt`).
 */
export type DirectiveForm = 'long' | 'abbreviated' | 'short';

export interface Directive {
  readonly option: SbatchOption;
  /** The option as written: `--part`, `--partition`, `-p`. */
  readonly written: string;
  /** The option name as written: `--part` in `--part=x`, `-p` in `-px`, `t` in `-Qt`. */
  readonly nameSpan: Span;
  readonly form: DirectiveForm;
  /** Absent for a flag, and for an optional argument not attached with `=`. */
  readonly value?: SourcedText;
  /** The value is the next argument (`--time 10`, `-t 10`), possibly on a later line. */
  readonly valueIsNextArgument: boolean;
  /** From the option name to the end of the raw argument holding its value (closing quote included). */
  readonly span: Span;
  /** 0-based line of the option. */
  readonly line: number;
  readonly component: number;
}

export type DirectiveProblemKind =
  | 'dos-line-break'
  | 'nul-character'
  | 'slurm-marker'
  | 'lookalike-directive'
  | 'after-header-end'
  | 'translated-directive'
  | 'unmatched-quote'
  | 'unexpected-colon'
  | 'hetjob-separator'
  | 'separator-ends-line'
  | 'empty-argument-ends-line'
  | 'hash-ends-line'
  | 'escaped-space-splits'
  | 'stray-argument'
  | 'ambiguous-option'
  | 'unknown-option'
  | 'unknown-short-option'
  | 'missing-argument'
  | 'unexpected-argument'
  | 'abbreviated-option'
  | 'value-on-next-line'
  | 'command-line-only';

/**
 * What sbatch does about it:
 * - `rejected`: sbatch exits with an error and submits nothing;
 * - `ignored`: the text has no effect, silently;
 * - `warned`: sbatch prints a warning and goes on;
 * - `accepted`: sbatch takes it without a word, but it is fragile or probably not what was meant.
 */
export type ProblemConsequence = 'rejected' | 'ignored' | 'warned' | 'accepted';

export interface DirectiveProblem {
  readonly kind: DirectiveProblemKind;
  readonly consequence: ProblemConsequence;
  readonly span: Span;
  /** 0-based line index. */
  readonly line: number;
  readonly message: string;
  /**
   * sbatch's own stderr, where it prints something. For the two `fatal:` tokenising errors, sbatch
   * puts `<script>: line <n>: ` before the text given here.
   */
  readonly sbatchSays?: string;
  /** `ambiguous-option`: the options the prefix matches, in the order sbatch lists them. */
  readonly candidates?: readonly string[];
  /** `unknown-option`: the most likely intended options, best first. */
  readonly suggestions?: readonly string[];
  /** `unknown-option`: a spelling older Slurm accepted, with its replacement. */
  readonly retired?: RetiredSbatchOption;
}

export interface HeaderScan {
  readonly lines: readonly ScannedLine[];
  /** Index of the line that ends the header (the first command), if any. */
  readonly headerEnd?: number;
  /** sbatch's argv, component by component, in order. */
  readonly tokens: readonly (SourcedText & { readonly component: number })[];
  readonly directives: readonly Directive[];
  readonly problems: readonly DirectiveProblem[];
}

export interface ScanOptions {
  /** Whose option table and tokeniser to use; default 22.05, the oracle's. */
  readonly release?: SlurmRelease;
}

export function scanBatchHeader(text: string, options: ScanOptions = {}): HeaderScan {
  const release = options.release ?? ORACLE_SLURM_RELEASE;
  const table = sbatchOptionsFor(release);
  const problems: DirectiveProblem[] = [...scriptSanityProblems(text), ...translatedDirectives(text)];
  const lines: ScannedLine[] = [];
  const tokens: (SourcedText & { component: number })[] = [];
  let headerEnd: number | undefined;
  let component = 0;

  let lineStart = 0;
  for (const [index, lineText] of text.split('\n').entries()) {
    const span = { start: lineStart, end: lineStart + lineText.length };
    lineStart = span.end + 1;
    const marker = directiveMarker(lineText);
    if (headerEnd !== undefined) {
      const kind = marker !== undefined ? 'ignored-directive' : commentOrCommand(lineText);
      lines.push({ index, span, kind, ...(marker && { marker }) });
      if (marker !== undefined || looksLikeDirective(lineText)) problems.push(afterHeaderEnd(span, index));
      continue;
    }
    if (marker === undefined) {
      const kind = commentOrCommand(lineText);
      if (kind === 'command') headerEnd = index;
      else if (kind === 'comment' && looksLikeDirective(lineText)) problems.push(lookalike(lineText, span, index));
      lines.push({ index, span, kind });
      continue;
    }
    if (marker === '#SLURM') problems.push(slurmMarker(span, index));
    const line = tokenizeDirectiveLine(text, span.start + marker.length, span.end, index, release);
    problems.push(...line.problems);
    if (line.startsNewComponent) component++;
    lines.push({ index, span, kind: 'directive', marker, component });
    for (const token of line.tokens) tokens.push({ ...token, component });
  }

  const directives: Directive[] = [];
  for (let current = 0; current <= component; current++) {
    // Each component is its own getopt run: a missing value never reaches into the next one.
    const parsed = parseArguments(tokens.filter((token) => token.component === current), table, current);
    directives.push(...parsed.directives);
    problems.push(...parsed.problems);
  }
  problems.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { lines, ...(headerEnd !== undefined && { headerEnd }), tokens, directives, problems };
}

// ---------------------------------------------------------------------------------------------
// Lines (slurm.md A1.1, A1.2, A1.5)

/** `xstrncmp(line, "#SBATCH", 7)`, else `#SLURM`: exact bytes at column 0. */
function directiveMarker(line: string): DirectiveMarker | undefined {
  if (line.startsWith('#SBATCH')) return '#SBATCH';
  if (line.startsWith('#SLURM')) return '#SLURM';
  return undefined;
}

/** "Stop parsing script if not a comment": the first non-blank character decides. */
function commentOrCommand(line: string): 'command' | 'comment' | 'blank' {
  for (const char of line) {
    if (isCSpace(char)) continue;
    return char === '#' ? 'comment' : 'command';
  }
  return 'blank';
}

/**
 * A comment that was probably meant as a directive: `  #SBATCH -p x`, `# SBATCH -p x`,
 * `#sbatch -p x` (all plain comments to sbatch, verified). Judgement: an option must follow, so
 * that `# Slurm settings` is not flagged; `##SBATCH`, the usual way to switch a directive off,
 * does not match.
 */
function looksLikeDirective(line: string): boolean {
  return /^[ \t\v\f\r]*#[ \t]*(?:sbatch|slurm)[ \t]*-/i.test(line) && directiveMarker(line) === undefined;
}

function scriptSanityProblems(text: string): DirectiveProblem[] {
  const problems: DirectiveProblem[] = [];
  let line = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '\r' && text[index + 1] === '\n') {
      problems.push({
        kind: 'dos-line-break',
        consequence: 'rejected',
        span: { start: index, end: index + 1 },
        line,
        message: 'sbatch refuses scripts with DOS (CRLF) line breaks',
        sbatchSays:
          'sbatch: error: Batch script contains DOS line breaks (\\r\\n)\n' +
          'sbatch: error: instead of expected UNIX line breaks (\\n).',
      });
    } else if (char === '\0') {
      problems.push({
        kind: 'nul-character',
        consequence: 'rejected',
        span: { start: index, end: index + 1 },
        line,
        message: 'sbatch refuses scripts that contain a NUL character',
        sbatchSays:
          'sbatch: error: The Slurm controller does not allow scripts that\n' +
          "sbatch: error: contain a NULL character '\\0'.",
      });
    } else if (char === '\n') {
      line++;
    }
  }
  return problems;
}

/**
 * sbatch also reads `#BSUB` and `#PBS` lines (src/sbatch/xlate.c, slurm.md A1.6) after its
 * `#SBATCH` pass and lets them override it, unless `--ignore-pbs` is given. The marker must be at
 * column 0; the scan ignores the header end and gives up only after more than 100 lines that do
 * not start with `#`. Only one flavour is used: `#BSUB` if there is any, else `#PBS`.
 */
function translatedDirectives(text: string): DirectiveProblem[] {
  const found: { flavour: '#BSUB' | '#PBS'; span: Span; line: number }[] = [];
  let nonComments = 0;
  let start = 0;
  for (const [line, lineText] of text.split('\n').entries()) {
    const span = { start, end: start + lineText.length };
    start = span.end + 1;
    const flavour = lineText.startsWith('#BSUB') ? '#BSUB' : lineText.startsWith('#PBS') ? '#PBS' : undefined;
    if (flavour !== undefined) found.push({ flavour, span, line });
    else if (!lineText.startsWith('#') && ++nonComments > 100) break;
  }
  const bsub = found.some((entry) => entry.flavour === '#BSUB');
  return found.map(({ flavour, span, line }) =>
    flavour === '#PBS' && bsub
      ? {
          kind: 'translated-directive',
          consequence: 'ignored',
          span,
          line,
          message: 'sbatch translates #PBS lines only when the script has no #BSUB line; this one is ignored',
        }
      : {
          kind: 'translated-directive',
          consequence: 'accepted',
          span,
          line,
          message: `sbatch translates ${flavour} lines into its own options, even after the first command, and they override the #SBATCH ones (unless sbatch runs with --ignore-pbs)`,
        },
  );
}

function slurmMarker(span: Span, line: number): DirectiveProblem {
  return {
    kind: 'slurm-marker',
    consequence: 'warned',
    span: { start: span.start, end: span.start + '#SLURM'.length },
    line,
    message: '#SLURM is an old spelling of #SBATCH: sbatch still reads it, with a warning',
    sbatchSays:
      'sbatch: error: Change from #SLURM to #SBATCH in your script and verify the options are valid in sbatch',
  };
}

function lookalike(text: string, span: Span, line: number): DirectiveProblem {
  return {
    kind: 'lookalike-directive',
    consequence: 'ignored',
    span,
    line,
    message: `this looks like a directive but is a plain comment to sbatch, which reads only "#SBATCH" written exactly so at the very start of a line: ${JSON.stringify(text.trim())}`,
  };
}

function afterHeaderEnd(span: Span, line: number): DirectiveProblem {
  return {
    kind: 'after-header-end',
    consequence: 'ignored',
    span,
    line,
    message: 'sbatch stops reading directives at the first command line, so this one is ignored',
  };
}

// ---------------------------------------------------------------------------------------------
// Tokenising one directive line: get_argument() (slurm.md A1.3)

export interface TokenizedLine {
  readonly tokens: SourcedText[];
  readonly problems: DirectiveProblem[];
  /** The line starts with `hetjob`/`packjob`: the directives after it are another job component. */
  readonly startsNewComponent: boolean;
}

/**
 * Splits `text[from, to)` (the part of line `line` after the marker) into arguments. Verified on
 * the 22.05.8 oracle: `-t 10#-p x` is `-t 10`; `-J a\#b` and `-J "a#b"` keep the `#`; an empty
 * `""` and a mid-line `hetjob` end the line (`-t 10 "" -p nosuch` is accepted); `:` at the start
 * of any argument is fatal; `--job-name=a\ b` splits into `--job-name=a` and `b` before 24.05.
 */
export function tokenizeDirectiveLine(
  text: string,
  from: number,
  to: number,
  line: number,
  release: SlurmRelease = ORACLE_SLURM_RELEASE,
): TokenizedLine {
  // From 24.05 get_argument() turns `\ ` into a literal space (checked in each tag's opt.c).
  const escapedSpaceJoins = compareSlurmReleases(release, '24.05') >= 0;
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

/** C's isspace() in the C locale. */
function isCSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\v' || char === '\f' || char === '\r';
}

// ---------------------------------------------------------------------------------------------
// getopt_long over the arguments (slurm.md A1.4)

const TRY_HELP = 'Try "sbatch --help" for more information';

interface ParsedArguments {
  readonly directives: Directive[];
  readonly problems: DirectiveProblem[];
}

/**
 * `getopt_long(argc, argv, "+...", ...)`: options until the first non-option (then sbatch says
 * "Invalid directive found in batch script"). sbatch stops at the first error; this goes on, so
 * that every problem is reported, treating each non-option as stray. Verified on the oracle:
 * `-Qt 10`, `-Ht10 --test`, `-pdebug`, `--nice=5`, `--pars` are accepted; `-tQ` is `-t Q`;
 * `-k foo` and `--nice 5` leave a stray argument; `--` stops option parsing (`-- -p x` reports
 * `-p`); a lone `-` is stray; `-+` is an invalid option.
 */
function parseArguments(
  argv: readonly SourcedText[],
  table: readonly SbatchOption[],
  component: number,
): ParsedArguments {
  const directives: Directive[] = [];
  const problems: DirectiveProblem[] = [];
  let endOfOptions = false;
  for (let index = 0; index < argv.length; index++) {
    const token = argv[index]!;
    const next = argv[index + 1];
    if (endOfOptions || !token.text.startsWith('-') || token.text === '-') {
      problems.push(strayArgument(token, endOfOptions));
    } else if (token.text === '--') {
      endOfOptions = true;
    } else if (token.text.startsWith('--')) {
      const parsed = parseLongOption(token, next, table, component);
      if (parsed.consumedNext) index++;
      directives.push(...parsed.directives);
      problems.push(...parsed.problems);
    } else {
      const parsed = parseShortOptions(token, next, table, component);
      if (parsed.consumedNext) index++;
      directives.push(...parsed.directives);
      problems.push(...parsed.problems);
    }
  }
  return { directives, problems };
}

interface ParsedToken extends ParsedArguments {
  readonly consumedNext: boolean;
}

function parseLongOption(
  token: SourcedText,
  next: SourcedText | undefined,
  table: readonly SbatchOption[],
  component: number,
): ParsedToken {
  const body = token.text.slice(2);
  const equals = body.indexOf('=');
  const name = equals < 0 ? body : body.slice(0, equals);
  const nameSpan = spanOfText(token, 0, 2 + name.length);
  const resolution = resolveLongOption(name, table);
  const none: ParsedToken = { directives: [], problems: [], consumedNext: false };

  if (resolution.kind === 'ambiguous') {
    const candidates = resolution.candidates.map((option) => option.name);
    return {
      ...none,
      problems: [
        {
          kind: 'ambiguous-option',
          consequence: 'rejected',
          span: nameSpan,
          line: token.line,
          message: `--${name} is ambiguous: it abbreviates ${candidates.map((c) => `--${c}`).join(', ')}`,
          sbatchSays: `sbatch: option '--${body}' is ambiguous; possibilities:${candidates.map((c) => ` '--${c}'`).join('')}\n${TRY_HELP}`,
          candidates,
        },
      ],
    };
  }
  if (resolution.kind === 'unknown') {
    const retired = RETIRED_SBATCH_OPTIONS.get(name);
    const suggestions = suggestSbatchOptions(name, table);
    return {
      ...none,
      problems: [
        {
          kind: 'unknown-option',
          consequence: 'rejected',
          span: nameSpan,
          line: token.line,
          message:
            `stock sbatch has no option --${name}` +
            (retired ? ` (${retired.note})` : suggestions.length > 0 ? `; did you mean ${suggestions.map((s) => `--${s}`).join(' or ')}?` : '') +
            ' (a site plugin may add options)',
          sbatchSays: `sbatch: unrecognized option '--${body}'\n${TRY_HELP}`,
          suggestions,
          ...(retired && { retired }),
        },
      ],
    };
  }

  const { option } = resolution;
  const form: DirectiveForm = resolution.kind === 'exact' ? 'long' : 'abbreviated';
  const problems: DirectiveProblem[] = [];
  if (form === 'abbreviated') problems.push(abbreviated(token, nameSpan, name, option));
  let value: SourcedText | undefined;
  let consumedNext = false;
  if (equals >= 0) {
    if (option.argument === 'none') {
      problems.push({
        kind: 'unexpected-argument',
        consequence: 'rejected',
        span: spanOfText(token, 2 + equals, token.text.length),
        line: token.line,
        message: `--${option.name} takes no value`,
        sbatchSays: `sbatch: option '--${option.name}' doesn't allow an argument\n${TRY_HELP}`,
      });
      return { directives: [], problems, consumedNext };
    }
    value = subText(token, 2 + equals + 1, token.text.length);
  } else if (option.argument === 'required') {
    if (next === undefined) {
      problems.push(missingArgument(token, nameSpan, `sbatch: option '--${option.name}' requires an argument`, option));
      return { directives: [], problems, consumedNext };
    }
    value = subText(next, 0, next.text.length);
    consumedNext = true;
  }
  const end = consumedNext ? next!.span.end : value !== undefined ? token.span.end : nameSpan.end;
  const directive = makeDirective(option, `--${name}`, nameSpan, form, value, consumedNext, end, token.line, component);
  problems.push(...directiveNotes(directive));
  return { directives: [directive], problems, consumedNext };
}

function parseShortOptions(
  token: SourcedText,
  next: SourcedText | undefined,
  table: readonly SbatchOption[],
  component: number,
): ParsedToken {
  const directives: Directive[] = [];
  const problems: DirectiveProblem[] = [];
  let consumedNext = false;
  for (let index = 1; index < token.text.length; index++) {
    const letter = token.text[index]!;
    // The dash belongs to the first letter of a cluster.
    const nameSpan = spanOfText(token, index === 1 ? 0 : index, index + 1);
    const option = table.find((candidate) => candidate.short === letter);
    if (option === undefined) {
      problems.push({
        kind: 'unknown-short-option',
        consequence: 'rejected',
        span: nameSpan,
        line: token.line,
        message: `sbatch has no option -${letter}`,
        sbatchSays: `sbatch: invalid option -- '${letter}'\n${TRY_HELP}`,
      });
      continue;
    }
    let value: SourcedText | undefined;
    const attached = index + 1 < token.text.length;
    if (option.argument !== 'none' && attached) {
      value = subText(token, index + 1, token.text.length);
    } else if (option.argument === 'required') {
      if (next === undefined) {
        problems.push(missingArgument(token, nameSpan, `sbatch: option requires an argument -- '${letter}'`, option));
        break;
      }
      value = subText(next, 0, next.text.length);
      consumedNext = true;
    }
    const end = consumedNext ? next!.span.end : value !== undefined ? token.span.end : nameSpan.end;
    const directive = makeDirective(option, `-${letter}`, nameSpan, 'short', value, consumedNext, end, token.line, component);
    directives.push(directive);
    problems.push(...directiveNotes(directive));
    // An option with an argument takes the rest of the cluster.
    if (option.argument !== 'none') break;
  }
  return { directives, problems, consumedNext };
}

function makeDirective(
  option: SbatchOption,
  written: string,
  nameSpan: Span,
  form: DirectiveForm,
  value: SourcedText | undefined,
  valueIsNextArgument: boolean,
  end: number,
  line: number,
  component: number,
): Directive {
  return { option, written, nameSpan, form, ...(value && { value }), valueIsNextArgument, span: { start: nameSpan.start, end }, line, component };
}

/** Problems of a directive that sbatch accepts. */
function directiveNotes(directive: Directive): DirectiveProblem[] {
  const notes: DirectiveProblem[] = [];
  const { option, value } = directive;
  if (option.commandLineOnly) {
    notes.push({
      kind: 'command-line-only',
      consequence: 'ignored',
      span: directive.span,
      line: directive.line,
      message: `sbatch honours --${option.name} only on its command line; in a batch script it is ignored`,
    });
  }
  if (value !== undefined && directive.valueIsNextArgument && value.line !== directive.line) {
    notes.push({
      kind: 'value-on-next-line',
      consequence: 'accepted',
      span: directive.nameSpan,
      line: directive.line,
      message: `${directive.written} has no value on its line, so sbatch takes the next argument, ${JSON.stringify(value.text)} on line ${value.line + 1}, as its value`,
    });
  }
  return notes;
}

function abbreviated(token: SourcedText, nameSpan: Span, name: string, option: SbatchOption): DirectiveProblem {
  return {
    kind: 'abbreviated-option',
    consequence: 'accepted',
    span: nameSpan,
    line: token.line,
    message: `--${name} is accepted as an abbreviation of --${option.name}; spell it out, since a newer Slurm can make the abbreviation ambiguous`,
  };
}

function missingArgument(token: SourcedText, nameSpan: Span, says: string, option: SbatchOption): DirectiveProblem {
  return {
    kind: 'missing-argument',
    consequence: 'rejected',
    span: nameSpan,
    line: token.line,
    message: `--${option.name} needs a value`,
    sbatchSays: `${says}\n${TRY_HELP}`,
  };
}

function strayArgument(token: SourcedText, afterDoubleDash: boolean): DirectiveProblem {
  return {
    kind: 'stray-argument',
    consequence: 'rejected',
    span: token.span,
    line: token.line,
    message: afterDoubleDash
      ? `"--" ends sbatch's options, so ${JSON.stringify(token.text)} is not read as one`
      : `${JSON.stringify(token.text)} is not an option, nor the value of one`,
    sbatchSays: `sbatch: error: Invalid directive found in batch script: ${token.text}`,
  };
}

/** The span of token.text[from, to), or an empty span where that text would be. */
function spanOfText(token: SourcedText, from: number, to: number): Span {
  if (to > from) return { start: token.offsets[from]!, end: token.offsets[to - 1]! + 1 };
  const at = from < token.offsets.length ? token.offsets[from]! : token.span.end;
  return { start: at, end: at };
}

function subText(token: SourcedText, from: number, to: number): SourcedText {
  return {
    text: token.text.slice(from, to),
    span: from < to ? spanOfText(token, from, to) : { start: token.offsets[from - 1]! + 1, end: token.offsets[from - 1]! + 1 },
    offsets: token.offsets.slice(from, to),
    line: token.line,
  };
}

// ---------------------------------------------------------------------------------------------
// Option names

export type LongOptionResolution =
  | { readonly kind: 'exact' | 'prefix'; readonly option: SbatchOption }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly SbatchOption[] }
  | { readonly kind: 'unknown' };

/**
 * glibc getopt_long: an exact name wins (`--mem` although `--mem-bind` exists); else a prefix
 * of exactly one option; else all options it prefixes, in table order, are the ambiguity
 * (verified: `--cpus`, `--ti`, `--me`, `--clus`, `--excl`, and `--=x`, which prefixes all 106).
 * glibc does not count two matches that are the same option (same has_arg, flag and val) as
 * ambiguous; in sbatch's table the only such pair, --ntasks-per-node/--tasks-per-node, can never
 * share a prefix, so that rule is left out.
 */
export function resolveLongOption(name: string, table: readonly SbatchOption[]): LongOptionResolution {
  const exact = table.find((option) => option.name === name);
  if (exact !== undefined) return { kind: 'exact', option: exact };
  const matches = table.filter((option) => option.name.startsWith(name));
  if (matches.length === 1) return { kind: 'prefix', option: matches[0]! };
  if (matches.length > 1) return { kind: 'ambiguous', candidates: matches };
  return { kind: 'unknown' };
}

/**
 * Did-you-mean for an unknown option name (slurm.md A9, judgement): a retired name gets only its
 * replacement, if any; otherwise the name with `_` turned into `-` and/or one plural `s` dropped
 * (`--mem_per_cpu`, `--mem-per-cpus`), else the nearest names by edit distance.
 */
export function suggestSbatchOptions(name: string, table: readonly SbatchOption[]): string[] {
  const retired = RETIRED_SBATCH_OPTIONS.get(name);
  if (retired !== undefined) {
    const { replacement } = retired;
    return replacement !== undefined && table.some((option) => option.name === replacement) ? [replacement] : [];
  }
  const hyphenated = name.replaceAll('_', '-');
  const variants = [hyphenated];
  for (const match of hyphenated.matchAll(/s(?=-|$)/g)) {
    variants.push(hyphenated.slice(0, match.index) + hyphenated.slice(match.index + 1));
  }
  const fixed = new Set<string>();
  for (const variant of variants) {
    if (variant === name) continue;
    const resolution = resolveLongOption(variant, table);
    if (resolution.kind === 'exact' || resolution.kind === 'prefix') fixed.add(resolution.option.name);
  }
  if (fixed.size > 0) return [...fixed];
  const limit = Math.max(1, Math.min(3, Math.floor(name.length / 3)));
  const scored = table
    .map((option) => ({ name: option.name, distance: editDistance(hyphenated, option.name) }))
    .filter((entry) => entry.distance <= limit);
  const best = Math.min(...scored.map((entry) => entry.distance));
  return scored.filter((entry) => entry.distance === best).map((entry) => entry.name).slice(0, 3);
}
