/**
 * The partition of the profile a SlurmProvider's job goes to, for the rules that judge it by
 * that partition's limits.
 */
import { cite, type ClusterProfile, type PartitionProfile } from './profile.js';
import type { SlurmRequest } from './slurm-request.js';

export interface JobPartition {
  readonly partition: PartitionProfile;
  /** How a message names it: `partition "short"`, or `the default partition "debug" (cluster.toml:5: ...)`. */
  readonly described: string;
}

/**
 * The partition the job names, or the profile's default. Undefined when the job names one the
 * profile does not know (unknown-partition's), or several (`-p a,b`: Slurm runs the job in
 * whichever can start it first, so no single partition's limits decide).
 */
export function jobPartition(profile: ClusterProfile, request: SlurmRequest): JobPartition | undefined {
  const named = request.partition?.text;
  if (named !== undefined) {
    const partition = named.includes(',') ? undefined : profile.partitions.get(named);
    return partition && { partition, described: `partition "${named}"` };
  }
  const byDefault = profile.defaultPartition;
  const partition = byDefault && profile.partitions.get(byDefault.value);
  return partition && { partition, described: `the default partition "${partition.name}" ${cite(byDefault.from)}` };
}
