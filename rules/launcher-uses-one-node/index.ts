import { describeTarget } from '../../src/catalog/index.js';
import { defineRule } from '../../src/engine/rule.js';
import { providerLauncher } from '../../src/model/launcher.js';
import { numberSetting, settingText } from '../../src/model/settings.js';

export const rule = defineRule({
  meta: {
    id: 'launcher-uses-one-node',
    severity: 'warning',
    description: 'A block asks for several nodes, but its launcher starts workers on the first node only.',
    fix: 'none',
  },
  create: (context) => ({
    object(object) {
      if (object.group !== 'providers') return;
      const nodes = numberSetting(object, 'nodes_per_block', context.catalog);
      const launcher = providerLauncher(object, context.catalog);
      if (!nodes?.entry || nodes.value <= 1 || !launcher || launcher.reach === 'spreads-over-nodes') return;
      const which = launcher.isDefault ? `${launcher.className} (${object.className}'s default launcher in ${describeTarget(context.target)})` : launcher.className;
      const idle = nodes.value - 1;
      const shown = settingText(nodes);
      context.report({
        at: nodes.entry.keySpan,
        message: {
          headline: `nodes_per_block = ${shown}, but ${which} ${launcher.reach === 'first-node-only' ? `starts all ${shown} worker pools on the block's first node` : 'runs the worker command once, on the first node'}`,
          note:
            (launcher.reach === 'first-node-only' ? `each pool is sized for a whole node, so that node runs ${shown} times the workers it has room for, ` : '') +
            `while ${idle === 1 ? 'the other node' : Number.isSafeInteger(idle) ? `the other ${idle} nodes` : 'the other nodes'} of every block sit${idle === 1 ? 's' : ''} idle.`,
          help: 'Use nodes_per_block = 1 and raise max_blocks, or a launcher that spreads over the nodes (SrunLauncher on Slurm)',
        },
      });
    },
  }),
});
