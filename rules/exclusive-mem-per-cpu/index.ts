import { describeTarget } from '../../src/catalog/index.js';
import { defineRule } from '../../src/engine/rule.js';
import { booleanSetting, numberSetting } from '../../src/model/settings.js';
import { userDirectives } from '../../src/model/slurm-job.js';
import { parseSlurmMemory } from '../../src/scheduler/slurm/values.js';

/** An illustrative node, as in the issue: a common size for current CPU nodes. */
const EXAMPLE_NODE_CPUS = 128;

export const rule = defineRule({
  meta: {
    id: 'exclusive-mem-per-cpu',
    severity: 'warning',
    description: 'A `--mem-per-cpu` directive of an exclusive Slurm job applies to every CPU of the node.',
    fix: 'none',
  },
  create: (context) => ({
    job(job) {
      const object = job.provider;
      const memPerCpu = userDirectives(job, 'mem-per-cpu');
      // With mem_per_node too, sbatch refuses the pair outright: memory-option-conflict's error.
      if (memPerCpu.length === 0 || object.params.has('mem_per_node')) return;
      const exclusive = booleanSetting(object, 'exclusive', context.catalog);
      const exclusiveDirective = userDirectives(job, 'exclusive').find((directive) => directive.value === undefined);
      if (exclusive?.value !== true && !exclusiveDirective) return;
      const source =
        exclusive?.value === true
          ? `exclusive = true${exclusive.entry ? '' : ` (${object.className}'s default in ${describeTarget(context.target)})`} makes parsl add "#SBATCH --exclusive"`
          : `"--exclusive" in ${job.lineOf(exclusiveDirective!.line).field}`;
      const cores = numberSetting(object, 'cores_per_node', context.catalog);
      for (const directive of memPerCpu) {
        const perCpu = directive.value && parseSlurmMemory(directive.value.text, 'mem-per-cpu');
        const sizes =
          perCpu?.ok === true
            ? `: on a ${EXAMPLE_NODE_CPUS}-CPU node, for example, ${formatMemory(perCpu.value * EXAMPLE_NODE_CPUS)}` +
              (cores && cores.value >= 1 ? `, where cores_per_node = ${cores.value} needs ${formatMemory(perCpu.value * cores.value)}` : '')
            : '';
        // A value on the next line makes the span cross lines, which sourceSpan does not map:
        // point at the option alone then.
        const at = job.sourceSpan(directive.span) ?? job.sourceSpan(directive.nameSpan);
        if (!at) continue;
        context.report({
          at,
          message: {
            headline: `${source}, and --mem-per-cpu asks for memory by the CPU`,
            note:
              `--exclusive gives the job every CPU of its node, and --mem-per-cpu applies to each of them${sizes}. ` +
              'sbatch rejects the job when no node has that much memory ("Requested node configuration is not available"), or it waits for the biggest nodes.',
            help: 'Set exclusive = false, or ask for memory per node with mem_per_node instead',
          },
        });
      }
    },
  }),
});

/** MiB in Slurm's units: `1T`, `96G`, `500M`. */
function formatMemory(mebibytes: number): string {
  if (mebibytes % 1048576 === 0) return `${mebibytes / 1048576}T`;
  if (mebibytes % 1024 === 0) return `${mebibytes / 1024}G`;
  return `${mebibytes}M`;
}
