import type { DirectiveProblemKind } from '../../src/scheduler/slurm/directives.js';
import { defineRule } from '../../src/engine/rule.js';
import { slurmJob, userProblems } from '../../src/model/slurm-job.js';

/** What sbatch skips or only warns about (research/slurm.md A1; verified on sbatch 22.05.8). */
const IGNORED: ReadonlySet<DirectiveProblemKind> = new Set([
  'lookalike-directive',
  'after-header-end',
  'hash-ends-line',
  'separator-ends-line',
  'empty-argument-ends-line',
  'command-line-only',
  'slurm-marker',
  'translated-directive',
]);

export const rule = defineRule({
  meta: {
    id: 'sbatch-directive-ignored',
    severity: 'warning',
    description: 'sbatch silently ignores part of what `scheduler_options` or `worker_init` asks for.',
    fix: 'safe',
  },
  create: (context) => ({
    object(object) {
      const job = slurmJob(object, context.locate);
      if (!job) return;
      const headerEnd = job.analysis.scan.headerEnd;
      // After a command in scheduler_options, sbatch-header-ended already reports the loss.
      const endedInOptions = headerEnd !== undefined && job.lineOf(headerEnd).source === 'scheduler_options';
      for (const { problem, at, line } of userProblems(job, IGNORED)) {
        if (problem.kind === 'after-header-end' && endedInOptions) continue;
        const where = line.source === 'worker_init' && problem.kind === 'after-header-end' ? ' (worker_init runs after the header: put directives in scheduler_options)' : '';
        const marker = /^[ \t]+#SBATCH/.exec(line.text);
        context.report({
          at,
          message: problem.message + where,
          // An indented `#SBATCH` is a directive the user wrote inside a multi-line string: dedent it.
          ...(problem.kind === 'lookalike-directive' &&
            marker && {
              fix: {
                safety: 'safe',
                description: 'move "#SBATCH" to the start of the line',
                edits: [{ ...job.sourceSpan({ start: line.start, end: line.start + marker[0].length })!, text: '#SBATCH' }],
              },
            }),
        });
      }
    },
  }),
});
