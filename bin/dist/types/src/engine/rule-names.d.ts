/**
 * Every name a user may write for a rule — in `--rule`, a config file's `[rules]`, a suppression
 * comment — mapped to the rule's id: its id, and the former ids of rules merged into it
 * (`sbatch-header-ended` → `header-ended`).
 */
import type { Rule } from './rule.js';
export declare function ruleNames(rules: readonly Rule[]): ReadonlyMap<string, string>;
