/**
 * GitHub Actions workflow commands: one `::error` / `::warning` / `::notice` line per diagnostic,
 * which GitHub shows as an annotation on the file and line in the pull request.
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
import type { Diagnostic, Severity } from '../engine/diagnostic.js';
import { printable } from './printable.js';
import type { FileOutcome } from './results.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

export function formatGithub(reports: readonly FileOutcome[]): string {
  const lines = reports.flatMap((report) => report.diagnostics.map((diagnostic) => annotation(report.path, diagnostic)));
  return lines.map((line) => `${line}\n`).join('');
}

function annotation(path: string, diagnostic: Diagnostic): string {
  const { start, end } = diagnostic;
  const properties = [
    `file=${escapeProperty(printable(path))}`,
    `line=${start.line}`,
    `col=${start.column}`,
    `endLine=${end.line}`,
    `endColumn=${end.column}`,
    `title=${escapeProperty(`parsl-lint ${diagnostic.rule}`)}`,
  ].join(',');
  return `::${COMMAND[diagnostic.severity]} ${properties}::${escapeData(`${printable(diagnostic.message)} (${diagnostic.docs})`)}`;
}

/** The escapes GitHub's runner reverses (actions/toolkit, core/src/command.ts). */
function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
