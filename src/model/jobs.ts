/**
 * The batch jobs the config asks for: one per provider whose scheduler's output is modelled
 * (src/scheduler/registry.ts), built once per lint from the config, the target release's defaults
 * and the source text. Each job is the script parsl will write, as its scheduler reads it, tied
 * back to the TOML file: a span of the script that came from a string field maps to its exact
 * columns in the file.
 */
import { pythonDefault, type ParslCatalog } from '../catalog/index.js';
import { replace, type TextEdit } from '../document/edits.js';
import type { Span } from '../document/source.js';
import { tomlStringContent } from '../fixes/toml-string.js';
import type { StringLocator } from '../document/strings.js';
import type { TomlEntry, TomlScalar } from '../document/tree.js';
import type { FieldValues, ReadingContext, SchedulerAdapter, ScriptFields, ScriptReading, SubmittedScript } from '../scheduler/adapter.js';
import { schedulerOf } from '../scheduler/registry.js';
import { locateInField, type ScriptContext, type ScriptLine } from '../scheduler/rendered-script.js';
import type { Executor, ParslObject, QiimeConfig } from './config.js';
import { planJob, type JobPlan } from './job-plan.js';

/** Maps characters of a string value to their columns in the file. */
export type Locate = (node: TomlScalar & { value: string }) => StringLocator;

export interface Job {
  readonly provider: ParslObject;
  /** The executor the provider belongs to, when it is one's `provider`. */
  readonly executor: Executor | undefined;
  readonly scheduler: SchedulerAdapter;
  /** What parsl writes the script from: the fields written, over the target release's defaults. */
  readonly fields: FieldValues;
  readonly script: SubmittedScript;
  readonly reading: ScriptReading;
  /** What the job asks the cluster for, per block and at max_blocks. */
  readonly plan: JobPlan;
  /** The provider key a field was written under; undefined when parsl's default applies. */
  entry(field: string): TomlEntry | undefined;
  /** The rendered line with this 0-based index. */
  lineOf(index: number): ScriptLine;
  /** Where a span of the script was written in the TOML file, when a string field holds it. */
  sourceSpan(span: Span): Span | undefined;
  /**
   * The file edit that replaces a span of the script with `text`, written as the string holding
   * it needs (`\n` in a one-line basic string); undefined where no string holds the span or its
   * style cannot hold the text.
   */
  sourceEdit(span: Span, text: string): TextEdit | undefined;
}

export function buildJobs(config: QiimeConfig, catalog: ParslCatalog, locate: Locate, site: ReadingContext = {}): Job[] {
  const jobs: Job[] = [];
  for (const provider of config.objects) {
    const scheduler = provider.group === 'providers' && provider.table ? schedulerOf(provider.className) : undefined;
    if (!scheduler?.job) continue;
    const fields = fieldValues(provider, scheduler.job.fields, catalog);
    const script = scheduler.job.render(provider.className!, fields, scriptContext(provider));
    const executor = config.executors.find((candidate) => candidate.provider === provider);
    const reading = scheduler.job.read(provider.className!, script, site);
    jobs.push(new BoundJob(provider, executor, scheduler, fields, script, reading, planJob(provider, executor, fields, catalog), locate));
  }
  return jobs;
}

/**
 * A job, with what ties it back to the TOML file. A class, so its methods are shared: a batch
 * builds tens of thousands of jobs, and closures made per job cost more than the rest of it.
 */
class BoundJob implements Job {
  constructor(
    readonly provider: ParslObject,
    readonly executor: Executor | undefined,
    readonly scheduler: SchedulerAdapter,
    readonly fields: FieldValues,
    readonly script: SubmittedScript,
    readonly reading: ScriptReading,
    readonly plan: JobPlan,
    private readonly locate: Locate,
  ) {}

  entry(field: string): TomlEntry | undefined {
    return this.provider.params.get(field);
  }

  lineOf(index: number): ScriptLine {
    return this.script.lines[index]!;
  }

  sourceSpan(span: Span): Span | undefined {
    return this.inString(span)?.at;
  }

  sourceEdit(span: Span, text: string): TextEdit | undefined {
    const found = this.inString(span);
    const written = found?.string.stringStyle && tomlStringContent(found.string.stringStyle, text);
    return found && written !== undefined ? replace(found.at, written) : undefined;
  }

  /** The string field a span of the script was copied from, and where in its value. */
  private inString(span: Span): { string: TomlScalar & { value: string }; at: Span } | undefined {
    const inField = locateInField(this.script, span);
    const node = inField && this.provider.params.get(inField.field)?.value;
    if (!inField || node?.kind !== 'scalar' || typeof node.value !== 'string') return undefined;
    const string = node as TomlScalar & { value: string };
    return { string, at: this.locate(string).spanOf(inField.start, inField.end) };
  }
}

/**
 * Each field the script needs, as written when it has the type parsl's constructor accepts, else
 * the target release's default. A wrongly typed value stops QIIME 2 before any script is written
 * (parameter-type reports it), so the script shows the default instead.
 */
function fieldValues(provider: ParslObject, needed: ScriptFields, catalog: ParslCatalog): FieldValues {
  // A fresh object: the defaults written over.
  const values = releaseDefaults(provider.className!, needed, catalog) as Record<string, string | number | boolean | null>;
  for (const [names, accepts] of fieldTypes(needed)) {
    for (const name of names) {
      const node = provider.params.get(name)?.value;
      if (node?.kind === 'scalar' && accepts(node.value)) values[name] = node.value as string | number | boolean;
    }
  }
  return values;
}

/** The target release's defaults of the fields a script needs (`None` as null), where they are plain literals of the right type. */
export function releaseDefaults(providerClass: string, needed: ScriptFields, catalog: ParslCatalog): FieldValues {
  const spec = catalog.lookup('providers', providerClass);
  const values: Record<string, string | number | boolean | null> = {};
  for (const [names, accepts] of fieldTypes(needed)) {
    for (const name of names) {
      const param = spec?.params.get(name);
      const fallback = param ? pythonDefault(param) : undefined;
      if (fallback !== undefined && (fallback === null || accepts(fallback))) values[name] = fallback;
    }
  }
  return values;
}

const isString = (value: unknown): boolean => typeof value === 'string';
const isBoolean = (value: unknown): boolean => typeof value === 'boolean';

function fieldTypes(needed: ScriptFields): [readonly string[], (value: unknown) => boolean][] {
  return [
    [needed.strings, isString],
    [needed.integers, Number.isInteger],
    [needed.booleans, isBoolean],
  ];
}

/**
 * The label written on the executor a provider belongs to, if it is a string. Without one, the
 * renderers name the job after HighThroughputExecutor's default label (`blockName()` in
 * src/scheduler/rendered-script.ts).
 */
export function writtenExecutorLabel(provider: ParslObject): string | undefined {
  const label = provider.parent?.params.get('label')?.value;
  return label?.kind === 'scalar' && typeof label.value === 'string' ? label.value : undefined;
}

function scriptContext(provider: ParslObject): ScriptContext {
  const executorLabel = writtenExecutorLabel(provider);
  return executorLabel === undefined ? {} : { executorLabel };
}
