import { defineRule } from '../../src/engine/rule.js';
import { providerLauncher } from '../../src/model/launcher.js';

/**
 * CobaltProvider defaults to AprunLauncher as well, but it served ALCF's machines (mostly the Cray
 * Theta) and left parsl in 2024.11.04; TorqueProvider is used on ordinary Linux clusters.
 */
const NOT_CRAY_ONLY = new Set(['TorqueProvider']);

export const rule = defineRule({
  meta: {
    id: 'default-aprun-launcher',
    severity: 'warning',
    description: "A TorqueProvider without a `launcher` starts its workers with `aprun`, which exists only on Cray systems.",
    fix: 'none',
  },
  create: (context) => ({
    object(object) {
      if (object.group !== 'providers' || !object.className || !NOT_CRAY_ONLY.has(object.className)) return;
      const launcher = providerLauncher(object, context.catalog);
      if (!launcher?.isDefault || launcher.className !== 'AprunLauncher') return;
      context.report({
        at: object.classEntry?.value ?? object.table ?? object.node,
        message: {
          headline: `${object.className} has no launcher, so parsl uses its default, AprunLauncher`,
          note:
            'every batch job starts the workers with aprun, which exists only on Cray systems. ' +
            'Anywhere else the job prints "aprun: command not found", ends at once and no worker connects.',
          help: 'Unless this is a Cray, add a launcher table under the provider with class = "SingleNodeLauncher" (one node per block), or "MpiExecLauncher" for nodes_per_block above 1',
        },
      });
    },
  }),
});
