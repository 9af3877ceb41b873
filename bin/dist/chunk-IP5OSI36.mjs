import { createRequire as __parslLintRequire } from 'node:module'; const require = __parslLintRequire(import.meta.url);
import {
  summarize
} from "./chunk-EEMRFL5V.mjs";

// src/output/json.ts
function formatJson(reports) {
  const document = {
    version: 1,
    files: reports.map((report) => ({
      path: report.path,
      diagnostics: report.diagnostics.map(diagnosticJson),
      suppressed: (report.suppressed ?? []).map(suppressedJson),
      fixesApplied: report.fixesApplied ?? 0
    })),
    summary: summarize(reports)
  };
  return `${JSON.stringify(document, null, 2)}
`;
}
function diagnosticJson(diagnostic) {
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
    suggestions: diagnostic.suggestions.map((suggestion) => ({ description: suggestion.description, edits: suggestion.edits.map(editJson) }))
  };
}
function suppressedJson(diagnostic) {
  const { directive, line, reason } = diagnostic.suppressedBy;
  return { ...diagnosticJson(diagnostic), suppressedBy: { directive, line, reason: reason ?? null } };
}
function editJson(edit) {
  return { offset: edit.start, endOffset: edit.end, text: edit.text };
}

export {
  formatJson
};
