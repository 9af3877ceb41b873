import { createRequire as __parslLintRequire } from 'node:module'; const require = __parslLintRequire(import.meta.url);
import {
  printable
} from "./chunk-L5WMFRBK.mjs";
import {
  summarize
} from "./chunk-EEMRFL5V.mjs";

// src/output/markdown.ts
var ICON = { error: "\u274C error", warning: "\u26A0\uFE0F warning", info: "\u2139\uFE0F info" };
function formatMarkdown(reports) {
  const summary = summarize(reports);
  const counts = `${summary.errors} ${plural(summary.errors, "error")}, ${summary.warnings} ${plural(summary.warnings, "warning")}, ${summary.infos} ${plural(summary.infos, "info")} in ${summary.files} ${plural(summary.files, "file")}`;
  const rows = reports.flatMap(
    (report) => report.diagnostics.map((d) => `| ${cell(report.path)} | ${d.start.line}:${d.start.column} | ${ICON[d.severity]} | [\`${d.rule}\`](${d.docs}) | ${cell(d.message)} |`)
  );
  if (rows.length === 0) return `### parsl-lint

No problems (${counts}).
`;
  return ["### parsl-lint", "", counts, "", "| File | Line:Col | Severity | Rule | Message |", "| --- | --- | --- | --- | --- |", ...rows, ""].join("\n");
}
function cell(text) {
  return printable(text).replaceAll("\\", "\\\\").replaceAll("|", "\\|").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll("`", "\\`");
}
function plural(count, noun) {
  return count === 1 ? noun : `${noun}s`;
}

export {
  formatMarkdown
};
