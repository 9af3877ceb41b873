import { pythonDefault } from '../../src/catalog/index.js';
import { defineRule } from '../../src/engine/rule.js';
import { schedulerOf } from '../../src/scheduler/registry.js';

export const rule = defineRule({
  meta: {
    id: 'missing-walltime',
    severity: 'warning',
    description: "A batch-scheduler provider has no `walltime`, so parsl's short default applies.",
    fix: 'none',
  },
  create: (context) => ({
    object(object) {
      // Only where parsl writes the walltime into the job; CondorProvider accepts one and ignores it.
      const use = schedulerOf(object.className)?.walltime.use;
      if (object.group !== 'providers' || (use !== 'minutes' && use !== 'verbatim') || !object.table || object.params.has('walltime')) return;
      const spec = context.catalog.lookup('providers', object.className!)?.params.get('walltime');
      const fallback = spec && pythonDefault(spec);
      if (typeof fallback !== 'string') return;
      context.report({
        at: object.table,
        message: {
          headline: `${object.className} has no walltime, so parsl's default of ${fallback} applies`,
          note: `every block, and the workers in it, is killed after ${describeDuration(fallback)}`,
        },
      });
    },
  }),
});

function describeDuration(hms: string): string {
  const [hours = 0, minutes = 0] = hms.split(':').map(Number);
  const parts = [hours > 0 ? `${hours} hour${hours === 1 ? '' : 's'}` : '', minutes > 0 ? `${minutes} minutes` : ''].filter(Boolean);
  return parts.join(' ') || hms;
}
