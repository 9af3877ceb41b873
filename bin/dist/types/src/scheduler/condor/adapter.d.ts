/**
 * HTCondor: CondorProvider writes a submit description for `condor_submit`, where a line starting
 * with `#` is a comment, and puts `worker_init` into the job's shell script, so it reads no
 * directives. Its rendering is not modelled: rules that need a job skip it.
 */
import type { SchedulerAdapter } from '../adapter.js';
export declare const condor: SchedulerAdapter;
