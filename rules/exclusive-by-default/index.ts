import { describeTarget } from '../../src/catalog/index.js';
import { defineRule } from '../../src/engine/rule.js';
import { booleanSetting, numberSetting, settingText } from '../../src/model/settings.js';
import { userDirectives } from '../../src/model/slurm-job.js';
import { parseSlurmMemory } from '../../src/scheduler/slurm/values.js';

export const rule = defineRule({
  meta: {
    id: 'exclusive-by-default',
    severity: 'info',
    description: 'A Slurm provider sizes its jobs below a whole node but leaves `exclusive` at its default `true`, so every block takes whole nodes.',
    fix: 'none',
  },
  create: (context) => ({
    job(job) {
      const object = job.provider;
      if (!job.reading.slurm || !object.table) return;
      const exclusive = booleanSetting(object, 'exclusive', context.catalog);
      if (!exclusive || exclusive.entry || !exclusive.value) return;
      const directivesFor = (name: string) => userDirectives(job, name);
      const number = (name: string) => numberSetting(object, name, context.catalog);
      const [cores, memory, nodes] = [number('cores_per_node'), number('mem_per_node'), number('nodes_per_block')];
      const memDirectives = directivesFor('mem');

      // Signs that whole nodes are wanted: --exclusive written anyway, all of a node's memory
      // (--mem=0), or blocks of several nodes. --mem-per-cpu is exclusive-mem-per-cpu's.
      if (directivesFor('exclusive').length > 0 || directivesFor('mem-per-cpu').length > 0) return;
      const allMemory = memDirectives.some((directive) => {
        const parsed = directive.value && parseSlurmMemory(directive.value.text, 'mem');
        return parsed?.ok === true && parsed.value === 0;
      });
      if (memory?.value === 0 || allMemory) return;
      if (nodes && nodes.value > 1) return;

      const sizing = [
        ...(cores?.entry ? [`cores_per_node = ${settingText(cores)}`] : []),
        ...(memory?.entry ? [`mem_per_node = ${settingText(memory)}`] : []),
        ...[...directivesFor('cpus-per-task'), ...memDirectives].map((directive) => `"--${directive.option.name}=${directive.value?.text ?? ''}"`),
      ];
      if (sizing.length === 0) return;
      context.report({
        at: object.table,
        message: {
          headline: `${object.className} adds "#SBATCH --exclusive" unless exclusive = false (its default is true in ${describeTarget(context.target)})`,
          note:
            `every block takes whole nodes although this provider asks for ${sizing.join(', ')}. ` +
            'On a shared partition a whole free node can take far longer to come up, and the rest of it sits idle.',
          help: 'Set exclusive = false to ask for only what is written here, or exclusive = true if whole nodes are what you want',
        },
      });
    },
  }),
});
