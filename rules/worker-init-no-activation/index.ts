import { defineRule } from '../../src/engine/rule.js';
import { stringParam } from '../../src/model/config.js';
import { activatesEnvironment, moduleLoads } from '../../src/model/environment-activation.js';
import { isBatchProvider } from '../../src/model/providers.js';
import { shellCommands } from '../../src/model/shell-commands.js';

const CONSEQUENCE =
  "unless the batch job inherits your QIIME 2 environment, parsl's workers start without it, process_worker_pool.py is not found, " +
  'and the pipeline waits for workers that never connect';

export const rule = defineRule({
  meta: {
    id: 'worker-init-no-activation',
    severity: 'warning',
    description: "A batch-scheduler provider's `worker_init` runs commands but activates no environment.",
    fix: 'none',
  },
  create: (context) => ({
    object(object) {
      if (!isBatchProvider(object)) return;
      const workerInit = stringParam(object, 'worker_init');
      // A missing or blank worker_init is missing-worker-init's.
      if (!workerInit || workerInit.value.trim() === '') return;
      const commands = shellCommands(workerInit.value);
      if (commands.length === 0 || commands.some(activatesEnvironment)) return;
      const toolchains = commands.flatMap((command) => moduleLoads(command) ?? []);
      context.report({
        at: workerInit,
        message:
          toolchains.length > 0
            ? {
                headline: `worker_init loads only ${toolchains.length === 1 ? 'the module' : 'the modules'} ${toolchains.join(', ')}`,
                note: `a compiler, a bare Python or a module tree, not a QIIME 2 environment; ${CONSEQUENCE}.`,
                help: "Load your site's QIIME 2 module (module load qiime2/…) or a conda and activate the environment (module load anaconda3 && conda activate qiime2-amplicon-2024.10)",
              }
            : {
                headline: 'worker_init activates no environment (no conda, mamba or micromamba activate, source, QIIME 2 or conda module, spack load, pixi or PATH change)',
                note: CONSEQUENCE,
              },
      });
    },
  }),
});
