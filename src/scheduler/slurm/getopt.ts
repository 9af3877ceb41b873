/** getopt_long over sbatch's arguments: which option each one sets, with what value (slurm.md A1.4). */
import type { Span } from '../../document/source.js';
import type { Directive, DirectiveForm, DirectiveProblem, SourcedText } from './types.js';
import { resolveLongOption, shortOption, suggestSbatchOptions } from './option-names.js';
import { RETIRED_SBATCH_OPTIONS, type SbatchOption } from './options.js';

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
export function parseArguments(
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
    const option = shortOption(letter, table);
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
