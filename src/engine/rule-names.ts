/**
 * Every name a user may write for a rule — in `--rule`, a config file's `[rules]`, a suppression
 * comment — mapped to the rule's id: its id, and the former ids of rules merged into it
 * (`sbatch-header-ended` → `header-ended`).
 */
import type { Rule } from './rule.js';

export function ruleNames(rules: readonly Rule[]): ReadonlyMap<string, string> {
  // Built once per rule list: every lint asks, and a batch lints thousands of files.
  let names = built.get(rules);
  if (!names) {
    names = new Map<string, string>();
    for (const { meta } of rules) {
      names.set(meta.id, meta.id);
      for (const alias of meta.aliases ?? []) names.set(alias, meta.id);
    }
    built.set(rules, names);
  }
  return names;
}

const built = new WeakMap<readonly Rule[], Map<string, string>>();
