/**
 * HTCondor: CondorProvider writes a submit description for `condor_submit`, where a line starting
 * with `#` is a comment, and puts `worker_init` into the job's shell script, so it reads no
 * directives. Its rendering is not modelled: rules that need a job skip it.
 */
import type { SchedulerAdapter } from '../adapter.js';

export const condor: SchedulerAdapter = {
  name: 'HTCondor',
  providers: ['CondorProvider'],
  submitCommand: 'condor_submit',
  reads: [],
  longOptions: false,
  walltime: { use: 'unused', source: 'parsl/providers/condor/condor.py (only passed to ClusterProvider)' },
  nodeFields: { cores: 'cores_per_slot', memory: 'mem_per_slot' },
};
