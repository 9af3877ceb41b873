import { defineRule } from '../../src/engine/rule.js';
import { executorLabel } from '../../src/model/executor-label.js';

export const rule = defineRule({
  meta: {
    id: 'duplicate-executor-label',
    severity: 'error',
    description: 'Two executors have the same label, which parsl refuses.',
    fix: 'none',
  },
  create: (context) => ({
    config(config) {
      const firstLine = new Map<string, number>();
      for (const executor of config.executors) {
        const label = executorLabel(executor, context.catalog);
        if (!label) continue;
        const at = label.written ?? executor.node;
        const line = context.source.positionAt(at.span.start).line;
        const earlier = firstLine.get(label.value);
        if (earlier === undefined) {
          firstLine.set(label.value, line);
          continue;
        }
        const how = label.written ? '' : ` (the default label of ${executor.className}, since none is set)`;
        context.report({
          at,
          message: { headline: `executor label "${label.value}"${how} is already used by the executor on line ${earlier}`, note: 'parsl raises ConfigurationError: Executors must have unique labels' },
        });
      }
    },
  }),
});
