import { defineRule } from '../../src/engine/rule.js';
import { stringParam } from '../../src/model/config.js';
import { activatesEnvironment } from '../../src/model/environment-activation.js';
import { isBatchProvider } from '../../src/model/providers.js';
import { shellCommands } from '../../src/model/shell-commands.js';

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
      context.report({
        at: workerInit,
        message:
          'worker_init activates no environment (no conda, mamba or micromamba activate, source, module load, spack load, pixi or PATH change): ' +
          "unless the batch job inherits your QIIME 2 environment, parsl's workers start without it, process_worker_pool.py is not found, " +
          'and the pipeline waits for workers that never connect',
      });
    },
  }),
});
