export declare const rule: import("../../src/engine/rule.js").Rule<import("../../src/engine/rule.js").RuleFix>;
