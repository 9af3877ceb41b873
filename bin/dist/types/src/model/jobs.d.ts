/**
 * The batch jobs the config asks for: one per provider whose scheduler's output is modelled
 * (src/scheduler/registry.ts), built once per lint from the config, the target release's defaults
 * and the source text. Each job is the script parsl will write, as its scheduler reads it, tied
 * back to the TOML file: a span of the script that came from a string field maps to its exact
 * columns in the file.
 */
import { type ParslCatalog } from '../catalog/index.js';
import { type TextEdit } from '../document/edits.js';
import type { Span } from '../document/source.js';
import type { StringLocator } from '../document/strings.js';
import type { TomlEntry, TomlScalar } from '../document/tree.js';
import type { FieldValues, ReadingContext, SchedulerAdapter, ScriptFields, ScriptReading, SubmittedScript } from '../scheduler/adapter.js';
import { type ScriptLine } from '../scheduler/rendered-script.js';
import type { Executor, ParslObject, QiimeConfig } from './config.js';
import { type JobPlan } from './job-plan.js';
/** Maps characters of a string value to their columns in the file. */
export type Locate = (node: TomlScalar & {
    value: string;
}) => StringLocator;
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
export declare function buildJobs(config: QiimeConfig, catalog: ParslCatalog, locate: Locate, site?: ReadingContext): Job[];
/** The target release's defaults of the fields a script needs (`None` as null), where they are plain literals of the right type. */
export declare function releaseDefaults(providerClass: string, needed: ScriptFields, catalog: ParslCatalog): FieldValues;
/**
 * The label written on the executor a provider belongs to, if it is a string. Without one, the
 * renderers name the job after HighThroughputExecutor's default label (`blockName()` in
 * src/scheduler/rendered-script.ts).
 */
export declare function writtenExecutorLabel(provider: ParslObject): string | undefined;
