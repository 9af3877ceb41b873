import { defineRule } from '../../src/engine/rule.js';
import { parseSlurmNodeCount } from '../../src/scheduler/slurm/values.js';
import { jobPartition } from '../../src/site/partition.js';
import { cite } from '../../src/site/profile.js';
import { slurmRequest } from '../../src/site/slurm-request.js';

export const rule = defineRule({
  meta: {
    id: 'partition-max-nodes',
    severity: 'error',
    description: "A Slurm provider's nodes_per_block is above its partition's MaxNodes, or above the nodes it has, in the site's cluster profile.",
    fix: 'none',
  },
  create: (context) => ({
    job(job) {
      const profile = context.profile;
      const request = profile && slurmRequest(job);
      const target = profile && request && jobPartition(profile, request);
      const nodes = request?.nodes;
      if (!target || !nodes) return;
      const parsed = parseSlurmNodeCount(nodes.text);
      if (!parsed.ok) return;
      const { maxNodes, nodes: total } = target.partition;
      // The tighter of the two limits decides.
      const limit = [maxNodes && { ...maxNodes, what: 'MaxNodes' }, total && { ...total, what: 'number of nodes' }]
        .filter((found) => found !== undefined)
        .sort((a, b) => a.value - b.value)[0];
      if (!limit || parsed.value.min <= limit.value) return;
      context.report({
        at: nodes.at,
        message: {
          headline: `${nodes.written} asks for ${parsed.value.min} nodes per block, more than ${limit.value}, the ${limit.what} of ${target.described} ${cite(limit.from)}`,
          note: 'where the site enforces partition limits Slurm refuses every block ("Node count specification invalid"); elsewhere the blocks never start.',
          help: `Ask for at most ${limit.value}`,
        },
      });
    },
  }),
});
