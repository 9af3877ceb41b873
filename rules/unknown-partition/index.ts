import { defineRule } from '../../src/engine/rule.js';
import { slurmRequest } from '../../src/site/slurm-request.js';
import { closestMatch } from '../../src/suggest.js';

export const rule = defineRule({
  meta: {
    id: 'unknown-partition',
    severity: 'error',
    description: "A Slurm provider names a partition that the site's cluster profile does not have.",
    fix: 'none',
  },
  create: (context) => ({
    job(job) {
      const profile = context.profile;
      const requested = profile && slurmRequest(job)?.partition;
      if (!profile || !requested) return;
      const known = [...profile.partitions.keys()];
      for (const name of requested.text.split(',')) {
        if (profile.partitions.has(name)) continue;
        const guess = closestMatch(name, known);
        context.report({
          at: requested.at,
          message: {
            headline: `${requested.written}: this cluster has no partition "${name}"`,
            note: `the partitions in ${profile.file} are ${known.map((k) => `"${k}"`).join(', ') || 'none'}, so sbatch refuses every block with "invalid partition specified: ${name}".`,
            help: guess ? `Did you mean "${guess}"?` : 'Name one of the partitions above, or refresh the profile with parsl-lint cluster-profile if it has changed',
          },
        });
      }
    },
  }),
});
