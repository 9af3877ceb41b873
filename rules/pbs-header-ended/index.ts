import { defineRule } from '../../src/engine/rule.js';
import { schedulerJob } from '../../src/model/batch-job.js';
import { isBareShortOption } from '../../src/scheduler/directive-scan.js';

export const rule = defineRule({
  meta: {
    id: 'pbs-header-ended',
    severity: 'error',
    description: 'A line of `scheduler_options` is not a directive, so qsub stops reading `#PBS` lines there and ignores every directive after it.',
    fix: 'safe',
  },
  create: (context) => ({
    object(object) {
      const job = schedulerJob(object, context.locate);
      const end = job?.scheduler === 'pbs' ? job.scan.headerEnd : undefined;
      if (!job || end === undefined || job.lineOf(end).source !== 'scheduler_options') return;
      const line = job.lineOf(end);
      const ignored = job.scan.lines.filter((later) => later.kind === 'ignored-directive').map((later) => job.lineOf(later.index));
      const looksLikeOptions = line.text.trimStart().startsWith('-');
      // A command with no directive after it loses nothing.
      if (ignored.length === 0 && !looksLikeOptions) return;
      const indent = line.text.length - line.text.trimStart().length;
      const at = job.sourceSpan({ start: line.start + indent, end: line.start + line.text.trimEnd().length });
      if (!at) return;
      // parsl's own lines: those it writes from a field in full, its fixed ones (-S, -N, -o, ...) by option.
      const parsls = ignored
        .filter((lost) => lost.source === 'template')
        .map((lost) => {
          const text = lost.text.replace(/^#PBS\s+/, '');
          return lost.field ? text : text.split(/\s/)[0]!;
        });
      const insertAt = job.sourceSpan({ start: line.start, end: line.start + indent });
      context.report({
        at,
        message:
          'qsub reads this line as a command, not a directive: it stops reading #PBS lines here, so every directive after it is ignored' +
          (parsls.length > 0 ? `, including the ones parsl writes (${parsls.join(', ')})` : '') +
          (!looksLikeOptions
            ? '; commands belong in worker_init'
            : isBareShortOption(line.text)
              ? '; did you mean to start it with "#PBS "?'
              : '; qsub has no long options, so this looks copied from a Slurm example'),
        ...(isBareShortOption(line.text) &&
          insertAt && { fix: { safety: 'safe', description: 'start the line with "#PBS "', edits: [{ ...insertAt, text: '#PBS ' }] } }),
      });
    },
  }),
});
