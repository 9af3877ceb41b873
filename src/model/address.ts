/**
 * What an executor's `address` string is, as far as parsl can use it. QIIME 2 passes strings
 * through unevaluated (research/qiime2.md §1.3), and HighThroughputExecutor uses `address` twice:
 * its interchange, on the machine QIIME 2 runs on, listens on it, and the worker command gets it
 * as `-a <address>` (parsl/executors/high_throughput/executor.py, DEFAULT_LAUNCH_CMD).
 */
/** `unset`: an empty string, which parsl treats like no address (`if self.address:`). */
export type AddressKind = 'unset' | 'ip' | 'python-call' | 'name';

/** `address_by_interface('ib0')`, `parsl.addresses.address_by_hostname()`: Python source, not an address. */
const PYTHON_CALL = /^\s*[A-Za-z_][\w.]*\s*\(.*\)\s*$/s;

export function addressKind(value: string): AddressKind {
  if (value === '') return 'unset';
  // As written: parsl's ipaddress.ip_address (2024.12.09 on) refuses blanks and brackets too.
  // node:net is looked up here, not imported: a run without an address does not load it.
  if (process.getBuiltinModule('node:net').isIP(value) !== 0) return 'ip';
  return PYTHON_CALL.test(value) ? 'python-call' : 'name';
}
