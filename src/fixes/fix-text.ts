/**
 * `--fix` on one text: lint, apply the wanted fixes, re-parse and re-lint, until nothing is left
 * to fix (at most MAX_PASSES). A file that is not valid TOML is never fixed; a pass whose result
 * is not valid TOML is undone, and the rule that caused it is fixed no more.
 */
import { targetDialect } from '../catalog/index.js';
import type { TomlDialect } from '../document/dialect.js';
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
      broken.add(culprit(current, next.applied, targetDialect(options.target)));
      continue;
    }
    current = next.text;
    result = nextResult;
    applied += next.applied.length;
  }
  return { text: current, result, applied, broken: [...broken].sort(), converged: !result.diagnostics.some(wanted) };
}

/**
 * The rule to blame for a pass that broke the text: that of the first fix, in the order they were
 * applied, whose addition breaks it, read in the target's TOML dialect as the lint is (a file in
 * TOML 1.1 is valid for QIIME 2 2026.7 from the start, however TOML 1.0 reads it). Only that rule
 * is fixed no more: the next pass applies the others again (a safe fix is not dropped because two
 * renames of another rule collide).
 */
function culprit(text: string, applied: readonly Diagnostic[], dialect: TomlDialect): string {
  // The whole pass broke the text, so some prefix of it does.
  const breaking = applied.findIndex((_, index) => !parseDocument(applyFixes(text, applied.slice(0, index + 1)).text, dialect).ok);
  return applied[breaking]!.rule;
}
