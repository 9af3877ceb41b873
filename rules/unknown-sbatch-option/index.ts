import type { DirectiveProblemKind } from '../../src/scheduler/slurm/directives.js';
import { defineRule } from '../../src/engine/rule.js';
import { JUDGED_SLURM_RELEASE, slurmJob, userProblems } from '../../src/model/slurm-job.js';

/** Long options only: a site's SPANK plugins may add those, but not short ones (sbatch-rejects-directive). */
const UNKNOWN: ReadonlySet<DirectiveProblemKind> = new Set(['unknown-option']);

export const rule = defineRule({
  meta: {
    id: 'unknown-sbatch-option',
    severity: 'warning',
    description: 'A directive in `scheduler_options` names an option stock sbatch does not have.',
    fix: 'unsafe',
  },
  create: (context) => ({
    object(object) {
      const job = slurmJob(object, context.locate);
      if (!job) return;
      for (const { problem, at } of userProblems(job, UNKNOWN)) {
        const [suggestion] = problem.suggestions ?? [];
        const replacement = problem.retired ? undefined : suggestion;
        context.report({
          at,
          message: `${problem.message}: sbatch ${JUDGED_SLURM_RELEASE} refuses the job with "${problem.sbatchSays?.split('\n')[0]}"`,
          ...(replacement &&
            problem.suggestions!.length === 1 && {
              fix: { safety: 'unsafe', description: `write --${replacement}`, edits: [{ ...at, text: `--${replacement}` }] },
            }),
        });
      }
    },
  }),
});
