import { createRequire as __parslLintRequire } from 'node:module'; const require = __parslLintRequire(import.meta.url);

// src/output/gitlab.ts
import { createHash } from "node:crypto";
var SEVERITY = { error: "major", warning: "minor", info: "info" };
function formatGitlab(reports) {
  const issues = reports.flatMap((report) => {
    const seen = /* @__PURE__ */ new Map();
    return report.diagnostics.map((d) => {
      const key = `${report.path}\0${d.rule}\0${d.message}`;
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      return {
        type: "issue",
        check_name: d.rule,
        description: d.message,
        content: { body: d.docs },
        categories: ["Bug Risk"],
        severity: SEVERITY[d.severity],
        fingerprint: createHash("sha256").update(`${key}\0${occurrence}`).digest("hex"),
        location: {
          path: report.path,
          positions: { begin: { line: d.start.line, column: d.start.column }, end: { line: d.end.line, column: d.end.column } }
        }
      };
    });
  });
  return `${JSON.stringify(issues, null, 2)}
`;
}

export {
  formatGitlab
};
