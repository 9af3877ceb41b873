import { createRequire as __parslLintRequire } from 'node:module'; const require = __parslLintRequire(import.meta.url);
import {
  ruleDocsUrl
} from "./chunk-6VYAT3BE.mjs";

// src/output/sarif.ts
var LEVEL = { error: "error", warning: "warning", info: "note" };
var SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
function formatSarif(reports, tool) {
  const found = new Set(reports.flatMap((report) => [...report.diagnostics, ...report.suppressed ?? []].map((d) => d.rule)));
  const rules = tool.rules.filter((rule) => found.has(rule.id));
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const result = (path, d) => {
    const uri = artifactUri(path);
    const fixes = [...d.fix ? [{ description: d.fix.description, edits: d.fix.edits }] : [], ...d.suggestions].map((fix) => ({
      description: { text: fix.description },
      artifactChanges: [{ artifactLocation: { uri }, replacements: fix.edits.map(replacement) }]
    }));
    return {
      ruleId: d.rule,
      ...ruleIndex.has(d.rule) ? { ruleIndex: ruleIndex.get(d.rule) } : {},
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri },
            region: { startLine: d.start.line, startColumn: d.start.column, endLine: d.end.line, endColumn: d.end.column, charOffset: d.span.start, charLength: d.span.end - d.span.start }
          }
        }
      ],
      ...fixes.length > 0 ? { fixes } : {}
    };
  };
  const suppressed = (path, d) => ({
    ...result(path, d),
    suppressions: [{ kind: "inSource", ...d.suppressedBy.reason ? { justification: d.suppressedBy.reason } : {} }]
  });
  const log = {
    $schema: SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "parsl-lint",
            version: tool.version,
            informationUri: tool.informationUri,
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              helpUri: ruleDocsUrl(rule.id),
              defaultConfiguration: { level: LEVEL[rule.severity] },
              properties: { fix: rule.fix }
            }))
          }
        },
        // Columns and offsets count UTF-16 code units, as the JSON report's do.
        columnKind: "utf16CodeUnits",
        results: reports.flatMap((report) => [...report.diagnostics.map((d) => result(report.path, d)), ...(report.suppressed ?? []).map((d) => suppressed(report.path, d))])
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}
function artifactUri(path) {
  return path.split("/").map(encodeURIComponent).join("/");
}
function replacement(edit) {
  return { deletedRegion: { charOffset: edit.start, charLength: edit.end - edit.start }, insertedContent: { text: edit.text } };
}

export {
  formatSarif
};
