import { defineRule } from '../../src/engine/rule.js';
import { sbatchRefusals, slurmJob } from '../../src/model/slurm-job.js';

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
      for (const refusal of sbatchRefusals(job)) context.report(refusal);
    },
  }),
});
