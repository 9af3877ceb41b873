import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import { replace } from '../../src/document/edits.js';
import type { MessageParts } from '../../src/engine/message.js';
import { tomlBasicString } from '../../src/fixes/toml-string.js';
import { stringParam } from '../../src/model/config.js';
import { schedulerOf } from '../../src/scheduler/registry.js';
import { parslWalltimeToMinutes } from '../../src/scheduler/walltime.js';
import { repairWalltime } from './repair.js';

export const rule = defineRule({
  meta: {
    id: 'walltime-format',
    severity: 'error',
    description: "A provider's `walltime` is not in a form parsl and the scheduler accept.",
    fix: 'safe',
  },
  create: (context) => ({
    object(object) {
      const walltime = stringParam(object, 'walltime');
      const use = object.group === 'providers' ? schedulerOf(object.className)?.walltime : undefined;
      if (!walltime || !use) return;
      const problem =
        use.use === 'minutes' ? minutesProblem(object.className!, walltime.value) : use.use === 'verbatim' ? verbatimProblem(object.className!, walltime.value) : undefined;
      if (problem) report(context, walltime, problem);
    },
  }),
});

/** SlurmProvider, LSFProvider, CobaltProvider: parsl's wtime_to_minutes turns `H:M:S` into minutes. */
function minutesProblem(className: string, text: string): Problem | undefined {
  const minutes = parslWalltimeToMinutes(text);
  if (!minutes.ok) {
    return { headline: `walltime "${text}" is not hours:minutes:seconds`, note: `parsl's wtime_to_minutes raises ${minutes.reason} each time it submits a block, so no job ever starts` };
  }
  if (minutes.minutes < 0) {
    const slurm = className === 'SlurmProvider' ? ` (#SBATCH --time=${minutes.minutes}, which Slurm refuses as an invalid time limit)` : '';
    return { headline: `walltime "${text}" is negative`, note: `parsl turns it into ${minutes.minutes} minutes${slurm}` };
  }
  if (minutes.minutes < 1) {
    const slurm = className === 'SlurmProvider' ? ' (#SBATCH --time=0, which Slurm reads as no time limit: most clusters refuse the job or it never starts)' : '';
    return { headline: `walltime "${text}" is under one minute`, note: `parsl rounds it down to 0 minutes${slurm}` };
  }
  return undefined;
}

/**
 * PBSProProvider, TorqueProvider (`-l walltime=`) and GridEngineProvider (`-l h_rt=`): written
 * as given, so the scheduler's own format applies (research/slurm.md A11): PBS takes
 * `[[hours:]minutes:]seconds[.ms]`, Grid Engine seconds or `h:m:s` with empty fields allowed.
 */
function verbatimProblem(className: string, text: string): Problem | undefined {
  const gridEngine = className === 'GridEngineProvider';
  const valid = gridEngine ? /^(\d+|\d*:\d*:\d*)$/.test(text) : /^\d+(:\d+){0,2}(\.\d+)?$/.test(text);
  if (valid) return undefined;
  const option = gridEngine ? '#$ -l h_rt' : '#PBS -l walltime';
  return { headline: `walltime "${text}" is not a duration the scheduler reads`, note: `parsl writes it unchanged as \`${option}=${text}\`, and the submission is refused` };
}

/** What is wrong with the walltime and what follows from it; the repair is added by report. */
type Problem = Omit<MessageParts, 'help'>;

function report(context: RuleContext, walltime: NonNullable<ReturnType<typeof stringParam>>, problem: Problem): void {
  const repair = repairWalltime(walltime.value);
  context.report({
    at: walltime,
    message: { ...problem, help: repair ? `did you mean "${repair.text}"?` : undefined },
    ...(repair && {
      fix: { safety: repair.safety, description: `write ${repair.text} (reading "${walltime.value}" as ${repair.reading})`, edits: [replace(walltime, tomlBasicString(repair.text))] },
    }),
  });
}

