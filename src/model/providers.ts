/**
 * Providers that submit blocks as jobs to a batch scheduler (src/scheduler/registry.ts). Their
 * jobs run on other machines, in a fresh shell, with a walltime: the rules about walltime and
 * worker_init apply to them and not to LocalProvider or cloud ones.
 */
import { schedulerOf } from '../scheduler/registry.js';
import type { ParslObject } from './config.js';

export function isBatchProvider(object: ParslObject): boolean {
  return object.group === 'providers' && schedulerOf(object.className) !== undefined;
}
