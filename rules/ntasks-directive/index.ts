import { defineRule } from '../../src/engine/rule.js';
import { isUserDirective } from '../../src/model/slurm-job.js';
import { directiveText } from '../../src/scheduler/slurm/adapter.js';

export const rule = defineRule({
  meta: {
    id: 'ntasks-directive',
    severity: 'warning',
    description: 'A `--ntasks` directive asks Slurm for tasks parsl never starts: one worker pool runs per node.',
    fix: 'none',
  },
  create: (context) => ({
    job(job) {
      const slurm = job.reading.slurm;
      const ntasks = slurm?.effective.get('ntasks');
      if (!slurm || !ntasks || !isUserDirective(job, ntasks)) return;
      const at = job.sourceSpan(ntasks.span);
      const tasks = count(ntasks.value?.text);
      if (!at || tasks === undefined) return;
      const setting = (name: string) => count(slurm.effective.get(name)?.value?.text);
      const nodes = setting('nodes') ?? 1;
      const perNode = setting('ntasks-per-node');
      const cpusPerTask = setting('cpus-per-task') ?? 1;
      // One task per node is what parsl asks for anyway.
      if (tasks <= nodes) return;
      const asked = `\`${directiveText(ntasks)}\` asks Slurm for ${tasks} tasks`;
      const launcher = 'parsl starts one worker pool per node whatever --ntasks says, and it uses cores_per_node cores';
      const instead = 'Leave --ntasks out: set cores_per_node for the CPUs of each node and nodes_per_block for the nodes';
      if (perNode !== undefined && tasks > nodes * perNode) {
        context.report({
          at,
          message: {
            headline: `${asked}, but the job has --nodes=${nodes} with at most ${perNode} task${perNode === 1 ? '' : 's'} per node (--ntasks-per-node=${perNode}${perNode === 1 ? ', which parsl writes' : ''})`,
            note: 'Slurm cannot place them and sbatch refuses the job ("Requested node configuration is not available").',
            help: instead,
          },
        });
        return;
      }
      context.report({
        at,
        message: {
          headline: `${asked} × --cpus-per-task=${cpusPerTask} = ${tasks * cpusPerTask} CPUs on ${nodes} node${nodes === 1 ? '' : 's'}, but ${launcher}`,
          note: 'the other CPUs sit idle, and sbatch refuses the job where no node has that many.',
          help: instead,
        },
      });
    },
  }),
});

/** A whole count as sbatch reads it; undefined for anything else (sbatch-rejects-directive reports a bad one). */
function count(text: string | undefined): number | undefined {
  return text !== undefined && /^\d+$/.test(text) ? Number(text) : undefined;
}
