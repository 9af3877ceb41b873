/**
 * Slurm: SlurmProvider submits with `sbatch`. Rendering follows parsl's template and `submit()`
 * (header.ts); reading follows sbatch's own header parser (directives.ts), once with the newest
 * Slurm release's option table (so that newer options are not called unknown) and once with the
 * oldest judged release (so that a refusal is an error only where every release in between
 * refuses it: `--get-user-env=10L`, `--exclusive=topo`).
 */
import type { IgnoredText, JudgedOverride, Refusal, SchedulerAdapter, ScriptReading, SubmittedScript } from '../adapter.js';
import { isUserLine, type ScriptLine } from '../rendered-script.js';
import { scanBatchHeader, type Directive, type DirectiveProblem, type DirectiveProblemKind, type HeaderScan } from './directives.js';
import { effectiveSbatchSettings, renderSlurmHeader, type SbatchOverride, type SlurmProviderFields } from './header.js';
import type { WrittenSetting } from '../overrides.js';
import { NEWEST_SLURM_RELEASE, ORACLE_SLURM_RELEASE } from './options.js';
import { checkSbatchValue } from './values.js';

/**
 * Option names are judged against the newest Slurm release: a site on an older one sees an
 * unknown option from sbatch itself, while an option only newer releases know would otherwise be
 * a false alarm for everybody else.
 */
export const JUDGED_SLURM_RELEASE = NEWEST_SLURM_RELEASE;

/** What sbatch refuses is judged against the oldest release as well (22.05, the one the oracle verifies). */
export const OLDEST_JUDGED_SLURM_RELEASE = ORACLE_SLURM_RELEASE;

/** What sbatch skips or only warns about (research/slurm.md A1; verified on sbatch 22.05.8). */
const IGNORED: ReadonlySet<DirectiveProblemKind> = new Set([
  'lookalike-directive',
  'after-header-end',
  'hash-ends-line',
  'second-directive',
  'separator-ends-line',
  'empty-argument-ends-line',
  'command-line-only',
  'slurm-marker',
  'translated-directive',
  // An option without its value takes the next argument, often the next line's directive (lost).
  'value-on-next-line',
]);

/**
 * What makes sbatch refuse the script. Unknown long options are left out: sites add long options
 * through SPANK plugins (unknown-sbatch-option warns about them); plugins cannot add short ones.
 * So are DOS line breaks: they come from a `\r` written in a string field, wherever it stands,
 * and dos-line-breaks reports them on that string, with its fix.
 */
const REFUSING: ReadonlySet<DirectiveProblemKind> = new Set([
  'nul-character',
  'unmatched-quote',
  'unexpected-colon',
  'ambiguous-option',
  'unknown-short-option',
  'missing-argument',
  'unexpected-argument',
  'stray-argument',
]);

export const slurm: SchedulerAdapter = {
  name: 'Slurm',
  providers: ['SlurmProvider'],
  submitCommand: 'sbatch',
  directivePrefix: '#SBATCH',
  reads: ['#SBATCH', '#SLURM', '#PBS', '#BSUB'],
  longOptions: true,
  walltime: { use: 'minutes', writtenAs: '#SBATCH --time=<minutes>', source: 'parsl/providers/slurm/slurm.py submit()' },
  nodeFields: { cores: 'cores_per_node', memory: 'mem_per_node' },
  job: {
    fields: {
      strings: ['walltime', 'partition', 'account', 'qos', 'constraint', 'clusters', 'gres', 'scheduler_options', 'worker_init'],
      integers: ['nodes_per_block', 'cores_per_node', 'mem_per_node', 'gpus_per_node'],
      booleans: ['exclusive'],
    },
    render: (_providerClass, fields, context) => renderSlurmHeader(fields as unknown as SlurmProviderFields, context),
    read: (_providerClass, script) => readSlurmScript(script),
  },
};

export function readSlurmScript(script: SubmittedScript): ScriptReading {
  const scan = scanBatchHeader(script.text, { release: JUDGED_SLURM_RELEASE });
  const oldestScan = scanBatchHeader(script.text, { release: OLDEST_JUDGED_SLURM_RELEASE });
  const settings = effectiveSbatchSettings(scan.directives);
  return {
    lines: scan.lines,
    ...(scan.headerEnd !== undefined && { headerEnd: scan.headerEnd }),
    ignored: scan.problems.filter((problem) => IGNORED.has(problem.kind)).map((problem) => ignoredText(script, scan, problem)),
    overrides: judgedOverrides(script, settings.overrides),
    refusals: refusals(script, scan, oldestScan),
    slurm: { scan, oldestScan, ...settings },
  };
}

/** A directive as a user writes it: `--time=10`, `-p short`, `--exclusive`. */
export function directiveText(directive: Directive): string {
  if (!directive.value) return directive.written;
  return directive.form === 'short' ? `${directive.written} ${directive.value.text}` : `${directive.written}=${directive.value.text}`;
}

function ignoredText(script: SubmittedScript, scan: HeaderScan, problem: DirectiveProblem): IgnoredText {
  const line = script.lines[problem.line]!;
  const found: IgnoredText = { kind: problem.kind, span: problem.span, line: problem.line, message: problem.message };
  if (problem.kind === 'value-on-next-line') return { ...found, message: valueTaken(script, scan, problem) ?? problem.message };
  if (problem.kind === 'second-directive') return { ...found, repair: ownLine(script, found.span.start) };
  // An indented `#SBATCH` is a directive the user wrote inside a multi-line string: dedent it.
  const indented = problem.kind === 'lookalike-directive' ? /^[ \t]+#SBATCH/.exec(line.text) : null;
  if (!indented) return found;
  return { ...found, repair: { span: { start: line.start, end: line.start + indented[0].length }, text: '#SBATCH', description: 'move "#SBATCH" to the start of the line' } };
}

/** The edit that moves a second directive (`... #SBATCH --tmp=20G`) to a line of its own. */
function ownLine(script: SubmittedScript, hash: number): IgnoredText['repair'] {
  let blanks = hash;
  while (blanks > 0 && (script.text[blanks - 1] === ' ' || script.text[blanks - 1] === '\t')) blanks--;
  return { span: { start: blanks, end: hash }, text: '\n', description: 'put the second directive on its own line' };
}

/** Names whose argument was taken, in the user's terms: a line of theirs, or a line parsl writes for a field. */
function valueTaken(script: SubmittedScript, scan: HeaderScan, problem: DirectiveProblem): string | undefined {
  const directive = scan.directives.find((candidate) => candidate.valueIsNextArgument && candidate.nameSpan.start === problem.span.start);
  if (!directive?.value) return undefined;
  const line = script.lines[directive.value.line]!;
  const from = isUserLine(line) ? `the next line of ${line.field}` : line.field ? `the line parsl writes for ${line.field}` : 'a line parsl writes';
  return `${directive.written} has no value on its line, so sbatch takes the next argument, "${directive.value.text}" from ${from}, as its value, and that setting is lost`;
}

/** sbatch's overrides in the common shape; a directive both kept and later lost is one setting object. */
function judgedOverrides(script: SubmittedScript, overrides: readonly SbatchOverride[]): JudgedOverride[] {
  const settings = new Map<Directive, WrittenSetting>();
  const written = (setting: string, directive: Directive): WrittenSetting => {
    let found = settings.get(directive);
    if (!found) settings.set(directive, (found = { key: setting, text: directiveText(directive), span: directive.span, line: directive.line }));
    return found;
  };
  return overrides.map(({ setting, overridden, by }) => {
    // The option parsl writes from a field: set that field instead of repeating the option.
    const parslLine = [overridden, by].map((directive) => script.lines[directive.line]!).find((line) => !isUserLine(line));
    return {
      key: setting,
      lost: written(setting, overridden),
      kept: written(setting, by),
      why: 'sbatch keeps the last value a script sets',
      ...(parslLine?.field && { advice: `set ${parslLine.field} instead` }),
    };
  });
}

/**
 * Why sbatch would refuse the job, for text the user wrote. Only what both the oldest and the
 * newest judged sbatch refuse counts (see OLDEST_JUDGED_SLURM_RELEASE).
 */
function refusals(script: SubmittedScript, scan: HeaderScan, oldestScan: HeaderScan): Refusal[] {
  const byUser = (line: number) => isUserLine(script.lines[line] as ScriptLine);
  const refusedByOldest = (problem: DirectiveProblem) => oldestScan.problems.some((old) => old.kind === problem.kind && old.span.start === problem.span.start);
  const found: Refusal[] = [];
  for (const problem of scan.problems) {
    if (!REFUSING.has(problem.kind) || !byUser(problem.line) || !refusedByOldest(problem)) continue;
    const says = problem.sbatchSays ? `: sbatch says "${problem.sbatchSays.split('\n')[0]}"` : '';
    found.push({ span: problem.span, line: problem.line, message: `${problem.message}${says}` });
  }
  // sbatch checks each value as it reads it, so even one a later line overrides fails.
  for (const directive of scan.directives) {
    if (directive.component !== 0 || !byUser(directive.line)) continue;
    const newest = checkSbatchValue(directive.option.name, directive.value?.text, JUDGED_SLURM_RELEASE);
    const oldest = checkSbatchValue(directive.option.name, directive.value?.text, OLDEST_JUDGED_SLURM_RELEASE);
    if (newest?.ok === false && oldest?.ok === false) {
      found.push({
        span: directive.value?.span ?? directive.span,
        line: directive.value?.line ?? directive.line,
        message: `sbatch refuses ${directiveText(directive)}: "sbatch: error: ${newest.reason}"`,
      });
    }
  }
  return found;
}
