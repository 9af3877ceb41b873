/**
 * The batch script parsl's SlurmProvider writes, line by line, with where each line came from,
 * and what sbatch makes of its header.
 *
 * Sources (slurm.md A10; parsl-signatures/README.md "Batch-script headers"): parsl
 * `parsl/providers/slurm/template.py`, `SlurmProvider.__init__` and `submit()` in
 * `parsl/providers/slurm/slurm.py`, read at Parsl/parsl b8b474c7 and at tag 2024.04.15 (same
 * shape; `clusters` exists from 2024.11.18, `gpus_per_node` and `gres` from 2026.02.23).
 * Checked by running both parsl versions' `SlurmProvider.submit()` (dependencies stubbed, the
 * sbatch call replaced): the text rendered here is the start of the script parsl wrote, byte for
 * byte, and a walltime parsl rejects gives the same ValueError.
 */
import {
  assembleScript,
  fieldPiece,
  jobName,
  pythonInt,
  scriptDir,
  templatePiece,
  type RenderedScript,
  type ScriptContext,
  type ScriptLine,
  type ScriptPiece,
} from '../rendered-script.js';
import { parslWalltimeToMinutes, type ParslWalltimeMinutes } from '../walltime.js';
import type { Directive } from './directives.js';
import { sbatchSettingName } from './options.js';

/**
 * The SlurmProvider parameters that shape the script, by their parsl names. Those with a default
 * are required: the caller supplies the target release's (src/model/jobs.ts); the others are
 * unset or None when not written.
 */
export interface SlurmProviderFields {
  readonly walltime: string;
  readonly nodes_per_block: number;
  readonly cores_per_node?: number | null;
  /** GB. */
  readonly mem_per_node?: number | null;
  readonly exclusive: boolean;
  readonly partition?: string | null;
  readonly account?: string | null;
  readonly qos?: string | null;
  readonly constraint?: string | null;
  readonly clusters?: string | null;
  readonly gpus_per_node?: number | null;
  readonly gres?: string | null;
  readonly scheduler_options: string;
  readonly worker_init: string;
}

export type SlurmProviderField = keyof SlurmProviderFields;

/** A line of the script: where it came from and, for a field's string, where in that string. */
export type RenderedLine = ScriptLine<SlurmProviderField>;

/** The script up to and including `export JOBNAME=...`, which always ends the header. */
export interface RenderedSlurmScript extends RenderedScript<SlurmProviderField> {
  readonly walltime: ParslWalltimeMinutes;
  /**
   * Set when parsl would raise in `submit()` before writing any script (a walltime
   * `wtime_to_minutes` cannot read). The `--time` line is then left out; the rest is what parsl
   * would write once that is fixed.
   */
  readonly submitError?: string;
}

/**
 * `tasks_per_node` is not a SlurmProvider parameter: it is `submit()`'s argument, and every
 * BlockProviderExecutor (HighThroughputExecutor included) passes 1
 * (`self.provider.submit(launch_cmd, 1, job_name)` in parsl/executors/status_handling.py).
 */
const TASKS_PER_NODE = 1;

type Piece = ScriptPiece<SlurmProviderField>;

/** The script parsl writes for these fields (A10 template order). */
export function renderSlurmHeader(fields: SlurmProviderFields, context: ScriptContext = {}): RenderedSlurmScript {
  const walltime = parslWalltimeToMinutes(fields.walltime);
  const job = jobName(context);
  const scriptPath = `${scriptDir(context)}/${job}`;

  const pieces: Piece[] = [
    templatePiece(`#!/bin/bash\n\n#SBATCH --job-name=${job}\n`),
    templatePiece(`#SBATCH --output=${scriptPath}.stdout\n#SBATCH --error=${scriptPath}.stderr\n`),
    templatePiece(`#SBATCH --nodes=${pythonInt(fields.nodes_per_block)}\n`, 'nodes_per_block'),
  ];
  if (walltime.ok) pieces.push(templatePiece(`#SBATCH --time=${walltime.minutes}\n`, 'walltime'));
  pieces.push(templatePiece(`#SBATCH --ntasks-per-node=${TASKS_PER_NODE}\n`));
  pieces.push(...schedulerOptionsPieces(fields));
  pieces.push(templatePiece('\n\n'));
  pieces.push(...workerInitPieces(fields));
  pieces.push(templatePiece(`\n\nexport JOBNAME="${job}"\n`));

  return {
    ...assembleScript(pieces),
    walltime,
    ...(!walltime.ok && { submitError: walltime.reason }),
  };
}

/** `self.scheduler_options` as `__init__` builds it, plus what `submit()` adds. */
function schedulerOptionsPieces(fields: SlurmProviderFields): Piece[] {
  const pieces: Piece[] = [
    fieldPiece('scheduler_options', 'scheduler_options', fields.scheduler_options),
    { text: '\n', source: 'scheduler_options', field: 'scheduler_options' },
  ];
  const append = (field: SlurmProviderField, prefix: string, value?: string): void => {
    pieces.push({ text: prefix, source: 'appended', field });
    if (value !== undefined) pieces.push({ text: value, source: 'appended', field, fieldOffset: 0 });
    pieces.push({ text: '\n', source: 'appended', field });
  };
  // Python truthiness: None, '' and 0 add nothing.
  if (fields.exclusive) append('exclusive', '#SBATCH --exclusive');
  for (const field of ['partition', 'account', 'qos', 'constraint', 'clusters'] as const) {
    const value = fields[field];
    if (value) append(field, `#SBATCH --${field}=`, value);
  }
  if (fields.gpus_per_node) append('gpus_per_node', `#SBATCH --gpus-per-node=${pythonInt(fields.gpus_per_node)}`);
  if (fields.gres) append('gres', '#SBATCH --gres=', fields.gres);
  // submit(): `is not None`, so 0 is written.
  if (fields.mem_per_node !== undefined && fields.mem_per_node !== null) {
    append('mem_per_node', `#SBATCH --mem=${pythonInt(fields.mem_per_node)}g`);
  }
  if (fields.cores_per_node !== undefined && fields.cores_per_node !== null) {
    // math.floor(cores_per_node / tasks_per_node), and no newline after it.
    const cpusPerTask = Math.floor(fields.cores_per_node / TASKS_PER_NODE);
    pieces.push({ text: `#SBATCH --cpus-per-task=${pythonInt(cpusPerTask)}`, source: 'appended', field: 'cores_per_node' });
  }
  return pieces;
}

/** `worker_init + '\n'`, then the exports `submit()` adds. */
function workerInitPieces(fields: SlurmProviderFields): Piece[] {
  const pieces: Piece[] = [
    fieldPiece('worker_init', 'worker_init', fields.worker_init),
    { text: '\n', source: 'worker_init', field: 'worker_init' },
  ];
  if (fields.mem_per_node !== undefined && fields.mem_per_node !== null) {
    pieces.push({ text: `export PARSL_MEMORY_GB=${pythonInt(fields.mem_per_node)}\n`, source: 'appended', field: 'mem_per_node' });
  }
  if (fields.cores_per_node !== undefined && fields.cores_per_node !== null) {
    const cpusPerTask = Math.floor(fields.cores_per_node / TASKS_PER_NODE);
    pieces.push({ text: `export PARSL_CORES=${pythonInt(cpusPerTask)}\n`, source: 'appended', field: 'cores_per_node' });
  }
  return pieces;
}

export interface SbatchOverride {
  /** The canonical setting both directives write (`sbatchSettingName`). */
  readonly setting: string;
  /** The earlier directive, whose value is lost. */
  readonly overridden: Directive;
  /** The later directive that replaces it. */
  readonly by: Directive;
}

export interface EffectiveSbatchSettings {
  /** Setting name → the directive whose value sbatch keeps. */
  readonly effective: ReadonlyMap<string, Directive>;
  /** In script order. */
  readonly overrides: readonly SbatchOverride[];
}

/**
 * Within a script the last occurrence of a setting wins, silently (slurm.md A2, verified: two
 * `--time`, two `-p`, two `--mem`, two values on one line). Options that write the same field
 * count as one setting (`--exclusive`/`--oversubscribe`, `--cluster`/`--clusters`, ...).
 * Command-line-only options are left out: sbatch ignores them in a script.
 */
export function effectiveSbatchSettings(directives: readonly Directive[], component = 0): EffectiveSbatchSettings {
  const effective = new Map<string, Directive>();
  const overrides: SbatchOverride[] = [];
  for (const directive of directives) {
    if (directive.component !== component || directive.option.commandLineOnly) continue;
    const setting = sbatchSettingName(directive.option);
    const earlier = effective.get(setting);
    if (earlier !== undefined) overrides.push({ setting, overridden: earlier, by: directive });
    effective.set(setting, directive);
  }
  return { effective, overrides };
}
