import type { Span } from '../../src/document/source.js';
import { isString } from '../../src/document/tree.js';
import { defineRule } from '../../src/engine/rule.js';
import { blame, sbatchSays } from '../../src/site/sbatch-answer.js';
import { requestedValue, slurmScript } from '../../src/site/slurm-request.js';

export const rule = defineRule({
  meta: {
    id: 'sbatch-refuses-job',
    severity: 'error',
    description: "With --sbatch-test: the real `sbatch --test-only` refuses a Slurm provider's job script.",
    fix: 'none',
  },
  create: (context) => ({
    job(job) {
      const table = job.provider.table;
      const script = context.sbatchAnswer && table ? slurmScript(job) : undefined;
      const answer = script === undefined ? undefined : context.sbatchAnswer!(script);
      if (!answer || answer.exitCode === 0 || !table) return;
      const blamed = blame(answer);
      // The key that caused it: the setting sbatch names, else the text it quotes, else the provider.
      const value = blamed.settings.map((setting) => requestedValue(job, setting)).find((found) => found !== undefined);
      const quoted = value || blamed.quoted === undefined ? undefined : findInSchedulerOptions(blamed.quoted);
      const written = value ? ` (${value.written})` : '';
      context.report({
        at: value?.at ?? quoted ?? table,
        message: { headline: `sbatch --test-only refuses this job${written}, so every block would fail to submit`, note: `"${sbatchSays(answer)}"` },
      });

      function findInSchedulerOptions(text: string): Span | undefined {
        const node = job.provider.params.get('scheduler_options')?.value;
        const index = isString(node) ? node.value.indexOf(text) : -1;
        return isString(node) && index >= 0 ? context.locate(node).spanOf(index, index + text.length) : undefined;
      }
    },
  }),
});
