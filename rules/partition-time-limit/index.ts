import { defineRule } from '../../src/engine/rule.js';
import { parseSlurmTime } from '../../src/scheduler/slurm/values.js';
import { jobPartition } from '../../src/site/partition.js';
import { cite } from '../../src/site/profile.js';
import { slurmRequest } from '../../src/site/slurm-request.js';
import { walltimeText } from '../../src/site/units.js';

export const rule = defineRule({
  meta: {
    id: 'partition-time-limit',
    severity: 'error',
    description: "A Slurm provider's walltime is longer than its partition's MaxTime in the site's cluster profile.",
    fix: 'none',
  },
  create: (context) => ({
    job(job) {
      const profile = context.profile;
      const request = profile && slurmRequest(job);
      const time = request?.time;
      if (!profile || !request || !time) return;
      const target = jobPartition(profile, request);
      const maxTime = target?.partition.maxTime;
      if (!target || !maxTime || maxTime.value === null) return;
      const parsed = parseSlurmTime(time.text);
      if (!parsed.ok) return;
      const asked = parsed.value.unlimited ? 'no time limit' : walltimeText(parsed.value.minutes);
      if (!parsed.value.unlimited && parsed.value.minutes <= maxTime.value) return;
      context.report({
        at: time.at,
        message: {
          headline: `${time.written} asks for ${asked}, more than ${walltimeText(maxTime.value)}, the MaxTime of ${target.described} ${cite(maxTime.from)}`,
          note:
            'where the site enforces partition limits Slurm refuses every block at submission ("Requested time limit is invalid"); ' +
            'elsewhere the blocks wait in the queue for ever (reason PartitionConfig).',
          help: `Ask for at most ${walltimeText(maxTime.value)}, or use a partition with a longer limit`,
        },
      });
    },
  }),
});
