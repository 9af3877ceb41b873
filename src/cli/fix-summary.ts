/** The line under the stylish report that says what was fixed and what could be. */
import type { FixSafety } from '../engine/diagnostic.js';
import type { FileOutcome } from '../output/results.js';

/**
 * With --fix: "3 fixes applied, 2 more with --unsafe-fixes". Without: "1 fixable with --fix,
 * 2 more with --unsafe-fixes". '' when there is nothing to say.
 */
export function fixSummary(reports: readonly FileOutcome[], fix: FixSafety | undefined, diff: boolean): string {
  const left = (safety: FixSafety) => reports.reduce((sum, report) => sum + report.diagnostics.filter((d) => d.fix?.safety === safety).length, 0);
  const applied = reports.reduce((sum, report) => sum + (report.fixesApplied ?? 0), 0);
  const safe = left('safe');
  const unsafe = fix === 'unsafe' ? 0 : left('unsafe');
  const parts: string[] = [];
  if (fix) parts.push(`${applied} ${applied === 1 ? 'fix' : 'fixes'} ${diff ? 'to apply' : 'applied'}`);
  else if (safe > 0) parts.push(`${safe} fixable with --fix`);
  if (unsafe > 0) parts.push(parts.length > 0 ? `${unsafe} more with --unsafe-fixes` : `${unsafe} fixable with --fix --unsafe-fixes`);
  return parts.join(', ');
}
