import { defineRule } from '../../src/engine/rule.js';
import { parseSlurmMemory, parseSlurmPositiveInteger } from '../../src/scheduler/slurm/values.js';
import { jobPartition } from '../../src/site/partition.js';
import { cite } from '../../src/site/profile.js';
import { slurmRequest } from '../../src/site/slurm-request.js';
import { megabytesText } from '../../src/site/units.js';

export const rule = defineRule({
  meta: {
    id: 'partition-node-size',
    severity: 'error',
    description: "A Slurm provider asks for more CPUs or memory per node than the largest node of its partition has, in the site's cluster profile.",
    fix: 'none',
  },
  create: (context) => ({
    job(job) {
      const profile = context.profile;
      const request = profile && slurmRequest(job);
      const target = profile && request && jobPartition(profile, request);
      if (!request || !target) return;
      const { partition, described } = target;
      const refused = 'Slurm refuses every block at submission';

      // parsl writes --ntasks-per-node=1, so a node must hold cpus-per-task CPUs.
      const cpusValue = request['cpus-per-task'];
      const cpus = cpusValue && parseSlurmPositiveInteger(cpusValue.text, 'cpus-per-task');
      const cpusAsked = cpus?.ok ? cpus.value : 1;
      const maxCpus = partition.maxNodeCpus;
      if (cpusValue && cpus?.ok && maxCpus && cpus.value > maxCpus.value) {
        context.report({
          at: cpusValue.at,
          message: {
            headline: `${cpusValue.written} asks for ${cpus.value} CPUs on one node, but the largest node of ${described} has ${maxCpus.value} ${cite(maxCpus.from)}`,
            note: `${refused} ("More processors requested than permitted").`,
            help: `Ask for at most ${maxCpus.value}, or use a partition with bigger nodes`,
          },
        });
      }

      const maxMemory = partition.maxNodeMemoryMb;
      if (!maxMemory) return;
      const mem = request.mem;
      const perNode = mem && parseSlurmMemory(mem.text, 'mem');
      // --mem=0 asks for all of a node's memory, whatever it is.
      if (mem && perNode?.ok && perNode.value > maxMemory.value) {
        context.report({
          at: mem.at,
          message: {
            headline: `${mem.written} asks for ${megabytesText(perNode.value)} on one node, but the largest node of ${described} has ${megabytesText(maxMemory.value)} ${cite(maxMemory.from)}`,
            note: `${refused} ("Requested node configuration is not available").`,
            help: `Ask for at most ${megabytesText(maxMemory.value)}, or use a partition with bigger nodes`,
          },
        });
      }
      const perCpuValue = request['mem-per-cpu'];
      const perCpu = perCpuValue && parseSlurmMemory(perCpuValue.text, 'mem-per-cpu');
      if (perCpuValue && perCpu?.ok && perCpu.value * cpusAsked > maxMemory.value) {
        context.report({
          at: perCpuValue.at,
          message: {
            headline: `${perCpuValue.written} × ${cpusAsked} CPU${cpusAsked === 1 ? '' : 's'} is ${megabytesText(perCpu.value * cpusAsked)} on one node, but the largest node of ${described} has ${megabytesText(maxMemory.value)} ${cite(maxMemory.from)}`,
            note: `${refused} ("Requested node configuration is not available").`,
            help: 'Ask for less memory per CPU, or use a partition with bigger nodes',
          },
        });
      }
    },
  }),
});
