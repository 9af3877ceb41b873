/**
 * A Markdown table of every diagnostic, for a GitHub job summary or a merge-request comment:
 * GitHub shows at most 10 annotations of each kind per step, the summary shows them all.
 */
import type { Severity } from '../engine/diagnostic.js';
import { printable } from './printable.js';
import { summarize, type FileOutcome } from './results.js';

const ICON: Record<Severity, string> = { error: '❌ error', warning: '⚠️ warning', info: 'ℹ️ info' };

export function formatMarkdown(reports: readonly FileOutcome[]): string {
  const summary = summarize(reports);
  const counts = `${summary.errors} ${plural(summary.errors, 'error')}, ${summary.warnings} ${plural(summary.warnings, 'warning')}, ${summary.infos} ${plural(summary.infos, 'info')} in ${summary.files} ${plural(summary.files, 'file')}`;
  const rows = reports.flatMap((report) =>
    report.diagnostics.map((d) => `| ${cell(report.path)} | ${d.start.line}:${d.start.column} | ${ICON[d.severity]} | [\`${d.rule}\`](${d.docs}) | ${cell(d.message)} |`),
  );
  if (rows.length === 0) return `### parsl-lint\n\nNo problems (${counts}).\n`;
  return ['### parsl-lint', '', counts, '', '| File | Line:Col | Severity | Rule | Message |', '| --- | --- | --- | --- | --- |', ...rows, ''].join('\n');
}

/** Text from the linted file, escaped for a table cell: no `|`, newline, code span or HTML of its own. */
function cell(text: string): string {
  return printable(text).replaceAll('\\', '\\\\').replaceAll('|', '\\|').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('`', '\\`');
}

function plural(count: number, noun: string): string {
  return count === 1 ? noun : `${noun}s`;
}
