/**
 * The file is valid TOML, so every other rule still reads it as TOML does; this rule only says
 * that the target's tomlkit will not (python-poetry/tomlkit#261).
 */
export declare const rule: import("../../src/engine/rule.js").Rule<import("../../src/engine/rule.js").RuleFix>;
