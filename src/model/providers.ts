/**
 * Providers that submit blocks as jobs to a batch scheduler (Slurm, PBS Pro, Torque, LSF, Grid
 * Engine, HTCondor, Cobalt). Their jobs run on other machines, in a fresh shell, with a walltime:
 * the rules about walltime and worker_init apply to them and not to LocalProvider or cloud ones.
 */
import { BATCH_SCHEDULER_PROVIDERS } from '../catalog/index.js';
import type { ParslObject } from './config.js';

export function isBatchProvider(object: ParslObject): boolean {
  return object.group === 'providers' && object.className !== undefined && BATCH_SCHEDULER_PROVIDERS.has(object.className);
}
