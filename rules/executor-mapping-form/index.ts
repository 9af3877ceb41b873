import { describeTarget, QIIME2_RELEASES } from '../../src/catalog/index.js';
import { defineRule } from '../../src/engine/rule.js';

const LAST_FLAT = QIIME2_RELEASES.filter((release) => release.executorMapping === 'flat').at(-1)!.version;
const FIRST_PER_PLUGIN = QIIME2_RELEASES.find((release) => release.executorMapping === 'per-plugin')!.version;

export const rule = defineRule({
  meta: {
    id: 'executor-mapping-form',
    severity: 'error',
    description: `\`executor_mapping\` sends an action straight to a label (\`action = "label"\`, QIIME 2 ≤ ${LAST_FLAT}) where QIIME 2 ≥ ${FIRST_PER_PLUGIN} wants a table per plugin.`,
    fix: 'none',
  },
  create: (context) => ({
    mapping(mapping) {
      if (context.target.qiime2?.executorMapping !== 'per-plugin') return;
      for (const assignment of mapping.flat) {
        context.report({
          at: assignment.label,
          message: {
            headline: `from QIIME 2 ${FIRST_PER_PLUGIN} every value of executor_mapping must be a table [parsl.executor_mapping.<plugin_id>] of action = "label" pairs`,
            note: `${describeTarget(context.target)} fails with TypeError: The provided mapping … does not follow the correct format`,
            help: `move \`${assignment.action.key}\` into the table of its plugin`,
          },
        });
      }
    },
  }),
});
