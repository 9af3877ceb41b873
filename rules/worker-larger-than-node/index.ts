import { defineRule } from '../../src/engine/rule.js';
import { settingText } from '../../src/model/settings.js';
import { workerFit, type NamedSetting } from '../../src/model/worker-fit.js';

export const rule = defineRule({
  meta: {
    id: 'worker-larger-than-node',
    severity: 'error',
    description: 'One worker needs more cores or memory than a node has, so HighThroughputExecutor starts no workers.',
    fix: 'none',
  },
  create: (context) => ({
    executor(executor) {
      const fit = workerFit(executor, context.catalog);
      if (!fit) return;
      // cores_per_node below 1 is cores-per-node-below-one's: sbatch refuses the job before this matters.
      if (fit.byCores === 0 && fit.nodeCores!.setting.value >= 1) report(fit.coresPerWorker, fit.nodeCores!, 'cores');
      if (fit.byMemory === 0) report(fit.memPerWorker!, fit.nodeMemory!, 'GB of memory');

      function report(perWorker: NamedSetting, perNode: NamedSetting, unit: string) {
        context.report({
          at: (perWorker.setting.entry ?? perNode.setting.entry)!.keySpan,
          message: {
            headline: `${perWorker.name} = ${settingText(perWorker.setting)} is more than ${perNode.name} = ${settingText(perNode.setting)}`,
            note:
              `each worker pool counts ${settingText(perNode.setting)} ${unit} on its node and starts floor(${settingText(perNode.setting)} / ${settingText(perWorker.setting)}) = 0 workers, ` +
              'so the blocks run but no task is ever executed and the pipeline waits forever',
          },
        });
      }
    },
  }),
});
