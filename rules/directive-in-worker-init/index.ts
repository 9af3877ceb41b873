import { defineRule } from '../../src/engine/rule.js';

export const rule = defineRule({
  meta: {
    id: 'directive-in-worker-init',
    severity: 'warning',
    description: 'A directive in `worker_init` is read only while nothing but blank lines and comments comes before it.',
    fix: 'none',
  },
  create: (context) => ({
    job(job) {
      const { reading, scheduler } = job;
      // Schedulers that read directives anywhere in the script (LSF, Grid Engine) never end the header.
      if (reading.headerEnd === undefined) return;
      for (const line of reading.lines) {
        if (line.kind !== 'directive' || job.lineOf(line.index).source !== 'worker_init') continue;
        const text = job.lineOf(line.index).text.trim();
        const at = job.sourceSpan({ start: line.span.start, end: line.span.start + job.lineOf(line.index).text.trimEnd().length });
        if (!at) continue;
        context.report({
          at,
          message: {
            headline: `\`${text}\` in worker_init is read by ${scheduler.submitCommand} only because nothing but blank lines and comments comes before it`,
            note: 'a command added above it (a `module load`, `source ~/.bashrc`) silently turns it into a comment.',
            help: 'Move it to scheduler_options',
          },
        });
      }
    },
  }),
});
