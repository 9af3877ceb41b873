/**
 * Grid Engine: GridEngineProvider submits with `qsub` and writes `#$` directives. Rendering and
 * which of two resource requests qsub keeps: header.ts; reading: directives.ts.
 */
import type { SchedulerAdapter } from '../adapter.js';
import { fromDirectiveScan } from '../reading.js';
import { gridEngineOverrides, renderGridEngineHeader, type GridEngineProviderFields } from './header.js';
import { scanGridEngineScript } from './directives.js';

export const gridEngine: SchedulerAdapter = {
  name: 'Grid Engine',
  providers: ['GridEngineProvider'],
  submitCommand: 'qsub',
  directivePrefix: '#$',
  reads: ['#$'],
  longOptions: false,
  walltime: { use: 'verbatim', writtenAs: '#$ -l h_rt=<walltime>', source: 'parsl/providers/grid_engine/grid_engine.py submit()' },
  job: {
    fields: { strings: ['walltime', 'scheduler_options', 'worker_init'], integers: [], booleans: [] },
    render: (_providerClass, fields, context) => renderGridEngineHeader(fields as unknown as GridEngineProviderFields, context),
    read(_providerClass, script) {
      const scan = scanGridEngineScript(script.text);
      return fromDirectiveScan(scan, gridEngineOverrides(scan.settings), { advice: new Map([['-l h_rt', 'set walltime instead']]) });
    },
  },
};
