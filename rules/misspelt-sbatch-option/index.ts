import { defineRule } from '../../src/engine/rule.js';
import { replace } from '../../src/document/edits.js';
import { newestJudgedRelease, unknownOptions } from '../../src/model/slurm-job.js';

export const rule = defineRule({
  meta: {
    id: 'misspelt-sbatch-option',
    severity: 'error',
    description: 'A directive names a long option one or two edits from a stock sbatch option, which sbatch refuses.',
    fix: 'unsafe',
  },
  create: (context) => ({
    job(job) {
      for (const { problem, at } of unknownOptions(job, context.slurmPluginOptions).filter((found) => found.nearStock)) {
        const name = job.script.text.slice(problem.span.start, problem.span.end);
        const candidates = problem.suggestions!;
        const meant = candidates.map((candidate) => `--${candidate}`).join(' or ');
        context.report({
          at,
          message: {
            headline: `${name} is not an sbatch option`,
            note: `sbatch ${newestJudgedRelease(job)} refuses the job with "${problem.sbatchSays?.split('\n')[0]}" (exit 255), so no block ever starts`,
            help: `did you mean ${meant}?`,
          },
          // The closest option is probably meant, but a wrong pick changes what the job asks for.
          ...(candidates.length === 1 && { fix: { safety: 'unsafe', description: `write --${candidates[0]}`, edits: [replace(at, `--${candidates[0]}`)] } }),
        });
      }
    },
  }),
});
