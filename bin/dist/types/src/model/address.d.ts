/**
 * What an executor's `address` string is, as far as parsl can use it. QIIME 2 passes strings
 * through unevaluated (research/qiime2.md §1.3), and HighThroughputExecutor uses `address` twice:
 * its interchange, on the machine QIIME 2 runs on, listens on it, and the worker command gets it
 * as `-a <address>` (parsl/executors/high_throughput/executor.py, DEFAULT_LAUNCH_CMD).
 */
/** `unset`: an empty string, which parsl treats like no address (`if self.address:`). */
export type AddressKind = 'unset' | 'ip' | 'python-call' | 'name';
export declare function addressKind(value: string): AddressKind;
