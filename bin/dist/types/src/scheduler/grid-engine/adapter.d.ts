/**
 * Grid Engine: GridEngineProvider submits with `qsub` and writes `#$` directives. Rendering and
 * which of two resource requests qsub keeps: header.ts; reading: directives.ts.
 */
import type { SchedulerAdapter } from '../adapter.js';
export declare const gridEngine: SchedulerAdapter;
