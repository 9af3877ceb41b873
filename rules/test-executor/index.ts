import { isString } from '../../src/document/tree.js';
import { defineRule } from '../../src/engine/rule.js';
import { TEST_EXECUTOR } from '../../src/model/object-class.js';

export const rule = defineRule({
  meta: {
    id: 'test-executor',
    severity: 'info',
    description: '`_TEST_EXECUTOR_` is QIIME 2\'s executor for its own tests: it loads only when `QIIMETEST` is set.',
    fix: 'none',
  },
  create: (context) => ({
    object(object) {
      const value = object.classEntry?.value;
      if (object.group !== 'executors' || !isString(value) || value.value !== TEST_EXECUTOR) return;
      context.report({
        at: value,
        message: {
          headline: `${TEST_EXECUTOR} is a ThreadPoolExecutor that QIIME 2 builds only for its test suite`,
          note: `without the QIIMETEST environment variable, loading this config raises ValueError: Do not instantiate the class '${TEST_EXECUTOR}' when not testing`,
        },
      });
    },
  }),
});
