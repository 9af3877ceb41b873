/**
 * Cobalt: CobaltProvider (removed after parsl 2024.10.28) submits with `qsub`, putting its options
 * on the command line (`qsub -n <nodes> -t <minutes> ...`). Its rendering is not modelled.
 */
import type { SchedulerAdapter } from '../adapter.js';

export const cobalt: SchedulerAdapter = {
  name: 'Cobalt',
  providers: ['CobaltProvider'],
  submitCommand: 'qsub',
  reads: [],
  longOptions: false,
  walltime: { use: 'minutes', writtenAs: 'qsub -t <minutes> (command line)', source: 'parsl/providers/cobalt/cobalt.py submit()' },
};
