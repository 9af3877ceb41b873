/** The line under the stylish report that says what was fixed and what could be. */
import type { FixSafety } from '../engine/diagnostic.js';
import { printable } from '../output/printable.js';
import type { ReportTally } from '../output/results.js';

/**
 * With --fix: "3 fixes applied, 2 more with --unsafe-fixes". Without, in ruff's words (ruff's
 * crates/ruff/src/printer.rs, write_summary_text): "[*] 1 fixable with --fix (2 hidden fixes can
 * be applied with --fix --unsafe-fixes)", or "No fixes available (…)" when only unsafe fixes are
 * left; ruff says "enabled with --unsafe-fixes", but here --unsafe-fixes goes only with --fix.
 * '' when there is nothing to say.
 */
export function fixSummary(tally: ReportTally, fix: FixSafety | undefined, diff: boolean): string {
  const safe = tally.safeFixes;
  const unsafe = fix === 'unsafe' ? 0 : tally.unsafeFixes;
  if (fix) {
    const applied = tally.fixesApplied;
    return `${applied} ${applied === 1 ? 'fix' : 'fixes'} ${diff ? 'to apply' : 'applied'}${unsafe > 0 ? `, ${unsafe} more with --unsafe-fixes` : ''}`;
  }
  const hidden = unsafe > 0 ? `${unsafe} hidden ${unsafe === 1 ? 'fix' : 'fixes'} can be applied with --fix --unsafe-fixes` : '';
  if (safe > 0) return `[*] ${safe} fixable with --fix${hidden ? ` (${hidden})` : ''}`;
  return hidden ? `No fixes available (${hidden})` : '';
}

/**
 * Why --fix and --diff change nothing in a file that is not valid TOML: every fix is an edit a rule
 * makes from the parsed file, and only toml-syntax, which has none, can judge a file that does not parse.
 */
export function notFixable(shown: string): string {
  return `${printable(shown)} is not valid TOML, so nothing in it can be fixed: fixes are made from the parsed file; correct the syntax error first`;
}
