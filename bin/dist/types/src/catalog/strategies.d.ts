/**
 * The scaling strategies parsl knows: the keys of `Strategy.strategies` in parsl/jobs/strategy.py,
 * the same three at every catalogued release (2023.08.28 to 2026.02.23). Any other name raises
 * KeyError when the DataFlowKernel starts its job status poller.
 */
export declare const STRATEGIES: readonly string[];
