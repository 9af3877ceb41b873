import { defineRule } from '../../src/engine/rule.js';
import { settingText } from '../../src/model/settings.js';
import { workerFit } from '../../src/model/worker-fit.js';

export const rule = defineRule({
  meta: {
    id: 'memory-limits-workers',
    severity: 'warning',
    description: '`mem_per_worker` lets fewer workers fit in a node\'s memory than its cores or `max_workers_per_node` allow, so requested cores sit idle.',
    fix: 'none',
  },
  create: (context) => ({
    executor(executor) {
      const fit = workerFit(executor, context.catalog);
      // No worker fitting at all is worker-larger-than-node's.
      if (!fit || fit.byMemory === undefined || fit.byMemory === 0) return;
      const { nodeCores, nodeMemory, memPerWorker, maxWorkers, coresPerWorker, byMemory } = fit;
      const limits = [
        ...(nodeCores && fit.byCores !== undefined
          ? [{ workers: fit.byCores, reason: `${nodeCores.name} / ${coresPerWorker.name} allow`, lower: `${nodeCores.name} to ${byMemory * coresPerWorker.setting.value}` }]
          : []),
        ...(maxWorkers ? [{ workers: maxWorkers.setting.value, reason: `${maxWorkers.name} asks for`, lower: `${maxWorkers.name} to ${byMemory}` }] : []),
      ];
      const intended = limits.sort((a, b) => a.workers - b.workers)[0];
      if (!intended || byMemory >= intended.workers) return;
      const idleCores = nodeCores ? `, and ${nodeCores.setting.value - byMemory * coresPerWorker.setting.value} of the ${nodeCores.setting.value} cores of each node sit idle` : '';
      context.report({
        at: memPerWorker!.setting.entry!.keySpan,
        message: {
          headline:
            `only floor(${nodeMemory!.name} / ${memPerWorker!.name}) = floor(${settingText(nodeMemory!.setting)} / ${settingText(memPerWorker!.setting)}) = ${byMemory} workers fit in a node's memory, ` +
            `fewer than the ${intended.workers} that ${intended.reason}`,
          note: `parsl starts ${byMemory} per node${idleCores}.`,
          help: `Raise ${nodeMemory!.name} to ${intended.workers * memPerWorker!.setting.value}, or lower ${intended.lower}`,
        },
      });
    },
  }),
});
