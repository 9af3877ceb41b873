/**
 * What a SlurmProvider's job asks the cluster for, as sbatch will read it: the value of each
 * setting that the site's limits judge (partition, time, memory, CPUs, nodes, account, QOS),
 * whichever wins of a provider field (`partition = "gpu"`) and a line of `scheduler_options`
 * (`#SBATCH -p gpu`), with where the user wrote it.
 *
 * This module is the only reader of Slurm's reading of a job (`job.reading.slurm`) for the site
 * rules and `--sbatch-test`.
 */
import { scalarText } from '../document/number-text.js';
import type { Span } from '../document/source.js';
import type { TomlNode } from '../document/tree.js';
import type { Job } from '../model/jobs.js';
import { directiveText } from '../scheduler/slurm/adapter.js';

/** The sbatch settings the profile rules judge, by sbatch's option names. */
export type RequestedSetting = 'partition' | 'time' | 'mem' | 'mem-per-cpu' | 'cpus-per-task' | 'nodes' | 'account' | 'qos';

const SETTINGS: readonly RequestedSetting[] = ['partition', 'time', 'mem', 'mem-per-cpu', 'cpus-per-task', 'nodes', 'account', 'qos'];

export interface RequestedValue {
  /** The value sbatch reads (`1440` for `walltime = "24:00:00"`, `96g` for `mem_per_node = 96`). */
  readonly text: string;
  /** Where to report it: the value the user wrote, or the provider table for a parsl default. */
  readonly at: Span;
  /** How a message names what the user wrote: `walltime = "24:00:00"`, `"--mem=8G" in scheduler_options`. */
  readonly written: string;
}

export type SlurmRequest = Readonly<Partial<Record<RequestedSetting, RequestedValue>>>;

/** The settings a Slurm job requests; undefined for a job of another scheduler. */
export function slurmRequest(job: Job): SlurmRequest | undefined {
  if (!job.reading.slurm) return undefined;
  const request: Partial<Record<RequestedSetting, RequestedValue>> = {};
  for (const setting of SETTINGS) {
    const value = requestedValue(job, setting);
    if (value) request[setting] = value;
  }
  return request;
}

/** The value sbatch keeps for one setting (`partition`, `mem-per-cpu`, any sbatch option name), and where it was written. */
export function requestedValue(job: Job, setting: string): RequestedValue | undefined {
  const directive = job.reading.slurm?.effective.get(setting);
  const table = job.provider.table;
  if (!table || !directive?.value) return undefined;
  const line = job.lineOf(directive.line);
  const text = directive.value.text;
  if (line.source === 'scheduler_options' || line.source === 'worker_init') {
    const at = job.sourceSpan(directive.value.span) ?? job.entry(line.source)?.value.span;
    return at && { text, at, written: `"${directiveText(directive)}" in ${line.source}` };
  }
  if (!line.field) return undefined;
  const entry = job.entry(line.field);
  return entry
    ? { text, at: entry.value.span, written: `${line.field} = ${shown(entry.value)}` }
    : { text, at: table.span, written: `${line.field} (parsl's default, "--${setting}=${text}")` };
}

/** The batch script parsl writes for a Slurm job's blocks; undefined for another scheduler's. */
export function slurmScript(job: Job): string | undefined {
  return job.reading.slurm ? job.script.text : undefined;
}

function shown(node: TomlNode): string {
  return node.kind === 'scalar' ? scalarText(node) : '…';
}
