import { defineRule } from '../../src/engine/rule.js';
import type { QiimeConfig } from '../../src/model/config.js';
import { executorLabel } from '../../src/model/executor-label.js';
import { isBatchProvider } from '../../src/model/providers.js';
import { numberSetting } from '../../src/model/settings.js';

export const rule = defineRule({
  meta: {
    id: 'unreachable-executor',
    severity: 'warning',
    description: 'A batch-scheduler executor that is neither labelled `default` nor named in `executor_mapping`, so no action runs on it.',
    fix: 'none',
  },
  create: (context) => ({
    config(config) {
      const labels = config.executors.map((executor) => executorLabel(executor, context.catalog));
      // Without a `default` executor every unmapped action fails: missing-default-executor's.
      const fallback = config.executors.find((_, index) => labels[index]?.value === 'default');
      if (!fallback) return;
      const mapped = mappedLabels(config);
      // A label that is not a string may be anything: say nothing rather than guess.
      if (mapped === undefined) return;
      config.executors.forEach((executor, index) => {
        const label = labels[index];
        if (!label || label.value === 'default' || mapped.has(label.value) || !executor.provider || !isBatchProvider(executor.provider)) return;
        const runsOn = fallback.provider
          ? `${fallback.className} with ${fallback.provider.className}`
          : fallback.className === 'ThreadPoolExecutor'
            ? 'a ThreadPoolExecutor: threads on the machine where QIIME 2 runs, often a login node'
            : fallback.className ?? 'an executor without a class';
        const idle = numberSetting(executor.provider, 'init_blocks', context.catalog)?.value ?? 0;
        context.report({
          at: label.written ?? executor.classEntry?.value ?? executor.node,
          message: {
            headline: `executor "${label.value}" (${executor.provider.className}) is neither labelled "default" nor named in executor_mapping, so QIIME 2 sends it no action`,
            note:
              `every action runs on "default" (${runsOn}) instead` +
              (idle > 0 ? `, while "${label.value}" still submits ${idle === 1 ? 'a job (init_blocks) that sits' : `${idle} jobs (init_blocks) that sit`} idle.` : '.'),
            help: `Label this executor "default" (and the other one something else), or map actions to "${label.value}" in executor_mapping`,
          },
        });
      });
    },
  }),
});

/**
 * Every label executor_mapping sends an action to, in either form: a form the target does not read
 * is ignored-executor-mapping's or executor-mapping-form's. Undefined when a label is not a string.
 */
function mappedLabels(config: QiimeConfig): Set<string> | undefined {
  const assignments = config.mapping ? [...config.mapping.flat, ...config.mapping.perPlugin] : [];
  const labels = new Set<string>();
  for (const { label } of assignments) {
    if (label.kind !== 'scalar' || typeof label.value !== 'string') return undefined;
    labels.add(label.value);
  }
  return labels;
}
