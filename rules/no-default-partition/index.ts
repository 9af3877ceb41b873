import { defineRule } from '../../src/engine/rule.js';
import { slurmRequest } from '../../src/site/slurm-request.js';

export const rule = defineRule({
  meta: {
    id: 'no-default-partition',
    severity: 'error',
    description: "A Slurm provider names no partition, and the site's cluster profile has no default partition.",
    fix: 'none',
  },
  create: (context) => ({
    job(job) {
      const profile = context.profile;
      const request = profile && slurmRequest(job);
      if (!profile || !request || request.partition || profile.defaultPartition || !job.provider.table) return;
      const names = [...profile.partitions.keys()].map((name) => `"${name}"`).join(', ');
      context.report({
        at: job.provider.table,
        message: {
          headline: `${job.provider.className} names no partition, and this cluster has no default one (${profile.file} has no default_partition)`,
          note: 'sbatch refuses every block ("No partition specified or system default partition").',
          help: `Set partition to one of ${names || "the cluster's partitions"}`,
        },
      });
    },
  }),
});
