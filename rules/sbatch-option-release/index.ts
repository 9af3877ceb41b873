import { defineRule } from '../../src/engine/rule.js';
import type { SlurmRelease } from '../../src/scheduler/slurm/options.js';
import { describeReleaseRun, optionHistory } from '../../src/scheduler/slurm/releases.js';
import { releasesDisagree, verdictClass, type OptionVerdicts, type ReleaseVerdict } from '../../src/scheduler/slurm/release-verdicts.js';

export const rule = defineRule({
  meta: {
    id: 'sbatch-option-release',
    severity: 'warning',
    description: 'A directive that one Slurm release accepts and another refuses, or reads as another option, while the linter does not know the site\'s release.',
    fix: 'none',
  },
  create: (context) => ({
    job(job) {
      for (const place of job.reading.slurm?.verdicts ?? []) {
        if (!releasesDisagree(place)) continue;
        const at = job.sourceSpan(place.span) ?? job.sourceSpan({ start: place.span.start, end: place.span.start + 1 });
        if (at) context.report({ at, message: describeDisagreement(place) });
      }
    },
  }),
});

/**
 * `--tres-per-task=cpu:1 depends on the Slurm release: sbatch 22.05 refuses the job (...); 23.02–25.11 accept it (--tres-per-task: added in 23.02). ...`
 */
function describeDisagreement(place: OptionVerdicts): string {
  const runs: { releases: SlurmRelease[]; verdict: ReleaseVerdict }[] = [];
  for (const { release, verdict } of place.verdicts) {
    const last = runs.at(-1);
    if (last && verdictClass(last.verdict) === verdictClass(verdict)) last.releases.push(release);
    else runs.push({ releases: [release], verdict });
  }
  const name = /^--([^=]+)/.exec(place.text)?.[1];
  const said = runs.map(({ releases, verdict }, index) => `${index === 0 ? 'sbatch ' : ''}${describeReleaseRun(releases)} ${whatItDoes(verdict, name, releases.length > 1)}`);
  const history = name === undefined ? undefined : optionHistory(name);
  return (
    `${place.text} depends on the Slurm release: ${said.join('; ')}` +
    (history ? ` (--${name}: ${history})` : '') +
    '. Name your cluster\'s release (`sbatch --version`) with --slurm or `[slurm] release` to judge it exactly'
  );
}

/** What one run of releases does with the option written as `--name` (undefined: a short option or a stray argument). */
function whatItDoes(verdict: ReleaseVerdict, name: string | undefined, plural: boolean): string {
  const verb = (singular: string, many: string) => (plural ? many : singular);
  if (verdict.kind === 'refused') return `${verb('refuses', 'refuse')} the job ("${verdict.says}")`;
  if (verdict.kind === 'unknown') return `${verb('refuses', 'refuse')} the job ("${verdict.problem.sbatchSays?.split('\n')[0]}")`;
  if (verdict.option === undefined || name === undefined || name === verdict.option) return `${verb('accepts', 'accept')} it`;
  return `${verb('reads', 'read')} it as --${verdict.option}`;
}
