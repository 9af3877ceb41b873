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
 * around the text. The Slurm adapter (adapter.ts) scans the whole rendered script instead.
 *
 * This file holds the shapes and the scan; the steps are in lines.ts (which lines are read),
 * tokenize.ts (get_argument()), getopt.ts (getopt_long) and option-names.ts.
 */
import { commentOrCommand, splitLines } from '../directive-scan.js';
import { parseArguments } from './getopt.js';
import { afterHeaderEnd, directiveMarker, lookalike, looksLikeDirective, scriptSanityProblems, slurmMarker, translatedDirectives } from './lines.js';
import { resolveLongOption, shortOption, suggestSbatchOptions } from './option-names.js';
import { ORACLE_SLURM_RELEASE, sbatchOptionsFor, type SbatchOption, type SlurmRelease } from './options.js';
import { joinsEscapedSpaces, tokenizeDirectiveLine } from './tokenize.js';
import type { Directive, DirectiveProblem, HeaderScan, ScanOptions, SlurmScannedLine, SourcedText } from './types.js';

export type { DirectiveMarker, SlurmScannedLine, SourcedText, DirectiveForm, Directive, DirectiveProblemKind, ProblemConsequence, DirectiveProblem, HeaderScan, ScanOptions } from './types.js';

/** A directive as a user writes it: `--time=10`, `-p short`, `--exclusive`. */
export function directiveText(directive: Directive): string {
  if (!directive.value) return directive.written;
  return directive.form === 'short' ? `${directive.written} ${directive.value.text}` : `${directive.written}=${directive.value.text}`;
}

export function scanBatchHeader(text: string, options: ScanOptions = {}): HeaderScan {
  return scanBatchHeaderByRelease(text, [options.release ?? ORACLE_SLURM_RELEASE])[0]!.scan;
}

export interface ReleaseScan {
  readonly release: SlurmRelease;
  readonly scan: HeaderScan;
}

/**
 * The header as each of `releases` reads it. Releases differ in two things only: the tokeniser
 * (from 24.05 `\ ` joins an argument, which matters only where the text has a backslash) and the
 * option table getopt resolves names in. So the lines are read once per tokeniser, and getopt runs
 * once per different resolution of the names and letters the script holds: for most scripts,
 * once for all releases. Each result is exactly what a scan for that release alone gives.
 */
export function scanBatchHeaderByRelease(text: string, releases: readonly SlurmRelease[]): ReleaseScan[] {
  const readings = new Map<boolean, HeaderLines>();
  const scans: { readonly reading: HeaderLines; readonly resolutions: readonly string[]; readonly scan: HeaderScan }[] = [];
  const hasBackslash = text.includes('\\');
  return releases.map((release) => {
    const escapedSpaceJoins = hasBackslash && joinsEscapedSpaces(release);
    let reading = readings.get(escapedSpaceJoins);
    if (reading === undefined) readings.set(escapedSpaceJoins, (reading = readHeaderLines(text, escapedSpaceJoins)));
    const table = sbatchOptionsFor(release);
    const resolutions = optionResolutions(reading.tokens, table);
    let found = scans.find((other) => other.reading === reading && sameItems(other.resolutions, resolutions));
    if (found === undefined) scans.push((found = { reading, resolutions, scan: resolveOptions(reading, table) }));
    return { release, scan: found.scan };
  });
}

/** The header's lines, arguments and the problems found before getopt: the same for every option table. */
interface HeaderLines {
  readonly lines: SlurmScannedLine[];
  readonly headerEnd?: number;
  readonly tokens: (SourcedText & { component: number })[];
  readonly components: number;
  readonly problems: DirectiveProblem[];
}

function readHeaderLines(text: string, escapedSpaceJoins: boolean): HeaderLines {
  const problems: DirectiveProblem[] = [...scriptSanityProblems(text), ...translatedDirectives(text)];
  const lines: SlurmScannedLine[] = [];
  const tokens: (SourcedText & { component: number })[] = [];
  let headerEnd: number | undefined;
  let component = 0;

  for (const { index, text: lineText, span } of splitLines(text)) {
    const marker = directiveMarker(lineText);
    if (headerEnd !== undefined) {
      const kind = marker !== undefined ? 'ignored-directive' : commentOrCommand(lineText);
      lines.push({ index, span, kind, ...(marker && { marker }) });
      if (marker !== undefined || looksLikeDirective(lineText)) problems.push(afterHeaderEnd(span, index));
      continue;
    }
    if (marker === undefined) {
      const kind = commentOrCommand(lineText);
      // "Stop parsing script if not a comment" (_opt_batch_script()).
      if (kind === 'command') headerEnd = index;
      else if (kind === 'comment' && looksLikeDirective(lineText)) problems.push(lookalike(lineText, span, index));
      lines.push({ index, span, kind });
      continue;
    }
    if (marker === '#SLURM') problems.push(slurmMarker(span, index));
    const line = tokenizeDirectiveLine(text, span.start + marker.length, span.end, index, escapedSpaceJoins);
    for (const problem of line.problems) problems.push(problem);
    if (line.startsNewComponent) component++;
    lines.push({ index, span, kind: 'directive', marker, component });
    // Field by field: a spread copy with one more field is several times slower, per token of every header.
    for (const { text: tokenText, span: tokenSpan, offsets, line: tokenLine } of line.tokens) tokens.push({ text: tokenText, span: tokenSpan, offsets, line: tokenLine, component });
  }
  return { lines, ...(headerEnd !== undefined && { headerEnd }), tokens, components: component + 1, problems };
}

/**
 * What getopt's result depends on in `table`, for these arguments: how each `--name` resolves
 * and which option each letter of a `-xyz` cluster is, one string per argument that looks like
 * an option. It looks at more arguments than getopt will (values too), which can only make two
 * tables look different, never alike.
 */
function optionResolutions(tokens: readonly SourcedText[], table: readonly SbatchOption[]): string[] {
  let known = resolutionsByTable.get(table);
  if (known === undefined) resolutionsByTable.set(table, (known = new Map()));
  const resolutions: string[] = [];
  for (const { text } of tokens) {
    if (!text.startsWith('-') || text === '-' || text === '--') continue;
    // A long option resolves by its name alone: `--job-name=` and `--output=` carry a new value in every file.
    const equals = text.startsWith('--') ? text.indexOf('=') : -1;
    const argument = equals < 0 ? text : text.slice(0, equals);
    let resolution = known.get(argument);
    if (resolution === undefined) {
      // Bounded: a batch's headers repeat a few dozen options, but a file may hold any number of made-up ones.
      if (known.size >= MAX_REMEMBERED_RESOLUTIONS) known.clear();
      known.set(argument, (resolution = argumentResolution(argument, table)));
    }
    resolutions.push(resolution);
  }
  return resolutions;
}

/**
 * Each table's resolutions of the arguments seen so far. Every judged release reads every header
 * of a batch, and the same few options come back in file after file: the strings are looked up
 * once, and, being the same strings, compare at once.
 */
const resolutionsByTable = new WeakMap<readonly SbatchOption[], Map<string, string>>();
const MAX_REMEMBERED_RESOLUTIONS = 4096;

/** `-xyz`, or `--name` without its `=value`. */
function argumentResolution(argument: string, table: readonly SbatchOption[]): string {
  const shown = (option: SbatchOption | undefined) => (option ? `${option.name}/${option.argument}/${option.commandLineOnly ?? ''}` : '');
  if (!argument.startsWith('--')) return Array.from(argument.slice(1), (letter) => shown(shortOption(letter, table))).join('\n');
  const name = argument.slice(2);
  const resolution = resolveLongOption(name, table);
  if (resolution.kind === 'ambiguous') return `?${resolution.candidates.map((option) => option.name).join(',')}`;
  // An unknown name's message suggests names from the table.
  if (resolution.kind === 'unknown') return `!${suggestSbatchOptions(name, table).join(',')}`;
  return `${resolution.kind}:${shown(resolution.option)}`;
}

function sameItems(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

function resolveOptions(reading: HeaderLines, table: readonly SbatchOption[]): HeaderScan {
  const { lines, headerEnd, tokens } = reading;
  const directives: Directive[] = [];
  const problems = [...reading.problems];
  for (let current = 0; current < reading.components; current++) {
    // Each component is its own getopt run: a missing value never reaches into the next one.
    const parsed = parseArguments(tokens.filter((token) => token.component === current), table, current);
    directives.push(...parsed.directives);
    problems.push(...parsed.problems);
  }
  problems.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { lines, ...(headerEnd !== undefined && { headerEnd }), tokens, directives, problems };
}
