import { defineRule } from '../../src/engine/rule.js';

export const rule = defineRule({
  meta: {
    id: 'sbatch-rejects-directive',
    severity: 'error',
    description: 'sbatch refuses a directive in `scheduler_options`: a malformed line, an ambiguous option or an invalid value.',
    fix: 'none',
  },
  create: (context) => ({
    job(job) {
      for (const refusal of job.reading.refusals) {
        const at = job.sourceSpan(refusal.span);
        if (at) context.report({ at, message: refusal.message });
      }
    },
  }),
});
