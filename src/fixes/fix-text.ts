/**
 * `--fix` on one text: lint, apply the wanted fixes, re-parse and re-lint, until nothing is left
 * to fix (at most MAX_PASSES). A file that is not valid TOML is never fixed; a pass whose result
 * is not valid TOML is undone, and the rules that caused it are fixed no more.
 */
import { parseDocument } from '../document/parse.js';
import type { Diagnostic, FixSafety } from '../engine/diagnostic.js';
import { lintText, type LintOptions, type LintResult } from '../engine/lint.js';
import { applyFixes } from './apply.js';

export const MAX_PASSES = 10;

export interface FixOutcome {
  readonly text: string;
  /** The lint of the fixed text: what is left. */
  readonly result: LintResult;
  /** How many fixes were applied, over all passes. */
  readonly applied: number;
  /** Rules whose fix made the file invalid TOML; those fixes were undone. */
  readonly broken: readonly string[];
  /** False when fixes were still coming after MAX_PASSES passes (fixes that undo each other). */
  readonly converged: boolean;
}

export function fixText(text: string, options: LintOptions, safety: FixSafety): FixOutcome {
  const broken = new Set<string>();
  const wanted = (diagnostic: Diagnostic) => diagnostic.fix !== undefined && (safety === 'unsafe' || diagnostic.fix.safety === 'safe') && !broken.has(diagnostic.rule);
  let current = text;
  let result = lintText(text, options);
  let applied = 0;
  if (result.syntaxError) return { text, result, applied, broken: [], converged: true };

  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const fixable = result.diagnostics.filter(wanted);
    if (fixable.length === 0) break;
    const next = applyFixes(current, fixable);
    const nextResult = lintText(next.text, options);
    if (nextResult.syntaxError) {
      for (const rule of culprits(current, next.applied)) broken.add(rule);
      continue;
    }
    current = next.text;
    result = nextResult;
    applied += next.applied.length;
  }
  return { text: current, result, applied, broken: [...broken].sort(), converged: !result.diagnostics.some(wanted) };
}

/** The rules whose fix alone breaks the text; all of the pass's rules if only the combination does. */
function culprits(text: string, applied: readonly Diagnostic[]): string[] {
  const alone = applied.filter((diagnostic) => !parseDocument(applyFixes(text, [diagnostic]).text).ok);
  return (alone.length > 0 ? alone : applied).map((diagnostic) => diagnostic.rule);
}
