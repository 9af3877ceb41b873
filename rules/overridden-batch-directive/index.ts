import { defineRule } from '../../src/engine/rule.js';
import type { TomlNode } from '../../src/document/tree.js';
import { isUserLine, schedulerJob, type SchedulerJob } from '../../src/model/batch-job.js';
import type { WrittenSetting } from '../../src/scheduler/overrides.js';

/** What to set instead of repeating an option parsl writes from a field. */
const ADVICE: Readonly<Record<string, string>> = {
  '-l walltime': 'set walltime instead',
  '-l h_rt': 'set walltime instead',
  '-l select': 'set nodes_per_block, cpus_per_node and select_options instead',
  '-l nodes': 'TorqueProvider always asks for ppn=1 (parsl submits with tasks_per_node=1); set nodes_per_block for the node count',
  '-q': 'set queue instead',
  '-A': 'set account instead',
};

/** parsl writes `-m n` only to turn mail off; asking for mail instead is the user's call. */
const USER_MAY_REPLACE: ReadonlySet<string> = new Set(['-m']);

export const rule = defineRule({
  meta: {
    id: 'overridden-batch-directive',
    severity: 'warning',
    description: 'An option in `scheduler_options` of a PBS, Torque or Grid Engine provider is also set elsewhere in the job, and qsub silently keeps only one value.',
    fix: 'none',
  },
  create: (context) => ({
    object(object) {
      const job = schedulerJob(object, context.locate);
      if (!job) return;
      const isUsers = (setting: WrittenSetting) => setting.line !== undefined && isUserLine(job.lineOf(setting.line));
      for (const { key, lost, kept, why } of job.overrides) {
        const userLoses = isUsers(lost);
        if (!userLoses && (!isUsers(kept) || USER_MAY_REPLACE.has(key))) continue;
        const at = job.sourceSpan((userLoses ? lost : kept).span!);
        if (!at) continue;
        const parsls = userLoses ? kept : lost;
        const advice = !isUsers(parsls) && ADVICE[key] ? `; ${ADVICE[key]}` : '';
        context.report({
          at,
          message: userLoses
            ? `\`${lost.text}\` has no effect: ${origin(job, kept)} wins, since ${why}${advice}`
            : `\`${kept.text}\` silently replaces ${origin(job, lost)}, since ${why}${advice}`,
        });
      }
    },
  }),
});

/** Who wrote a setting: the user (in which field), or parsl (in the script or on qsub's command line, from which field). */
function origin(job: SchedulerJob, setting: WrittenSetting): string {
  if (setting.line === undefined) return `parsl's \`${job.submitCommand} ${setting.text}\`${fromField(job, setting.field)}`;
  const line = job.lineOf(setting.line);
  if (isUserLine(line)) return `\`${setting.text}\` in ${line.field}`;
  return `the \`${setting.text}\` parsl writes${fromField(job, line.field)}`;
}

function fromField(job: SchedulerJob, field: string | undefined): string {
  if (field === undefined) return '';
  const entry = job.entry(field);
  return entry ? ` from ${field} = ${sourceText(entry.value)}` : ` from ${field}'s default`;
}

function sourceText(node: TomlNode): string {
  if (node.kind !== 'scalar') return `a ${node.kind}`;
  return typeof node.value === 'string' ? JSON.stringify(node.value) : String(node.value);
}
