/**
 * Its own rule rather than a toml-syntax message: the file is valid TOML 1.1, so it is still read
 * (as QIIME 2 2026.7 and later read it) and every other rule still runs; and most forms have a
 * TOML 1.0 spelling of the same value, which the fix writes.
 */
export declare const rule: import("../../src/engine/rule.js").Rule<import("../../src/engine/rule.js").RuleFix>;
