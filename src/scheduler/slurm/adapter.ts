/**
 * Slurm: SlurmProvider submits with `sbatch`. Rendering follows parsl's template and `submit()`
 * (header.ts); reading follows sbatch's own header parser (directives.ts), once for each judged
 * Slurm release: the one the user names (`--slurm`, `[slurm] release`), else every release from
 * 22.05 to 25.11, so that an option only newer releases know is not called unknown, a refusal is
 * an error only where every release refuses it (`--get-user-env=10L`, `--exclusive=topo`), and
 * what the releases disagree on is known (release-verdicts.ts).
 */
import type { IgnoredText, JudgedOverride, ReadingContext, Refusal, SchedulerAdapter, ScriptReading, SubmittedScript } from '../adapter.js';
import { isUserLine, type ScriptLine } from '../rendered-script.js';
import { directiveText, scanBatchHeaderByRelease, type Directive, type DirectiveProblem, type DirectiveProblemKind, type HeaderScan } from './directives.js';
import { effectiveSbatchSettings, renderSlurmHeader, type SbatchOverride, type SlurmProviderFields } from './header.js';
import type { WrittenSetting } from '../overrides.js';
import { judgedSlurmReleases } from './releases.js';
import { refusedByEvery, releaseVerdicts, type OptionVerdicts } from './release-verdicts.js';

export { directiveText } from './directives.js';

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
    read: (_providerClass, script, context) => readSlurmScript(script, context),
  },
};

export function readSlurmScript(script: SubmittedScript, context: ReadingContext = {}): ScriptReading {
  const releases = judgedSlurmReleases(context.slurmRelease);
  const scans = scanBatchHeaderByRelease(script.text, releases);
  const { scan } = scans.at(-1)!;
  const oldestScan = scans[0]!.scan;
  const byUser = (line: number) => isUserLine(script.lines[line] as ScriptLine);
  const verdicts = releaseVerdicts(script.text, scans, byUser);
  const settings = effectiveSbatchSettings(scan.directives);
  return {
    lines: scan.lines,
    ...(scan.headerEnd !== undefined && { headerEnd: scan.headerEnd }),
    ignored: scan.problems.filter((problem) => IGNORED.has(problem.kind)).map((problem) => ignoredText(script, scan, problem)),
    overrides: judgedOverrides(script, settings.overrides),
    refusals: refusals(verdicts),
    slurm: { releases, scan, oldestScan, verdicts, ...settings },
  };
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
 * Why sbatch would refuse the job, for text the user wrote: only what every judged release
 * refuses, in the newest one's words (sbatch checks each value as it reads it, so even a value a
 * later line overrides fails).
 */
function refusals(verdicts: readonly OptionVerdicts[]): Refusal[] {
  return verdicts.flatMap((place) => {
    const refused = refusedByEvery(place);
    return refused ? [{ span: refused.span, line: refused.line, message: refused.message }] : [];
  });
}
