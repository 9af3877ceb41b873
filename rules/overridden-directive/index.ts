import type { TomlNode } from '../../src/document/tree.js';
import type { Directive } from '../../src/scheduler/slurm/directives.js';
import { defineRule } from '../../src/engine/rule.js';
import { directiveText, isUserDirective, sbatchRefusals, slurmJob, type SlurmJob } from '../../src/model/slurm-job.js';

export const rule = defineRule({
  meta: {
    id: 'overridden-directive',
    severity: 'warning',
    description: 'An option in `scheduler_options` is also set elsewhere in the job, and sbatch silently keeps only the last value.',
    fix: 'none',
  },
  create: (context) => ({
    object(object) {
      const job = slurmJob(object, context.locate);
      // sbatch stops at the first refused directive: which value would win no longer matters.
      if (!job || sbatchRefusals(job).length > 0) return;
      for (const { overridden, by } of job.analysis.overrides) {
        const userLoses = isUserDirective(job, overridden);
        const userWins = isUserDirective(job, by);
        if (!userLoses && !userWins) continue;
        // A directive that is itself overridden later is reported once, as having no effect.
        if (!userLoses && job.analysis.overrides.some((later) => later.overridden === by)) continue;
        const at = job.sourceSpan((userLoses ? overridden : by).span);
        if (!at) continue;
        const message = userLoses
          ? `\`${directiveText(overridden)}\` has no effect: ${origin(job, by)} comes later in the script, and sbatch keeps the last value`
          : `\`${directiveText(by)}\` silently replaces ${origin(job, overridden)}, since scheduler_options comes after parsl's own lines and sbatch keeps the last value` +
            advice(job, overridden);
        context.report({ at, message });
      }
    },
  }),
});

/** Who wrote a directive: the user (on which line of which string) or parsl (from which field). */
function origin(job: SlurmJob, directive: Directive): string {
  const line = job.lineOf(directive.line);
  if (isUserDirective(job, directive)) return `\`${directiveText(directive)}\` in ${line.field}`;
  const entry = line.field && job.entry(line.field);
  const from = !line.field ? 'for its own bookkeeping' : entry ? `from ${line.field} = ${sourceText(entry.value)}` : `from ${line.field}'s default`;
  return `the \`${directiveText(directive)}\` parsl writes ${from}`;
}

function sourceText(node: TomlNode): string {
  if (node.kind !== 'scalar') return `a ${node.kind}`;
  return typeof node.value === 'string' ? JSON.stringify(node.value) : String(node.value);
}

function advice(job: SlurmJob, parslDirective: Directive): string {
  const field = job.lineOf(parslDirective.line).field;
  return field ? `; set ${field} instead` : '';
}
