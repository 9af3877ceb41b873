import type { DirectiveProblem, DirectiveProblemKind } from '../../src/scheduler/slurm/directives.js';
import { checkSbatchValue } from '../../src/scheduler/slurm/values.js';
import { defineRule } from '../../src/engine/rule.js';
import { isUserDirective, JUDGED_SLURM_RELEASE, OLDEST_JUDGED_SLURM_RELEASE, slurmJob, userProblems } from '../../src/model/slurm-job.js';

/** What makes sbatch refuse the script; unknown options have a rule of their own (sites add options). */
const REJECTED: ReadonlySet<DirectiveProblemKind> = new Set([
  'dos-line-break',
  'nul-character',
  'unmatched-quote',
  'unexpected-colon',
  'ambiguous-option',
  'missing-argument',
  'unexpected-argument',
  'stray-argument',
]);

export const rule = defineRule({
  meta: {
    id: 'sbatch-rejects-directive',
    severity: 'error',
    description: 'sbatch refuses a directive in `scheduler_options`: a malformed line, an ambiguous option or an invalid value.',
    fix: 'none',
  },
  create: (context) => ({
    object(object) {
      const job = slurmJob(object, context.locate);
      if (!job) return;
      // Only what both the oldest and the newest judged sbatch refuse (see OLDEST_JUDGED_SLURM_RELEASE).
      const refusedByOldest = (problem: DirectiveProblem) =>
        job.oldestScan.problems.some((old) => old.kind === problem.kind && old.span.start === problem.span.start);
      for (const { problem, at } of userProblems(job, REJECTED)) {
        if (!refusedByOldest(problem)) continue;
        const says = problem.sbatchSays ? `: sbatch says "${problem.sbatchSays.split('\n')[0]}"` : '';
        context.report({ at, message: `${problem.message}${says}` });
      }
      // sbatch checks each value as it reads it, so even one a later line overrides fails.
      for (const directive of job.analysis.scan.directives) {
        if (directive.component !== 0 || !isUserDirective(job, directive)) continue;
        const check = checkSbatchValue(directive.option.name, directive.value?.text, JUDGED_SLURM_RELEASE);
        const oldest = checkSbatchValue(directive.option.name, directive.value?.text, OLDEST_JUDGED_SLURM_RELEASE);
        const at = job.sourceSpan(directive.value?.span ?? directive.span);
        if (check?.ok === false && oldest?.ok === false && at) {
          context.report({ at, message: `sbatch refuses ${directive.written}${directive.value ? `=${directive.value.text}` : ''}: "sbatch: error: ${check.reason}"` });
        }
      }
    },
  }),
});
