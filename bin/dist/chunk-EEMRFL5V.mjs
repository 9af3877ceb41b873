import { createRequire as __parslLintRequire } from 'node:module'; const require = __parslLintRequire(import.meta.url);

// src/output/results.ts
function summarize(reports) {
  const { errors, warnings, infos, files } = ReportTally.of(reports);
  return { errors, warnings, infos, files };
}
var ReportTally = class _ReportTally {
  errors = 0;
  warnings = 0;
  infos = 0;
  files = 0;
  /** Files with at least one diagnostic. */
  filesWithProblems = 0;
  /** Diagnostics whose fix --fix would apply, and those only --unsafe-fixes would. */
  safeFixes = 0;
  unsafeFixes = 0;
  /** With --fix: fixes applied (with --diff: that would be). */
  fixesApplied = 0;
  static of(reports) {
    const tally = new _ReportTally();
    for (const report of reports) tally.add(report);
    return tally;
  }
  add(report) {
    this.files++;
    if (report.diagnostics.length > 0) this.filesWithProblems++;
    this.fixesApplied += report.fixesApplied ?? 0;
    for (const { severity, fix } of report.diagnostics) {
      if (severity === "error") this.errors++;
      else if (severity === "warning") this.warnings++;
      else this.infos++;
      if (fix?.safety === "safe") this.safeFixes++;
      else if (fix?.safety === "unsafe") this.unsafeFixes++;
    }
  }
};

export {
  summarize,
  ReportTally
};
