/** What the formatters receive: each linted file's display path and diagnostics. */
import type { SourceText } from '../document/source.js';
import type { Diagnostic, SuppressedDiagnostic } from '../engine/diagnostic.js';
import type { Job } from '../model/jobs.js';

export interface FileReport {
  /** Relative to the working directory, with `/` separators; `<stdin>` or `--stdin-filename` for stdin. */
  readonly path: string;
  readonly source: SourceText;
  readonly diagnostics: readonly Diagnostic[];
  /** Silenced by `# parsl-lint-disable…` comments. */
  readonly suppressed?: readonly SuppressedDiagnostic[];
  /** With --fix: how many fixes were applied to this file (with --diff: would be). */
  readonly fixesApplied?: number;
  /** The batch jobs the file asks for, for `explain`. */
  readonly jobs?: readonly Job[];
}

/**
 * A report without the file's text: all the summary, the JSON and the GitHub output need, and
 * what a run keeps of each file once its stylish block is written (10,000 texts add up).
 */
export type FileOutcome = Omit<FileReport, 'source'>;

export interface Summary {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly files: number;
}

export function summarize(reports: readonly FileOutcome[]): Summary {
  const { errors, warnings, infos, files } = ReportTally.of(reports);
  return { errors, warnings, infos, files };
}

/**
 * What the closing lines of a report say (the counts, the fixes left), counted file by file: a
 * run written as it goes keeps this instead of every file's diagnostics.
 */
export class ReportTally implements Summary {
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

  static of(reports: readonly FileOutcome[]): ReportTally {
    const tally = new ReportTally();
    for (const report of reports) tally.add(report);
    return tally;
  }

  add(report: FileOutcome): void {
    this.files++;
    if (report.diagnostics.length > 0) this.filesWithProblems++;
    this.fixesApplied += report.fixesApplied ?? 0;
    for (const { severity, fix } of report.diagnostics) {
      if (severity === 'error') this.errors++;
      else if (severity === 'warning') this.warnings++;
      else this.infos++;
      if (fix?.safety === 'safe') this.safeFixes++;
      else if (fix?.safety === 'unsafe') this.unsafeFixes++;
    }
  }
}
