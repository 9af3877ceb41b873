import { defineRule } from '../../src/engine/rule.js';
import { replace } from '../../src/document/edits.js';
import { tomlBasicString } from '../../src/fixes/toml-string.js';
import { describeNode } from '../../src/model/typecheck.js';
import { executorLabel } from '../../src/model/executor-label.js';
import { closestMatch } from '../../src/suggest.js';

export const rule = defineRule({
  meta: {
    id: 'unknown-executor-label',
    severity: 'error',
    description: '`executor_mapping` sends an action to a label that no executor in the file has.',
    fix: 'unsafe',
  },
  create: (context) => ({
    mapping(mapping, config) {
      // Without executors in this file QIIME 2 uses those it discovers elsewhere: nothing to compare.
      if (config.executors.length === 0) return;
      const labels = config.executors.map((executor) => executorLabel(executor, context.catalog));
      if (labels.some((label) => label === undefined)) return;
      // A duplicated label is duplicate-executor-label's finding; here each label is named once.
      const known = [...new Set(labels.map((label) => label!.value))];
      for (const assignment of [...mapping.flat, ...mapping.perPlugin]) {
        const value = assignment.label;
        if (value.kind !== 'scalar' || typeof value.value !== 'string') {
          context.report({ at: value, message: `${assignment.action.key} must be sent to an executor label (a string), not ${describeNode(value)}: QIIME 2 fails with a KeyError when it runs that action` });
          continue;
        }
        if (known.includes(value.value)) continue;
        const guess = closestMatch(value.value, known);
        context.report({
          at: value,
          message:
            `no executor is labelled "${value.value}" (labels: ${known.map((label) => `"${label}"`).join(', ')})` +
            `: QIIME 2 fails with KeyError: '${value.value}' when it runs ${assignment.action.key}` +
            (guess ? `; did you mean "${guess}"?` : ''),
          ...(guess && {
            fix: { safety: 'unsafe', description: `send it to "${guess}"`, edits: [replace(value, tomlBasicString(guess))] },
          }),
        });
      }
    },
  }),
});
