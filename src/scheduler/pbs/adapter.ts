/**
 * PBS Pro and Torque: PBSProProvider (a subclass of TorqueProvider) and TorqueProvider submit with
 * `qsub` and write `#PBS` directives. Rendering: header.ts; reading: directives.ts, with each
 * flavour's precedence rules (header.ts `pbsOverrides`).
 */
import type { SchedulerAdapter, SubmittedScript } from '../adapter.js';
import { fromDirectiveScan } from '../reading.js';
import { pbsOverrides, renderPbsHeader, type PbsProviderClass, type PbsProviderFields } from './header.js';
import { scanPbsScript } from './directives.js';

/** What to set instead of repeating an option parsl writes from a field. */
const ADVICE: ReadonlyMap<string, string> = new Map([
  ['-l walltime', 'set walltime instead'],
  ['-l select', 'set nodes_per_block, cpus_per_node and select_options instead'],
  ['-l nodes', 'TorqueProvider always asks for ppn=1 (parsl submits with tasks_per_node=1); set nodes_per_block for the node count'],
  ['-q', 'set queue instead'],
  ['-A', 'set account instead'],
]);

/** parsl writes `-m n` only to turn mail off; asking for mail instead is the user's call. */
const USER_MAY_REPLACE: ReadonlySet<string> = new Set(['-m']);

export const pbs: SchedulerAdapter = {
  name: 'PBS',
  providers: ['PBSProProvider', 'TorqueProvider'],
  submitCommand: 'qsub',
  directivePrefix: '#PBS',
  reads: ['#PBS'],
  longOptions: false,
  walltime: { use: 'verbatim', writtenAs: '#PBS -l walltime=<walltime>', source: 'parsl/providers/torque/torque.py and pbspro/pbspro.py submit()' },
  job: {
    fields: {
      strings: ['walltime', 'scheduler_options', 'worker_init', 'select_options', 'queue', 'account'],
      integers: ['nodes_per_block', 'cpus_per_node'],
      booleans: [],
    },
    render: (providerClass, fields, context) => renderPbsHeader(providerClass as PbsProviderClass, fields as unknown as PbsProviderFields, context),
    read(providerClass, script: SubmittedScript) {
      const scan = scanPbsScript(script.text, providerClass === 'TorqueProvider' ? 'torque' : 'pbspro');
      const overrides = pbsOverrides(providerClass as PbsProviderClass, scan.settings, script.commandLine ?? []);
      return fromDirectiveScan(scan, overrides, { advice: ADVICE, userMayReplace: USER_MAY_REPLACE });
    },
  },
};
