import { defineRule } from '../../src/engine/rule.js';
import { describeNode } from '../../src/model/typecheck.js';

export const rule = defineRule({
  meta: {
    id: 'missing-parsl-table',
    severity: 'error',
    description: 'The file has no `[parsl]` table, the only part of it QIIME 2 reads.',
    fix: 'none',
  },
  create: (context) => ({
    config(config) {
      if (config.parslTable) return;
      if (config.parsl) {
        context.report({
          at: config.parsl.keySpan,
          message: { headline: `\`parsl\` must be a table ([parsl]), not ${describeNode(config.parsl.value)}`, note: 'QIIME 2 fails as it loads the file' },
        });
        return;
      }
      context.report({
        at: { start: 0, end: context.source.lineText(1).length },
        message: { headline: 'no [parsl] table', note: "QIIME 2 reads only [parsl] and fails with AttributeError: 'NoneType' object has no attribute 'pop'" },
      });
    },
  }),
});
