import { scalarText } from '../../src/document/number-text.js';
import { defineRule } from '../../src/engine/rule.js';
import type { TomlNode } from '../../src/document/tree.js';
import type { Job } from '../../src/model/jobs.js';
import type { WrittenSetting } from '../../src/scheduler/overrides.js';
import { isUserLine } from '../../src/scheduler/rendered-script.js';

export const rule = defineRule({
  meta: {
    id: 'overridden-directive',
    aliases: ['overridden-batch-directive'],
    severity: 'warning',
    description: 'An option in `scheduler_options` is also set elsewhere in the job, and the submit command silently keeps only one value.',
    fix: 'none',
  },
  create: (context) => ({
    job(job) {
      // The submit command refuses the job anyway: which value would win no longer matters.
      if (job.reading.refusals.length > 0) return;
      const isUsers = (setting: WrittenSetting) => setting.line !== undefined && isUserLine(job.lineOf(setting.line));
      const { overrides } = job.reading;
      for (const { lost, kept, why, advice, userMayReplace } of overrides) {
        const userLoses = isUsers(lost);
        if (!userLoses && (!isUsers(kept) || userMayReplace)) continue;
        // A setting that is itself overridden later is reported once, as having no effect.
        if (!userLoses && overrides.some((later) => later.lost === kept)) continue;
        const at = job.sourceSpan((userLoses ? lost : kept).span!);
        if (!at) continue;
        const parsls = userLoses ? kept : lost;
        const help = advice && !isUsers(parsls) ? advice : undefined;
        context.report({
          at,
          message: userLoses
            ? { headline: `\`${lost.text}\` has no effect`, note: `${origin(job, kept)} wins, since ${why}`, help }
            : { headline: `\`${kept.text}\` silently replaces ${origin(job, lost)}`, note: `since ${why}`, help },
        });
      }
    },
  }),
});

/** Who wrote a setting: the user (in which field), or parsl (in the script or on the submit command's line, from which field). */
function origin(job: Job, setting: WrittenSetting): string {
  if (setting.line === undefined) return `parsl's \`${job.scheduler.submitCommand} ${setting.text}\`${fromField(job, setting.field)}`;
  const line = job.lineOf(setting.line);
  if (isUserLine(line)) return `\`${setting.text}\` in ${line.field}`;
  return `the \`${setting.text}\` parsl writes${fromField(job, line.field)}`;
}

function fromField(job: Job, field: string | undefined): string {
  if (field === undefined) return '';
  const entry = job.entry(field);
  return entry ? ` from ${field} = ${sourceText(entry.value)}` : ` from ${field}'s default`;
}

function sourceText(node: TomlNode): string {
  return node.kind === 'scalar' ? scalarText(node) : `a ${node.kind}`;
}
