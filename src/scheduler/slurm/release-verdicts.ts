/**
 * What each judged Slurm release makes of every option the user wrote: the same header read by
 * sbatch 22.05 and by 25.11 can be a job and a refusal (`--tres-per-task` came in 23.02), or two
 * different jobs (`--extra=2` is `--extra-node-info` until 23.02 adds `--extra`). The scans of
 * the releases are lined up by where each option starts in the script.
 */
import type { Span } from '../../document/source.js';
import { directiveText, type DirectiveProblem, type DirectiveProblemKind, type HeaderScan, type ReleaseScan } from './directives.js';
import type { SlurmRelease } from './options.js';
import { isStockSbatchOption, optionHistory } from './releases.js';
import { checkSbatchValue } from './values.js';

/** Problems that make sbatch refuse the script (unknown long options are judged apart: a site plugin may add them). */
const REFUSING: ReadonlySet<DirectiveProblemKind> = new Set([
  'nul-character',
  'unmatched-quote',
  'unexpected-colon',
  'ambiguous-option',
  'unknown-short-option',
  'missing-argument',
  'unexpected-argument',
  'stray-argument',
]);

/**
 * - `accepted`: read as the long option `option`; without `option`, nothing at that place this
 *   release objects to (a stray argument an older tokeniser made, which this one joins);
 * - `refused`: sbatch refuses the job, `message` says why, `says` is sbatch's first line, `span`
 *   shows what it refuses;
 * - `unknown`: a long option this release does not have and no release ever had, which only a
 *   site's SPANK plugin could add.
 */
export type ReleaseVerdict =
  | { readonly kind: 'accepted'; readonly option?: string }
  | { readonly kind: 'refused'; readonly message: string; readonly says: string; readonly span: Span; readonly line: number }
  | { readonly kind: 'unknown'; readonly problem: DirectiveProblem };

/** One option the user wrote, as each judged release reads it. */
export interface OptionVerdicts {
  /** The option (with its value, where every release read one) in the script. */
  readonly span: Span;
  /** 0-based line of the script. */
  readonly line: number;
  /** As written: `--extra=2`. */
  readonly text: string;
  /** In the order of the judged releases, oldest first. */
  readonly verdicts: readonly { readonly release: SlurmRelease; readonly verdict: ReleaseVerdict }[];
}

/**
 * Every place in the user's lines where some judged release finds an option or a refusal, with
 * each release's verdict. `isUserLine` says which script lines the user wrote; `text` is the
 * script.
 */
export function releaseVerdicts(text: string, scans: readonly ReleaseScan[], isUserLine: (line: number) => boolean): OptionVerdicts[] {
  const places = new Map<number, { span: Span; line: number; text: string; byRelease: Map<SlurmRelease, ReleaseVerdict>; directive: boolean }>();
  // A place is shown as the directive some release reads there, else as the text a problem covers.
  const place = (start: number, span: Span, line: number, shown: string, directive: boolean) => {
    let found = places.get(start);
    if (!found || (directive && !found.directive)) places.set(start, (found = { span, line, text: shown, byRelease: found?.byRelease ?? new Map(), directive }));
    return found;
  };
  for (const { release, scan } of scans) {
    for (const directive of scan.directives) {
      if (!isUserLine(directive.line)) continue;
      const shown = directiveText(directive);
      const found = place(directive.nameSpan.start, directive.span, directive.line, shown, true);
      // sbatch checks each value as it reads it (heterogeneous components after the first are not modelled).
      const checked = directive.component === 0 ? checkSbatchValue(directive.option.name, directive.value?.text, release) : undefined;
      const refused = checked?.ok === false && {
        kind: 'refused' as const,
        message: `sbatch refuses ${shown}: "sbatch: error: ${checked.reason}"`,
        says: `sbatch: error: ${checked.reason}`,
        span: directive.value?.span ?? directive.span,
        line: directive.value?.line ?? directive.line,
      };
      found.byRelease.set(release, refused || { kind: 'accepted', option: directive.option.name });
    }
    for (const problem of scan.problems) {
      const verdict = problemVerdict(text, problem, release);
      if (!verdict || !isUserLine(problem.line)) continue;
      const start = optionStart(scan, problem.span.start);
      place(start, problem.span, problem.line, text.slice(start, problem.span.end), false).byRelease.set(release, verdict);
    }
  }
  return [...places.values()]
    .sort((a, b) => a.span.start - b.span.start)
    .map(({ span, line, text: shown, byRelease }) => ({
      span,
      line,
      text: shown,
      verdicts: scans.map(({ release }) => ({ release, verdict: byRelease.get(release) ?? { kind: 'accepted' } })),
    }));
}

type Refused = Extract<ReleaseVerdict, { kind: 'refused' }>;

/** The newest judged release's refusal, when every judged release refuses the job over this option (an unknown option excepted). */
export function refusedByEvery(verdicts: OptionVerdicts): Refused | undefined {
  const all = verdicts.verdicts.map(({ verdict }) => verdict);
  return all.every((verdict): verdict is Refused => verdict.kind === 'refused') ? all.at(-1) : undefined;
}

/** Whether the judged releases do not all read this option alike. */
export function releasesDisagree(verdicts: OptionVerdicts): boolean {
  const [first, ...rest] = verdicts.verdicts.map(({ verdict }) => verdictClass(verdict));
  return rest.some((other) => other !== first);
}

/** Verdicts that mean the same for the job are one class: two refusals, whatever the reason. */
export function verdictClass(verdict: ReleaseVerdict): string {
  return verdict.kind === 'accepted' ? `accepted:${verdict.option ?? ''}` : verdict.kind;
}

function problemVerdict(text: string, problem: DirectiveProblem, release: SlurmRelease): ReleaseVerdict | undefined {
  const first = problem.sbatchSays?.split('\n')[0];
  const says = first ? `: sbatch says "${first}"` : '';
  const refused = { kind: 'refused' as const, says: first ?? problem.message, span: problem.span, line: problem.line };
  if (REFUSING.has(problem.kind)) return { ...refused, message: `${problem.message}${says}` };
  if (problem.kind !== 'unknown-option') return undefined;
  // A name some release has is no plugin's: this release refuses it for certain.
  const name = text.slice(problem.span.start, problem.span.end).replace(/^--/, '');
  if (!isStockSbatchOption(name)) return { kind: 'unknown', problem };
  return { ...refused, message: `sbatch ${release} has no --${name} (${optionHistory(name)})${says}` };
}

/** Where the argument holding a problem starts: `--requeue=1` is refused at its `=`, but is the option `--requeue`. */
function optionStart(scan: HeaderScan, offset: number): number {
  const token = scan.tokens.find((candidate) => candidate.span.start <= offset && offset < candidate.span.end);
  return token?.text.startsWith('--') ? token.offsets[0]! : offset;
}
