import { entryAnchor } from '../../src/document/tree.js';
import { defineRule } from '../../src/engine/rule.js';
import { executorLabel } from '../../src/model/executor-label.js';

export const rule = defineRule({
  meta: {
    id: 'missing-default-executor',
    severity: 'error',
    description: 'No executor is labelled `default`, where QIIME 2 sends every action the mapping does not name.',
    fix: 'none',
  },
  create: (context) => ({
    config(config) {
      if (!config.parslTable) return;
      if (config.executors.length === 0) {
        // With nothing but a mapping (or nothing at all) in [parsl], QIIME 2 builds no parsl.Config
        // and uses its default executors, which include `default`.
        if (config.configParams.size === 0) return;
        context.report({
          at: config.executorsEntry ? entryAnchor(config.executorsEntry) : config.parslTable,
          message: {
            headline: '[parsl] sets parsl.Config arguments but defines no executors',
            note: "parsl then runs one ThreadPoolExecutor labelled \"threads\", and QIIME 2 fails with KeyError: 'default' at the first action",
          },
        });
        return;
      }
      const labels = config.executors.map((executor) => executorLabel(executor, context.catalog));
      if (labels.some((label) => label?.value === 'default')) return;
      // A label we cannot know (not a string, or an unknown class's default) may be `default`.
      if (labels.some((label) => label === undefined)) return;
      const named = labels.map((label) => `"${label!.value}"`).join(', ');
      context.report({
        at: entryAnchor(config.executorsEntry!),
        message: {
          headline: `no executor is labelled "default" (labels: ${named})`,
          note: `QIIME 2 sends every action that executor_mapping does not name to "default" and fails with KeyError: 'default'`,
        },
      });
    },
  }),
});
