import { defineRule } from '../../src/engine/rule.js';
import { stringParam } from '../../src/model/config.js';
import { isBatchProvider } from '../../src/model/providers.js';

export const rule = defineRule({
  meta: {
    id: 'missing-worker-init',
    severity: 'warning',
    description: 'A batch-scheduler provider has no `worker_init`, so workers may start without the QIIME 2 environment.',
    fix: 'none',
  },
  create: (context) => ({
    object(object) {
      if (!isBatchProvider(object) || !object.table) return;
      const workerInit = object.params.get('worker_init');
      const text = stringParam(object, 'worker_init');
      if (workerInit && !text) return; // not a string: a type error, not a missing environment
      if (text && text.value.trim() !== '') return;
      context.report({
        at: workerInit?.keySpan ?? object.table,
        message: {
          headline: `${object.className} has ${workerInit ? 'an empty' : 'no'} worker_init`,
          note:
            "the batch job starts parsl's workers without activating your QIIME 2 environment, " +
            'so unless the job inherits it, process_worker_pool.py is not found and the pipeline waits for workers that never connect',
        },
      });
    },
  }),
});
