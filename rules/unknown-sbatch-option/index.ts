import { defineRule } from '../../src/engine/rule.js';
import { replace } from '../../src/document/edits.js';
import { newestJudgedRelease, unknownOptions } from '../../src/model/slurm-job.js';

export const rule = defineRule({
  meta: {
    id: 'unknown-sbatch-option',
    severity: 'warning',
    description: 'A directive names a long option stock sbatch does not have, and no stock option is one or two edits from it.',
    fix: 'unsafe',
  },
  create: (context) => ({
    job(job) {
      // Long options only: a site's SPANK plugins may add those, but not short ones (sbatch-rejects-directive).
      // Near misses of a stock option are typos: misspelt-sbatch-option's.
      for (const { problem, at } of unknownOptions(job, context.slurmPluginOptions).filter((found) => !found.nearStock)) {
        const [suggestion] = problem.suggestions ?? [];
        const replacement = problem.retired ? undefined : suggestion;
        context.report({
          at,
          message: { headline: problem.message, note: `sbatch ${newestJudgedRelease(job)} refuses the job with "${problem.sbatchSays?.split('\n')[0]}"` },
          ...(replacement &&
            problem.suggestions!.length === 1 && {
              fix: { safety: 'unsafe', description: `write --${replacement}`, edits: [replace(at, `--${replacement}`)] },
            }),
        });
      }
    },
  }),
});
