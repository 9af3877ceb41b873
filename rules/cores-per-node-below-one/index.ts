import { defineRule } from '../../src/engine/rule.js';
import { numberSetting, settingText } from '../../src/model/settings.js';

export const rule = defineRule({
  meta: {
    id: 'cores-per-node-below-one',
    severity: 'error',
    description: 'SlurmProvider\'s `cores_per_node` is below 1, so parsl writes a `--cpus-per-task` that sbatch rejects.',
    fix: 'none',
  },
  create: (context) => ({
    object(object) {
      if (object.className !== 'SlurmProvider') return;
      const cores = numberSetting(object, 'cores_per_node', context.catalog);
      // A float is a type error (`Optional[int]`), reported elsewhere.
      if (!cores?.entry || cores.value >= 1 || !Number.isInteger(cores.value)) return;
      // floor(cores_per_node / tasks_per_node), and every parsl executor submits with tasks_per_node = 1.
      const cpusPerTask = settingText(cores); // as parsl writes it: Python's int is exact beyond 2^53
      context.report({
        at: cores.entry.keySpan,
        message: {
          headline: `cores_per_node = ${cpusPerTask} makes parsl write "#SBATCH --cpus-per-task=${cpusPerTask}", which sbatch rejects`,
          note: `sbatch: error: Invalid numeric value "${cpusPerTask}" for --cpus-per-task. No block is ever submitted`,
        },
      });
    },
  }),
});
