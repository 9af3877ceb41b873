import { describeTarget } from '../../src/catalog/index.js';
import { defineRule } from '../../src/engine/rule.js';
import { providerLauncher } from '../../src/model/launcher.js';
import type { ParslObject } from '../../src/model/config.js';
import { booleanSetting, numberSetting, settingText } from '../../src/model/settings.js';
import type { ParslCatalog } from '../../src/catalog/index.js';

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
      // parsl's MPI mode runs one manager per block on the first node and spreads each task over the
      // block's nodes itself; it requires SimpleLauncher (TypeError otherwise).
      if (launcher.className === 'SimpleLauncher' && object.parent && inMpiMode(object.parent, context.catalog)) return;
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

/**
 * MPIExecutor, or HighThroughputExecutor with enable_mpi_mode = true: its MPI launcher (srun, mpiexec)
 * spreads each task over the block's nodes, so SimpleLauncher is the intended setup; MPIExecutor raises
 * TypeError("mpi_mode requires the provider to be configured to use a SimpleLauncher") for any other
 * (parsl/executors/high_throughput/mpi_executor.py at 2026.02.23, L106-L107).
 */
function inMpiMode(executor: ParslObject, catalog: ParslCatalog): boolean {
  return executor.className === 'MPIExecutor' || booleanSetting(executor, 'enable_mpi_mode', catalog)?.value === true;
}
