import { defineRule } from '../../src/engine/rule.js';
import { replace } from '../../src/document/edits.js';
import { isUserLine } from '../../src/scheduler/rendered-script.js';
import { JUDGED_SLURM_RELEASE } from '../../src/scheduler/slurm/adapter.js';


export const rule = defineRule({
  meta: {
    id: 'unknown-sbatch-option',
    severity: 'warning',
    description: 'A directive in `scheduler_options` names an option stock sbatch does not have.',
    fix: 'unsafe',
  },
  create: (context) => ({
    job(job) {
      // Long options only: a site's SPANK plugins may add those, but not short ones (sbatch-rejects-directive).
      for (const problem of job.reading.slurm?.scan.problems ?? []) {
        const at = problem.kind === 'unknown-option' && isUserLine(job.lineOf(problem.line)) ? job.sourceSpan(problem.span) : undefined;
        if (!at) continue;
        const [suggestion] = problem.suggestions ?? [];
        const replacement = problem.retired ? undefined : suggestion;
        context.report({
          at,
          message: `${problem.message}: sbatch ${JUDGED_SLURM_RELEASE} refuses the job with "${problem.sbatchSays?.split('\n')[0]}"`,
          ...(replacement &&
            problem.suggestions!.length === 1 && {
              fix: { safety: 'unsafe', description: `write --${replacement}`, edits: [replace(at, `--${replacement}`)] },
            }),
        });
      }
    },
  }),
});
