/**
 * The machine-readable report. Its shape is a contract with other tools: add fields, never
 * change or remove one without bumping `version`. Lines and columns are 1-based; columns and
 * offsets count UTF-16 code units, as JavaScript strings, LSP and SARIF do.
 */
import type { Diagnostic, SuppressedDiagnostic } from '../engine/diagnostic.js';
import type { TextEdit } from '../document/edits.js';
import { summarize, type FileOutcome } from './results.js';

export function formatJson(reports: readonly FileOutcome[]): string {
  const document = {
    version: 1,
    files: reports.map((report) => ({
      path: report.path,
      diagnostics: report.diagnostics.map(diagnosticJson),
      suppressed: (report.suppressed ?? []).map(suppressedJson),
      fixesApplied: report.fixesApplied ?? 0,
    })),
    summary: summarize(reports),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function diagnosticJson(diagnostic: Diagnostic) {
  return {
    rule: diagnostic.rule,
    severity: diagnostic.severity,
    message: diagnostic.message,
    // The message's parts; null when the rule gives it in one piece.
    headline: diagnostic.headline,
    note: diagnostic.note ?? null,
    help: diagnostic.help ?? null,
    line: diagnostic.start.line,
    column: diagnostic.start.column,
    endLine: diagnostic.end.line,
    endColumn: diagnostic.end.column,
    offset: diagnostic.span.start,
    endOffset: diagnostic.span.end,
    docs: diagnostic.docs,
    fix: diagnostic.fix ? { safety: diagnostic.fix.safety, description: diagnostic.fix.description, edits: diagnostic.fix.edits.map(editJson) } : null,
    suggestions: diagnostic.suggestions.map((suggestion) => ({ description: suggestion.description, edits: suggestion.edits.map(editJson) })),
  };
}

/** A silenced diagnostic, with the comment that silenced it and its reason (null when none was given). */
function suppressedJson(diagnostic: SuppressedDiagnostic) {
  const { directive, line, reason } = diagnostic.suppressedBy;
  return { ...diagnosticJson(diagnostic), suppressedBy: { directive, line, reason: reason ?? null } };
}

/** An edit replaces the text between two offsets of the original file. */
function editJson(edit: TextEdit) {
  return { offset: edit.start, endOffset: edit.end, text: edit.text };
}
