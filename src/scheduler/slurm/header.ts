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
import type { Span } from '../../document/source.js';
import { parslWalltimeToMinutes, type ParslWalltimeMinutes } from '../walltime.js';
import { scanBatchHeader, type Directive, type HeaderScan, type ScanOptions } from './directives.js';
import { sbatchSettingName } from './options.js';

/** The SlurmProvider parameters that shape the script, by their parsl names; unset means parsl's default. */
export interface SlurmProviderFields {
  /** Default `'00:10:00'`. */
  readonly walltime?: string;
  /** Default 1. */
  readonly nodes_per_block?: number;
  readonly cores_per_node?: number | null;
  /** GB. */
  readonly mem_per_node?: number | null;
  /** Default true. */
  readonly exclusive?: boolean;
  readonly partition?: string | null;
  readonly account?: string | null;
  readonly qos?: string | null;
  readonly constraint?: string | null;
  readonly clusters?: string | null;
  readonly gpus_per_node?: number | null;
  readonly gres?: string | null;
  /** Default `''`. */
  readonly scheduler_options?: string;
  /** Default `''`. */
  readonly worker_init?: string;
}

export type SlurmProviderField = keyof SlurmProviderFields;

/**
 * Values parsl takes from outside the provider. Only their spelling matters to sbatch (a label
 * with a blank splits `--job-name`); the defaults are placeholders without blanks.
 */
export interface SlurmScriptContext {
  /** The executor's label; parsl names the job `parsl.<label>.block-<id>.<time.time()>`. */
  readonly executorLabel?: string;
  /** `<run_dir>/submit_scripts`, absolute. */
  readonly scriptDir?: string;
}

/**
 * - `template`: a fixed line of parsl's template;
 * - `scheduler_options` / `worker_init`: a line of the user's string;
 * - `appended`: a line parsl adds for a field (`--exclusive`, `--partition`, ..., `--mem`,
 *   `--cpus-per-task`, and the `export PARSL_*` lines after `worker_init`).
 */
export type HeaderLineSource = 'template' | 'scheduler_options' | 'appended' | 'worker_init';

export interface RenderedLine {
  /** 0-based; the same index as the line in `scan.lines` and in directive and problem records. */
  readonly index: number;
  readonly text: string;
  /** Offset of the line in the rendered script. */
  readonly start: number;
  readonly source: HeaderLineSource;
  /** The provider parameter the line comes from. */
  readonly field?: SlurmProviderField;
  /**
   * Where the field's own string shows in this line: the line's text from `column` on, for
   * `length` code units, is the field's string from `offset` on. For a `scheduler_options` line,
   * `column` is 0 and `offset` is where the line starts in the user's string.
   */
  readonly fieldText?: { readonly column: number; readonly offset: number; readonly length: number };
}

export interface RenderedSlurmScript {
  /** The script up to and including `export JOBNAME=...`, which always ends the header. */
  readonly text: string;
  readonly lines: readonly RenderedLine[];
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

interface Piece {
  readonly text: string;
  readonly source: HeaderLineSource;
  readonly field?: SlurmProviderField;
  /** Set when `text` is the field's string verbatim, from this offset. */
  readonly fieldOffset?: number;
}

/** The script parsl writes for these fields (A10 template order). */
export function renderSlurmHeader(fields: SlurmProviderFields, context: SlurmScriptContext = {}): RenderedSlurmScript {
  const walltime = parslWalltimeToMinutes(fields.walltime ?? '00:10:00');
  const jobName = `parsl.${context.executorLabel ?? 'HighThroughputExecutor'}.block-0.1700000000.0`;
  const scriptPath = `${context.scriptDir ?? '/path/to/runinfo/000/submit_scripts'}/${jobName}`;
  const template = (text: string, field?: SlurmProviderField): Piece => ({ text, source: 'template', ...(field && { field }) });

  const pieces: Piece[] = [
    template(`#!/bin/bash\n\n#SBATCH --job-name=${jobName}\n`),
    template(`#SBATCH --output=${scriptPath}.stdout\n#SBATCH --error=${scriptPath}.stderr\n`),
    template(`#SBATCH --nodes=${pythonInt(fields.nodes_per_block ?? 1)}\n`, 'nodes_per_block'),
  ];
  if (walltime.ok) pieces.push(template(`#SBATCH --time=${walltime.minutes}\n`, 'walltime'));
  pieces.push(template(`#SBATCH --ntasks-per-node=${TASKS_PER_NODE}\n`));
  pieces.push(...schedulerOptionsPieces(fields));
  pieces.push(template('\n\n'));
  pieces.push(...workerInitPieces(fields));
  pieces.push(template(`\n\nexport JOBNAME="${jobName}"\n`));

  return {
    text: pieces.map((piece) => piece.text).join(''),
    lines: splitIntoLines(pieces),
    walltime,
    ...(!walltime.ok && { submitError: walltime.reason }),
  };
}

/** `self.scheduler_options` as `__init__` builds it, plus what `submit()` adds. */
function schedulerOptionsPieces(fields: SlurmProviderFields): Piece[] {
  const pieces: Piece[] = [
    { text: fields.scheduler_options ?? '', source: 'scheduler_options', field: 'scheduler_options', fieldOffset: 0 },
    { text: '\n', source: 'scheduler_options', field: 'scheduler_options' },
  ];
  const append = (field: SlurmProviderField, prefix: string, value?: string): void => {
    pieces.push({ text: prefix, source: 'appended', field });
    if (value !== undefined) pieces.push({ text: value, source: 'appended', field, fieldOffset: 0 });
    pieces.push({ text: '\n', source: 'appended', field });
  };
  // Python truthiness: None, '' and 0 add nothing.
  if (fields.exclusive ?? true) append('exclusive', '#SBATCH --exclusive');
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
    { text: fields.worker_init ?? '', source: 'worker_init', field: 'worker_init', fieldOffset: 0 },
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

/** str() of a Python int (typeguard makes these ints); no exponent notation for big ones. */
function pythonInt(value: number): string {
  return Number.isInteger(value) ? BigInt(value).toString() : String(value);
}

/**
 * Cuts the concatenated pieces into lines. A line belongs to the piece its first character comes
 * from (for an empty line, the piece holding its newline).
 */
function splitIntoLines(pieces: readonly Piece[]): RenderedLine[] {
  const placed: { piece: Piece; start: number; end: number }[] = [];
  let offset = 0;
  for (const piece of pieces) {
    placed.push({ piece, start: offset, end: offset + piece.text.length });
    offset += piece.text.length;
  }
  const text = pieces.map((piece) => piece.text).join('');
  const lines: RenderedLine[] = [];
  let start = 0;
  for (const [index, lineText] of text.slice(0, -1).split('\n').entries()) {
    const end = start + lineText.length;
    const owner = placed.find((entry) => entry.start <= start && start < entry.end)!;
    // Pieces holding a field's string verbatim always start a line or follow a prefix on it.
    const verbatim = placed.find((entry) => entry.piece.fieldOffset !== undefined && entry.start <= end && entry.end >= start);
    let fieldText: RenderedLine['fieldText'];
    if (verbatim !== undefined) {
      const from = Math.max(verbatim.start, start);
      const to = Math.min(verbatim.end, end);
      fieldText = { column: from - start, offset: verbatim.piece.fieldOffset! + (from - verbatim.start), length: to - from };
    }
    const { source, field } = owner.piece;
    lines.push({ index, text: lineText, start, source, ...(field && { field }), ...(fieldText && { fieldText }) });
    start = end + 1;
  }
  return lines;
}

/** A span of the rendered script expressed in one field's own string. */
export interface FieldSpan {
  readonly field: SlurmProviderField;
  readonly start: number;
  readonly end: number;
}

/**
 * Maps a span of the rendered script back into the string of the field it was written from
 * (the user's `scheduler_options`, a `partition` value, ...). Undefined when the span is not
 * inside one line's copy of a field string (e.g. a template line, or a span across lines).
 */
export function locateInField(script: RenderedSlurmScript, span: Span): FieldSpan | undefined {
  const line = script.lines.find((candidate) => candidate.start <= span.start && span.start <= candidate.start + candidate.text.length);
  if (line?.fieldText === undefined || line.field === undefined) return undefined;
  const from = line.start + line.fieldText.column;
  if (span.start < from || span.end > from + line.fieldText.length) return undefined;
  return { field: line.field, start: line.fieldText.offset + (span.start - from), end: line.fieldText.offset + (span.end - from) };
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

export interface SlurmHeaderAnalysis extends EffectiveSbatchSettings {
  readonly script: RenderedSlurmScript;
  /** The rendered script as sbatch reads it; line indices match `script.lines`. */
  readonly scan: HeaderScan;
}

/** Renders the script and reads its header as sbatch does (first job component). */
export function analyzeSlurmHeader(
  fields: SlurmProviderFields,
  context: SlurmScriptContext = {},
  options: ScanOptions = {},
): SlurmHeaderAnalysis {
  const script = renderSlurmHeader(fields, context);
  const scan = scanBatchHeader(script.text, options);
  return { script, scan, ...effectiveSbatchSettings(scan.directives) };
}
