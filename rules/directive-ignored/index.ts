import { defineRule } from '../../src/engine/rule.js';
import { isUserLine } from '../../src/scheduler/rendered-script.js';

export const rule = defineRule({
  meta: {
    id: 'directive-ignored',
    aliases: ['sbatch-directive-ignored', 'batch-directive-ignored'],
    severity: 'warning',
    description: 'The submit command (sbatch, qsub, bsub) silently ignores part of what `scheduler_options` or `worker_init` asks for.',
    fix: 'safe',
  },
  create: (context) => ({
    job(job) {
      const { headerEnd } = job.reading;
      // After a command in scheduler_options, header-ended already reports the loss.
      const endedInOptions = headerEnd !== undefined && job.lineOf(headerEnd).source === 'scheduler_options';
      for (const ignored of job.reading.ignored) {
        const line = job.lineOf(ignored.line);
        if (!isUserLine(line) || (ignored.kind === 'after-header-end' && endedInOptions)) continue;
        const at = job.sourceSpan(ignored.span);
        if (!at) continue;
        const help = line.source === 'worker_init' && ignored.kind === 'after-header-end' ? 'worker_init runs after the header: put directives in scheduler_options' : undefined;
        const repair = ignored.repair && job.sourceEdit(ignored.repair.span, ignored.repair.text);
        context.report({
          at,
          message: { headline: ignored.message, help },
          ...(repair && { fix: { safety: 'safe', description: ignored.repair!.description, edits: [repair] } }),
        });
      }
    },
  }),
});
