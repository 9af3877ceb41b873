/**
 * Providers that submit each block as a job script, with a walltime, to a batch scheduler: in
 * parsl they are the subclasses of ClusterProvider ("behavior common to all cluster/supercompute-
 * style scheduler systems", parsl/providers/cluster_provider.py; PBSProProvider via
 * TorqueProvider). LocalProvider, AdHocProvider, the cloud providers (AWS, Google Cloud, Azure)
 * and KubernetesProvider derive from ExecutionProvider directly and have no batch job. The same
 * fact per release is ClassSpec.batchScheduler; test/catalog checks the two agree.
 */
export const BATCH_SCHEDULER_PROVIDERS: ReadonlySet<string> = new Set([
  'SlurmProvider',
  'PBSProProvider',
  'TorqueProvider',
  'LSFProvider',
  'GridEngineProvider',
  'CondorProvider',
  'CobaltProvider',
]);
