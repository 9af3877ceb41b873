/**
 * One line per diagnostic, `path:line:col: severity: message [rule]`, the form editors (Vim's
 * errorformat, Emacs compilation mode) and CI problem matchers read.
 */
import { printable } from './printable.js';
import type { FileOutcome } from './results.js';

export function formatCompact(reports: readonly FileOutcome[]): string {
  return reports
    .flatMap((report) => report.diagnostics.map((d) => `${report.path}:${d.start.line}:${d.start.column}: ${d.severity}: ${printable(d.message)} [${d.rule}]\n`))
    .join('');
}
