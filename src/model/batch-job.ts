/**
 * A batch-scheduler provider as the script parsl will write for it, tied back to the TOML file:
 * every line that came from the user's `scheduler_options` or `worker_init` can be reported at
 * its exact columns in the file.
 *
 * `bindJob()` is the scheduler-neutral part (src/model/slurm-job.ts builds on it too);
 * `schedulerJob()` renders and reads the script of a PBS Pro, Torque, LSF or Grid Engine provider
 * (src/scheduler/pbs, lsf, grid-engine).
 */
import type { Span } from '../document/source.js';
import type { StringLocator } from '../document/strings.js';
import type { TomlEntry, TomlScalar } from '../document/tree.js';
import type { DirectiveScan } from '../scheduler/directive-scan.js';
import { analyzeGridEngineHeader } from '../scheduler/grid-engine/header.js';
import { scanLsfScript } from '../scheduler/lsf/directives.js';
import { renderLsfHeader } from '../scheduler/lsf/header.js';
import type { SettingOverride } from '../scheduler/overrides.js';
import { analyzePbsHeader } from '../scheduler/pbs/header.js';
import { locateInField, type RenderedScript, type ScriptContext, type ScriptLine } from '../scheduler/rendered-script.js';
import type { ParslObject } from './config.js';

/** `RuleContext.locate`. */
export type Locate = (node: TomlScalar & { value: string }) => StringLocator;

export interface BatchJob<Field extends string = string> {
  readonly provider: ParslObject;
  readonly script: { readonly lines: readonly ScriptLine<Field>[] };
  /** The provider key a field was written under. */
  entry(field: Field): TomlEntry | undefined;
  /** The rendered line with this 0-based index. */
  lineOf(index: number): ScriptLine<Field>;
  /** Where a span of the script was written in the TOML file, when a string field holds it. */
  sourceSpan(span: Span): Span | undefined;
}

export function bindJob<Field extends string>(
  provider: ParslObject,
  script: { readonly lines: readonly ScriptLine<Field>[] },
  locate: Locate,
): BatchJob<Field> {
  return {
    provider,
    script,
    entry: (field) => provider.params.get(field),
    lineOf: (index) => script.lines[index]!,
    sourceSpan(span) {
      const inField = locateInField(script, span);
      const node = inField && provider.params.get(inField.field)?.value;
      if (!inField || node?.kind !== 'scalar' || typeof node.value !== 'string') return undefined;
      return locate(node as TomlScalar & { value: string }).spanOf(inField.start, inField.end);
    },
  };
}

/**
 * The label written on the executor a provider belongs to, if it is a string. The class default
 * would need the catalog, which the jobs are built without; the renderers supply
 * HighThroughputExecutor's instead (`blockName()` in src/scheduler/rendered-script.ts).
 */
export function writtenExecutorLabel(provider: ParslObject): string | undefined {
  const label = provider.parent?.params.get('label')?.value;
  return label?.kind === 'scalar' && typeof label.value === 'string' ? label.value : undefined;
}

/** What the script takes from outside the provider. */
export function scriptContext(provider: ParslObject): ScriptContext {
  const executorLabel = writtenExecutorLabel(provider);
  return executorLabel === undefined ? {} : { executorLabel };
}

/** Whether a line was written by the user (in `scheduler_options` or `worker_init`) rather than by parsl. */
export function isUserLine(line: ScriptLine): boolean {
  return line.source === 'scheduler_options' || line.source === 'worker_init';
}

export type Scheduler = 'pbs' | 'lsf' | 'grid-engine';

export interface SchedulerJob extends BatchJob {
  readonly scheduler: Scheduler;
  readonly script: RenderedScript;
  /** The command that reads the script. */
  readonly submitCommand: 'qsub' | 'bsub';
  /** The script as the scheduler reads it; line indices match `script.lines`. */
  readonly scan: DirectiveScan;
  /** Options set more than once where the scheduler's precedence is known, with the value it keeps. */
  readonly overrides: readonly SettingOverride[];
}

const jobs = new WeakMap<ParslObject, SchedulerJob | null>();

/** The job of a PBSProProvider, TorqueProvider, LSFProvider or GridEngineProvider; computed once per lint. */
export function schedulerJob(provider: ParslObject, locate: Locate): SchedulerJob | undefined {
  if (!provider.table) return undefined;
  let job = jobs.get(provider);
  if (job === undefined) {
    job = buildJob(provider, locate) ?? null;
    jobs.set(provider, job);
  }
  return job ?? undefined;
}

function buildJob(provider: ParslObject, locate: Locate): SchedulerJob | undefined {
  const context = scriptContext(provider);
  const fields = new FieldReader(provider);
  const strings = fields.strings('walltime', 'scheduler_options', 'worker_init');
  switch (provider.className) {
    case 'PBSProProvider':
    case 'TorqueProvider': {
      const pbsFields = { ...strings, ...fields.strings('select_options', 'queue', 'account'), ...fields.integers('nodes_per_block', 'cpus_per_node') };
      const { script, scan, overrides } = analyzePbsHeader(provider.className, pbsFields, context);
      return { ...bindJob(provider, script, locate), scheduler: 'pbs', script, submitCommand: 'qsub', scan, overrides };
    }
    case 'LSFProvider': {
      const lsfFields = {
        ...strings,
        ...fields.strings('project', 'queue'),
        ...fields.integers('nodes_per_block', 'cores_per_block', 'cores_per_node'),
        ...fields.booleans('request_by_nodes'),
      };
      const script = renderLsfHeader(lsfFields, context);
      return { ...bindJob(provider, script, locate), scheduler: 'lsf', script, submitCommand: 'bsub', scan: scanLsfScript(script.text), overrides: [] };
    }
    case 'GridEngineProvider': {
      const { script, scan, overrides } = analyzeGridEngineHeader(strings, context);
      return { ...bindJob(provider, script, locate), scheduler: 'grid-engine', script, submitCommand: 'qsub', scan, overrides };
    }
    default:
      return undefined;
  }
}

/**
 * Reads scalar parameters of one type. A value of another type makes parsl fail or write
 * something else; other rules report it, so it is left out here.
 */
export class FieldReader {
  constructor(private readonly provider: ParslObject) {}

  strings<Name extends string>(...names: Name[]): Partial<Record<Name, string>> {
    return this.pick(names, (value): value is string => typeof value === 'string');
  }

  integers<Name extends string>(...names: Name[]): Partial<Record<Name, number>> {
    return this.pick(names, (value): value is number => Number.isInteger(value));
  }

  booleans<Name extends string>(...names: Name[]): Partial<Record<Name, boolean>> {
    return this.pick(names, (value): value is boolean => typeof value === 'boolean');
  }

  private pick<Name extends string, Value>(names: Name[], accept: (value: unknown) => value is Value): Partial<Record<Name, Value>> {
    const picked: Partial<Record<Name, Value>> = {};
    for (const name of names) {
      const node = this.provider.params.get(name)?.value;
      if (node?.kind === 'scalar' && accept(node.value)) picked[name] = node.value;
    }
    return picked;
  }
}
