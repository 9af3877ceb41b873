/**
 * A SlurmProvider as the batch script parsl will write for it and sbatch will read
 * (src/scheduler/slurm/header.ts), tied back to the TOML file: every directive that came from
 * the user's `scheduler_options` or `worker_init` (or a field such as `partition`) can be
 * reported at its exact columns in the file.
 */
import type { Span } from '../document/source.js';
import { scanBatchHeader, type Directive, type DirectiveProblem, type DirectiveProblemKind, type HeaderScan } from '../scheduler/slurm/directives.js';
import { analyzeSlurmHeader, type RenderedLine, type SlurmHeaderAnalysis, type SlurmProviderField, type SlurmProviderFields } from '../scheduler/slurm/header.js';
import { NEWEST_SLURM_RELEASE, ORACLE_SLURM_RELEASE } from '../scheduler/slurm/options.js';
import { checkSbatchValue } from '../scheduler/slurm/values.js';
import { bindJob, FieldReader, isUserLine, scriptContext, type BatchJob, type Locate } from './batch-job.js';
import type { ParslObject } from './config.js';

/**
 * Option names are judged against the newest Slurm release: a site on an older one sees an
 * unknown option from sbatch itself, while an option only newer releases know would otherwise be
 * a false alarm for everybody else.
 */
export const JUDGED_SLURM_RELEASE = NEWEST_SLURM_RELEASE;

/**
 * What sbatch refuses is judged against the oldest release as well (22.05, the one the oracle
 * verifies): an option whose argument changed between releases (`--get-user-env=10L`,
 * `--exclusive=topo`) is an error only where every release in between refuses it.
 */
export const OLDEST_JUDGED_SLURM_RELEASE = ORACLE_SLURM_RELEASE;

export interface SlurmJob extends BatchJob<SlurmProviderField> {
  readonly analysis: SlurmHeaderAnalysis;
  /** The same script read by the oldest judged sbatch. */
  readonly oldestScan: HeaderScan;
}

const jobs = new WeakMap<ParslObject, SlurmJob | null>();

/** The job of a SlurmProvider (undefined for any other object); computed once per lint. */
export function slurmJob(provider: ParslObject, locate: Locate): SlurmJob | undefined {
  if (provider.className !== 'SlurmProvider' || !provider.table) return undefined;
  let job = jobs.get(provider);
  if (job === undefined) {
    job = buildJob(provider, locate);
    jobs.set(provider, job);
  }
  return job ?? undefined;
}

function buildJob(provider: ParslObject, locate: Locate): SlurmJob {
  const analysis = analyzeSlurmHeader(providerFields(provider), scriptContext(provider), { release: JUDGED_SLURM_RELEASE });
  const oldestScan = scanBatchHeader(analysis.script.text, { release: OLDEST_JUDGED_SLURM_RELEASE });
  return { ...bindJob(provider, analysis.script, locate), analysis, oldestScan };
}

/**
 * The fields with the types parsl's typechecked constructor accepts; a wrongly typed one stops
 * QIIME 2 before any script is written (another rule reports it), so it is left out here.
 */
function providerFields(provider: ParslObject): SlurmProviderFields {
  const fields = new FieldReader(provider);
  return {
    ...fields.strings('walltime', 'partition', 'account', 'qos', 'constraint', 'clusters', 'gres', 'scheduler_options', 'worker_init'),
    ...fields.integers('nodes_per_block', 'cores_per_node', 'mem_per_node', 'gpus_per_node'),
    ...fields.booleans('exclusive'),
  };
}

/** A directive as a user writes it: `--time=10`, `-p short`, `--exclusive`. */
export function directiveText(directive: Directive): string {
  if (!directive.value) return directive.written;
  return directive.form === 'short' ? `${directive.written} ${directive.value.text}` : `${directive.written}=${directive.value.text}`;
}

/** Whether a directive was written by the user (in a string field) rather than by parsl's template. */
export function isUserDirective(job: SlurmJob, directive: Directive): boolean {
  return isUserLine(job.lineOf(directive.line));
}

/** The directives in the user's `scheduler_options` that set one sbatch option (`mem-per-cpu`), however it was spelled. */
export function schedulerOptionsDirectives(job: SlurmJob, name: string): Directive[] {
  return job.analysis.scan.directives.filter((directive) => directive.option.name === name && job.lineOf(directive.line).source === 'scheduler_options');
}

export interface LocatedProblem {
  readonly problem: DirectiveProblem;
  /** Where the offending text is in the TOML file. */
  readonly at: Span;
  readonly line: RenderedLine;
}

/** sbatch's findings of the given kinds on text the user wrote, placed in the file. */
export function userProblems(job: SlurmJob, kinds: ReadonlySet<DirectiveProblemKind>): LocatedProblem[] {
  const located: LocatedProblem[] = [];
  for (const problem of job.analysis.scan.problems) {
    if (!kinds.has(problem.kind)) continue;
    const at = job.sourceSpan(problem.span);
    if (at) located.push({ problem, at, line: job.lineOf(problem.line) });
  }
  return located;
}

/**
 * What makes sbatch refuse the script. Unknown long options are left out: sites add long options
 * through SPANK plugins (unknown-sbatch-option warns about them); plugins cannot add short ones.
 */
const REFUSING: ReadonlySet<DirectiveProblemKind> = new Set([
  'dos-line-break',
  'nul-character',
  'unmatched-quote',
  'unexpected-colon',
  'ambiguous-option',
  'unknown-short-option',
  'missing-argument',
  'unexpected-argument',
  'stray-argument',
]);

export interface Refusal {
  /** Where the refused text is in the TOML file. */
  readonly at: Span;
  readonly message: string;
}

const refusals = new WeakMap<SlurmJob, readonly Refusal[]>();

/**
 * Why sbatch would refuse the job, for text the user wrote; computed once per job. Only what both
 * the oldest and the newest judged sbatch refuse counts (see OLDEST_JUDGED_SLURM_RELEASE).
 */
export function sbatchRefusals(job: SlurmJob): readonly Refusal[] {
  let found = refusals.get(job);
  if (found) return found;
  const refusedByOldest = (problem: DirectiveProblem) => job.oldestScan.problems.some((old) => old.kind === problem.kind && old.span.start === problem.span.start);
  const list: Refusal[] = [];
  for (const { problem, at } of userProblems(job, REFUSING)) {
    if (!refusedByOldest(problem)) continue;
    const says = problem.sbatchSays ? `: sbatch says "${problem.sbatchSays.split('\n')[0]}"` : '';
    list.push({ at, message: `${problem.message}${says}` });
  }
  // sbatch checks each value as it reads it, so even one a later line overrides fails.
  for (const directive of job.analysis.scan.directives) {
    if (directive.component !== 0 || !isUserDirective(job, directive)) continue;
    const newest = checkSbatchValue(directive.option.name, directive.value?.text, JUDGED_SLURM_RELEASE);
    const oldest = checkSbatchValue(directive.option.name, directive.value?.text, OLDEST_JUDGED_SLURM_RELEASE);
    const at = job.sourceSpan(directive.value?.span ?? directive.span);
    if (newest?.ok === false && oldest?.ok === false && at) {
      list.push({ at, message: `sbatch refuses ${directiveText(directive)}: "sbatch: error: ${newest.reason}"` });
    }
  }
  found = list;
  refusals.set(job, found);
  return found;
}
