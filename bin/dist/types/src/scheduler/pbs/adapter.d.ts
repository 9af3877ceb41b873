/**
 * PBS Pro and Torque: PBSProProvider (a subclass of TorqueProvider) and TorqueProvider submit with
 * `qsub` and write `#PBS` directives. Rendering: header.ts; reading: directives.ts, with each
 * flavour's precedence rules (header.ts `pbsOverrides`).
 */
import type { SchedulerAdapter } from '../adapter.js';
export declare const pbs: SchedulerAdapter;
