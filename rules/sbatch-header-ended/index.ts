import { defineRule } from '../../src/engine/rule.js';
import { slurmJob } from '../../src/model/slurm-job.js';

export const rule = defineRule({
  meta: {
    id: 'sbatch-header-ended',
    severity: 'error',
    description: 'A line of `scheduler_options` is not a directive, so sbatch stops reading the header there and ignores every directive after it.',
    fix: 'safe',
  },
  create: (context) => ({
    object(object) {
      const job = slurmJob(object, context.locate);
      const end = job?.analysis.scan.headerEnd;
      if (!job || end === undefined || job.lineOf(end).source !== 'scheduler_options') return;
      const line = job.lineOf(end);
      const indent = line.text.length - line.text.trimStart().length;
      const at = job.sourceSpan({ start: line.start + indent, end: line.start + line.text.length });
      if (!at) return;
      const lost = job.analysis.script.lines
        .filter((later) => later.index > end && later.source === 'appended' && /^#SBATCH\s/.test(later.text))
        .map((later) => later.text.replace(/^#SBATCH\s+/, ''));
      const looksLikeOptions = line.text.trimStart().startsWith('-');
      const insertAt = job.sourceSpan({ start: line.start, end: line.start + indent });
      context.report({
        at,
        message:
          `sbatch reads this line as a command, not a directive: it stops reading #SBATCH lines here, so every directive after it is ignored` +
          (lost.length > 0 ? `, including the ones parsl adds (${lost.join(', ')})` : '') +
          (looksLikeOptions ? '; did you mean to start it with "#SBATCH "?' : '; commands belong in worker_init'),
        ...(looksLikeOptions &&
          insertAt && { fix: { safety: 'safe', description: 'start the line with "#SBATCH "', edits: [{ ...insertAt, text: '#SBATCH ' }] } }),
      });
    },
  }),
});
