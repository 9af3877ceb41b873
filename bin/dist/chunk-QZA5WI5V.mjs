import { createRequire as __parslLintRequire } from 'node:module'; const require = __parslLintRequire(import.meta.url);

// src/engine/diagnostic.ts
var SEVERITIES = ["error", "warning", "info"];
function compareDiagnostics(a, b) {
  return a.span.start - b.span.start || a.span.end - b.span.end || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message);
}

export {
  SEVERITIES,
  compareDiagnostics
};
