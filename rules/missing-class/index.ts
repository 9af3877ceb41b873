import { defineRule } from '../../src/engine/rule.js';
import { describeNode } from '../../src/model/typecheck.js';

export const rule = defineRule({
  meta: {
    id: 'missing-class',
    severity: 'error',
    description: 'A table that QIIME 2 turns into a parsl object has no `class`.',
    fix: 'none',
  },
  create: (context) => ({
    object(object) {
      const key = object.entry.key;
      if (!object.table) {
        const shape = key === 'executors' ? 'an array of tables ([[parsl.executors]]), each with a `class` key' : 'a table with a `class` key';
        context.report({
          at: object.node,
          message: { headline: `\`${key}\` must be ${shape}, not ${describeNode(object.node)}`, note: 'QIIME 2 builds a parsl object from it and fails with a TypeError' },
        });
      } else if (!object.classEntry) {
        context.report({
          at: object.table,
          message: { headline: `this \`${key}\` table has no \`class\``, note: `QIIME 2 builds a parsl object from every \`${key}\` table and fails with KeyError: 'class'` },
        });
      }
    },
  }),
});
