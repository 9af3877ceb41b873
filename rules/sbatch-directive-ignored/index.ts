import type { DirectiveProblem, DirectiveProblemKind } from '../../src/scheduler/slurm/directives.js';
import { defineRule } from '../../src/engine/rule.js';
import { isUserLine } from '../../src/model/batch-job.js';
import { slurmJob, userProblems, type SlurmJob } from '../../src/model/slurm-job.js';

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
  // An option without its value takes the next argument, often the next line's directive (lost).
  'value-on-next-line',
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
          message: problem.kind === 'value-on-next-line' ? valueTaken(job, problem) ?? problem.message : problem.message + where,
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

/** Names whose argument was taken, in the user's terms: a line of theirs, or a line parsl writes for a field. */
function valueTaken(job: SlurmJob, problem: DirectiveProblem): string | undefined {
  const directive = job.analysis.scan.directives.find((candidate) => candidate.valueIsNextArgument && candidate.nameSpan.start === problem.span.start);
  if (!directive?.value) return undefined;
  const line = job.lineOf(directive.value.line);
  const from = isUserLine(line) ? `the next line of ${line.field}` : line.field ? `the line parsl writes for ${line.field}` : 'a line parsl writes';
  return `${directive.written} has no value on its line, so sbatch takes the next argument, "${directive.value.text}" from ${from}, as its value, and that setting is lost`;
}
