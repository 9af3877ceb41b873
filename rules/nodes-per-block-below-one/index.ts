import { defineRule } from '../../src/engine/rule.js';
import { providerLauncher } from '../../src/model/launcher.js';
import { numberSetting, settingText } from '../../src/model/settings.js';

export const rule = defineRule({
  meta: {
    id: 'nodes-per-block-below-one',
    severity: 'error',
    description: '`nodes_per_block` is below 1, so a block starts no workers.',
    fix: 'none',
  },
  create: (context) => ({
    object(object) {
      if (object.group !== 'providers') return;
      const nodes = numberSetting(object, 'nodes_per_block', context.catalog);
      if (!nodes?.entry || nodes.value >= 1 || !Number.isInteger(nodes.value)) return;
      const launcher = providerLauncher(object, context.catalog);
      // SimpleLauncher and WrappedLauncher run the worker command once whatever the node count.
      if (!launcher || launcher.reach === 'runs-once') return;
      context.report({
        at: nodes.entry.keySpan,
        message: {
          headline: `nodes_per_block = ${settingText(nodes)}`,
          note: `${launcher.className} starts tasks_per_node × nodes_per_block worker pools in a block, here none, so no task sent to this executor ever runs`,
        },
      });
    },
  }),
});
