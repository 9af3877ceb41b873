/** Every rule, in the order `parsl-lint rules` lists them. Adding a rule adds its import and one entry here. */
import type { Rule } from '../src/engine/rule.js';
export declare const RULES: readonly Rule[];
