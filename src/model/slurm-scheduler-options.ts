/**
 * The sbatch directives in a SlurmProvider's `scheduler_options`, read the way sbatch reads them
 * (src/scheduler/slurm/directives.ts), with the string they came from, so that a rule can point
 * at one option inside it.
 */
import type { TomlScalar } from '../document/tree.js';
import { scanBatchHeader, type Directive } from '../scheduler/slurm/directives.js';
import { stringParam, type ParslObject } from './config.js';

export interface SchedulerOptions {
  readonly node: TomlScalar & { value: string };
  readonly directives: readonly Directive[];
}

export function slurmSchedulerOptions(provider: ParslObject): SchedulerOptions | undefined {
  if (provider.className !== 'SlurmProvider') return undefined;
  const node = stringParam(provider, 'scheduler_options');
  return node && { node, directives: scanBatchHeader(node.value).directives };
}

/** The directives that set one sbatch option (`mem-per-cpu`), however it was spelled. */
export function directivesFor(options: SchedulerOptions | undefined, name: string): Directive[] {
  return options?.directives.filter((directive) => directive.option.name === name) ?? [];
}
