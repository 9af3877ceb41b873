import { defineRule } from '../../src/engine/rule.js';
import type { Job } from '../../src/model/jobs.js';
import { isBareShortOption } from '../../src/scheduler/directive-scan.js';
import { isUserLine, type ScriptLine } from '../../src/scheduler/rendered-script.js';

export const rule = defineRule({
  meta: {
    id: 'header-ended',
    aliases: ['sbatch-header-ended', 'pbs-header-ended'],
    severity: 'error',
    description: 'A line of `scheduler_options` is not a directive, so the submit command stops reading the header there and ignores every directive after it.',
    fix: 'safe',
  },
  create: (context) => ({
    job(job) {
      const end = job.reading.headerEnd;
      if (end === undefined || job.lineOf(end).source !== 'scheduler_options') return;
      const { submitCommand: command, directivePrefix: prefix } = job.scheduler;
      const line = job.lineOf(end);
      const lost = parslsLost(job);
      const option = line.text.trimStart().startsWith('-');
      // A command with no directive after it loses nothing.
      if (lost.length === 0 && !option && !job.reading.lines.some((later) => later.kind === 'ignored-directive')) return;
      const indent = line.text.length - line.text.trimStart().length;
      const at = job.sourceSpan({ start: line.start + indent, end: line.start + line.text.trimEnd().length });
      if (!at) return;
      // qsub and bsub have only one-letter options: anything else was copied from a Slurm example.
      const copiedFromSlurm = option && !job.scheduler.longOptions && !isBareShortOption(line.text);
      const insert = option && !copiedFromSlurm ? job.sourceEdit({ start: line.start, end: line.start + indent }, `${prefix} `) : undefined;
      context.report({
        at,
        message: {
          headline: `${command} reads this line as a command, not a directive`,
          note: `it stops reading ${prefix} lines here, so every directive after it is ignored` + (lost.length > 0 ? `, including the ones parsl writes (${lost.join(', ')})` : ''),
          help: !option ? 'commands belong in worker_init' : copiedFromSlurm ? `${command} has no long options, so this looks copied from a Slurm example` : `did you mean to start it with "${prefix} "?`,
        },
        ...(insert && { fix: { safety: 'safe', description: `start the line with "${prefix} "`, edits: [insert] } }),
      });
    },
  }),
});

/** parsl's own directives the scheduler skips: those it writes from a field in full, its fixed ones (-S, -N, -o, ...) by option. */
function parslsLost(job: Job): string[] {
  const prefix = job.scheduler.directivePrefix ?? '';
  return job.reading.lines
    .filter((line) => line.kind === 'ignored-directive')
    .map((line) => job.lineOf(line.index))
    .filter((line: ScriptLine) => !isUserLine(line))
    .map((line) => {
      const text = line.text.slice(prefix.length).trim();
      return line.field ? text : text.split(/\s/)[0]!;
    });
}
