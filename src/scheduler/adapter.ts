/**
 * What parsl-lint knows about one batch scheduler, in one descriptor: the provider classes that
 * submit to it, the command that reads what parsl writes, its directive prefixes, how parsl
 * writes the walltime, and — where parsl's output is modelled — how to render a provider's
 * script and how the scheduler reads it. The registry (registry.ts) lists every adapter; the
 * model builds one job per provider from them (src/model/jobs.ts) and rules read jobs, never a
 * scheduler's internals.
 *
 * Adding a scheduler is one folder `src/scheduler/<name>/` with an `adapter.ts`, one line in
 * registry.ts, and fixtures.
 */
import type { Span } from '../document/source.js';
import type { HeaderScan } from './slurm/directives.js';
import type { EffectiveSbatchSettings } from './slurm/header.js';
import type { SlurmRelease } from './slurm/options.js';
import type { OptionVerdicts } from './slurm/release-verdicts.js';
import type { ScannedLine } from './directive-scan.js';
import type { SettingOverride, WrittenSetting } from './overrides.js';
import type { RenderedScript, ScriptContext } from './rendered-script.js';

/**
 * How parsl turns `walltime` into the job's time limit:
 * - `minutes`: `wtime_to_minutes()` (parsl/utils.py) at submit time, so it must be `H:M:S`;
 * - `verbatim`: written as given, so the scheduler's own duration format applies;
 * - `unused`: accepted by the constructor and never sent to the scheduler.
 */
export interface WalltimeUse {
  readonly use: 'minutes' | 'verbatim' | 'unused';
  /** Where the value ends up, for messages: `#SBATCH --time=<minutes>`. */
  readonly writtenAs?: string;
  /** The parsl code that decides it. */
  readonly source: string;
}

/** A provider's parameters as parsl sees them when it writes the script: those written, over the target release's defaults. */
export type FieldValues = Readonly<Record<string, string | number | boolean | null>>;

/** The parameters that shape the script, by the type parsl's constructor needs; others are not read. */
export interface ScriptFields {
  readonly strings: readonly string[];
  readonly integers: readonly string[];
  readonly booleans: readonly string[];
}

/** A script as parsl renders it, with what the submit command takes from outside it. */
export interface SubmittedScript extends RenderedScript {
  /** Options parsl puts on the submit command's line (`qsub -q <queue>`), which beat the script's. */
  readonly commandLine?: readonly WrittenSetting[];
  /** Set when parsl raises in `submit()` before writing any script (a walltime it cannot read). */
  readonly submitError?: string;
}

/**
 * - `lookalike-directive`: a comment that was probably meant as a directive;
 * - `after-header-end`: a directive after the line that ended the header, which is skipped;
 * - `missing-prefix`: an option line without the directive prefix, run as a shell command;
 * - and for Slurm the finer kinds of src/scheduler/slurm/directives.ts (`hash-ends-line`, ...).
 */
export interface IgnoredText {
  readonly kind: string;
  /** In the script. */
  readonly span: Span;
  /** 0-based line of the script. */
  readonly line: number;
  readonly message: string;
  /** An edit of the script that makes the line the directive it was meant to be. */
  readonly repair?: { readonly span: Span; readonly text: string; readonly description: string };
}

/** What makes the submit command refuse the whole job, in text the user wrote. */
export interface Refusal {
  readonly span: Span;
  readonly line: number;
  readonly message: string;
}

/** An override, with what to set instead where parsl writes the option from a field. */
export interface JudgedOverride extends SettingOverride {
  readonly advice?: string;
  /** parsl writes the option only as a fallback that a user's value is meant to replace (PBS's `-m n`). */
  readonly userMayReplace?: boolean;
}

/** The detail only Slurm's reading has: sbatch's own parse, as rules about options need it. */
export interface SlurmReading extends EffectiveSbatchSettings {
  /** The Slurm releases the script was read for, oldest first: the one named, else 22.05 … 25.11. */
  readonly releases: readonly SlurmRelease[];
  /** The script read by the newest judged sbatch (option names). */
  readonly scan: HeaderScan;
  /** The same script read by the oldest judged sbatch. */
  readonly oldestScan: HeaderScan;
  /** Each option the user wrote, as every judged release reads it. */
  readonly verdicts: readonly OptionVerdicts[];
}

/** What reading a script depends on besides the script: the site's scheduler release, when known. */
export interface ReadingContext {
  /** The Slurm release the site runs; undefined: judge for every release from 22.05 to 25.11. */
  readonly slurmRelease?: SlurmRelease;
}

/** A script as its scheduler reads it; line indices match the rendered script's lines. */
export interface ScriptReading {
  readonly lines: readonly ScannedLine[];
  /** Index of the line that ended the header, for schedulers that stop reading there. */
  readonly headerEnd?: number;
  /** Text the scheduler skips, silently or with a warning. */
  readonly ignored: readonly IgnoredText[];
  /** Options set more than once, with the value the scheduler keeps (where its precedence is known). */
  readonly overrides: readonly JudgedOverride[];
  /** Why the submit command would refuse the job; empty when it accepts it. */
  readonly refusals: readonly Refusal[];
  readonly slurm?: SlurmReading;
}

/** How parsl writes a provider's job and how its scheduler reads it. */
export interface JobModel {
  readonly fields: ScriptFields;
  /**
   * `fields` holds each field written with the right type, else the target release's default
   * (every field with a default in parsl has one in the catalog), else nothing.
   */
  render(providerClass: string, fields: FieldValues, context: ScriptContext): SubmittedScript;
  read(providerClass: string, script: SubmittedScript, context?: ReadingContext): ScriptReading;
}

export interface SchedulerAdapter {
  /** As people name it: `Slurm`, `PBS Pro`. */
  readonly name: string;
  readonly providers: readonly string[];
  /** The program that reads what parsl writes: `sbatch`. */
  readonly submitCommand: string;
  /** The directive prefix of its own scripts, if it reads any: `#SBATCH`. */
  readonly directivePrefix?: string;
  /** Every prefix the submit command reads directives from (sbatch also translates `#PBS` and `#BSUB`). */
  readonly reads: readonly string[];
  /** Whether its directives take long options (`--mem`); qsub and bsub have only letters. */
  readonly longOptions: boolean;
  readonly walltime: WalltimeUse;
  /** The fields parsl exports to the worker pool as PARSL_CORES and PARSL_MEMORY_GB (GB), if any. */
  readonly nodeFields?: { readonly cores: string; readonly memory: string };
  /** Absent where parsl's output is not modelled. */
  readonly job?: JobModel;
}
