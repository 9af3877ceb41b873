/**
 * LSF: LSFProvider submits with `bsub` and writes `#BSUB` directives. Rendering: header.ts;
 * reading: directives.ts. IBM does not document which of two `#BSUB` lines setting the same
 * option wins, so no override is judged.
 */
import type { SchedulerAdapter } from '../adapter.js';
import { fromDirectiveScan } from '../reading.js';
import { renderLsfHeader, type LsfProviderFields } from './header.js';
import { scanLsfScript } from './directives.js';

export const lsf: SchedulerAdapter = {
  name: 'LSF',
  providers: ['LSFProvider'],
  submitCommand: 'bsub',
  directivePrefix: '#BSUB',
  reads: ['#BSUB'],
  longOptions: false,
  walltime: { use: 'minutes', writtenAs: '#BSUB -W <minutes>', source: 'parsl/providers/lsf/lsf.py submit()' },
  job: {
    fields: {
      strings: ['walltime', 'scheduler_options', 'worker_init', 'project', 'queue'],
      integers: ['nodes_per_block', 'cores_per_block', 'cores_per_node'],
      booleans: ['request_by_nodes'],
    },
    render: (_providerClass, fields, context) => renderLsfHeader(fields as unknown as LsfProviderFields, context),
    read: (_providerClass, script) => fromDirectiveScan(scanLsfScript(script.text), []),
  },
};
