import type { SourceText } from '../../src/document/source.js';
import { defineRule } from '../../src/engine/rule.js';
import type { Suggestion } from '../../src/engine/diagnostic.js';
import { removeEntryLine, replace } from '../../src/document/edits.js';
import type { Job } from '../../src/model/jobs.js';
import { isUserDirective } from '../../src/model/slurm-job.js';
import { directiveText } from '../../src/scheduler/slurm/adapter.js';
import type { Directive } from '../../src/scheduler/slurm/directives.js';

/** sbatch's `_validate_memory_options`: any two of these in one job are fatal (research/slurm.md A3). */
const MEMORY_OPTIONS = new Set(['mem', 'mem-per-cpu', 'mem-per-gpu']);
const SBATCH_SAYS = 'sbatch: fatal: --mem, --mem-per-cpu, and --mem-per-gpu are mutually exclusive.';

export const rule = defineRule({
  meta: {
    id: 'memory-option-conflict',
    severity: 'error',
    description: 'The job asks for memory two ways (`--mem`, `--mem-per-cpu`, `--mem-per-gpu`), which sbatch refuses.',
    fix: 'none',
  },
  create: (context) => ({
    job(job) {
      const memory = (job.reading.slurm?.scan.directives ?? []).filter((d) => d.component === 0 && MEMORY_OPTIONS.has(d.option.name));
      memory.forEach((directive, index) => {
        if (!isUserDirective(job, directive)) return;
        // Report each conflict once: at the user's directive, against parsl's --mem or an earlier one.
        const other = memory.find((d, i) => d.option.name !== directive.option.name && (!isUserDirective(job, d) || i < index));
        const at = job.sourceSpan(directive.span);
        if (!other || !at) return;
        context.report({
          at,
          message: { headline: `\`${directiveText(directive)}\` and ${describeOther(job, other)} ask for memory two ways`, note: `sbatch refuses the job with "${SBATCH_SAYS}"` },
          suggestions: suggestions(context.source, job, directive, other),
        });
      });
    },
  }),
});

function describeOther(job: Job, other: Directive): string {
  if (isUserDirective(job, other)) return `\`${directiveText(other)}\` earlier in ${job.lineOf(other.line).field}`;
  const memPerNode = job.entry('mem_per_node')?.value;
  const gb = memPerNode?.kind === 'scalar' ? String(memPerNode.value) : '?';
  return `mem_per_node = ${gb} (which parsl writes as \`#SBATCH --mem=${gb}g\`)`;
}

/** Keep one of the two: drop mem_per_node, or drop the user's directive. */
function suggestions(source: SourceText, job: Job, directive: Directive, other: Directive): Suggestion[] {
  const result: Suggestion[] = [];
  const directiveSpan = job.sourceSpan(directive.span);
  if (directiveSpan) result.push({ description: `remove \`${directiveText(directive)}\``, edits: [replace(directiveSpan, '')] });
  const memPerNode = job.entry('mem_per_node');
  const removal = !isUserDirective(job, other) && memPerNode ? removeEntryLine(source.text, memPerNode) : undefined;
  if (removal) result.push({ description: 'remove mem_per_node', edits: [removal] });
  return result;
}
