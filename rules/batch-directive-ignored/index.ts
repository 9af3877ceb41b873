import { defineRule } from '../../src/engine/rule.js';
import { isUserLine, schedulerJob } from '../../src/model/batch-job.js';

export const rule = defineRule({
  meta: {
    id: 'batch-directive-ignored',
    severity: 'warning',
    description: 'qsub or bsub silently ignores a directive in `scheduler_options` or `worker_init` of a PBS, Torque, LSF or Grid Engine provider.',
    fix: 'safe',
  },
  create: (context) => ({
    object(object) {
      const job = schedulerJob(object, context.locate);
      if (!job) return;
      const { headerEnd } = job.scan;
      // After a command in scheduler_options, pbs-header-ended already reports the loss.
      const endedInOptions = headerEnd !== undefined && job.lineOf(headerEnd).source === 'scheduler_options';
      for (const issue of job.scan.issues) {
        const line = job.lineOf(issue.line);
        if (!isUserLine(line) || (issue.kind === 'after-header-end' && endedInOptions)) continue;
        const at = job.sourceSpan(issue.span);
        if (!at) continue;
        const where = line.source === 'worker_init' && issue.kind === 'after-header-end' ? ' (worker_init runs after the header: put directives in scheduler_options)' : '';
        const repairAt = issue.repair && job.sourceSpan(issue.repair.span);
        context.report({
          at,
          message: issue.message + where,
          ...(issue.repair &&
            repairAt && { fix: { safety: 'safe', description: issue.repair.description, edits: [{ ...repairAt, text: issue.repair.text }] } }),
        });
      }
    },
  }),
});
