/**
 * GitLab Code Quality report: a JSON array of issues, shown in merge requests
 * (https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format).
 * The fingerprint identifies an issue across pipelines: it hashes the file, rule and message and
 * how many identical issues precede it, not the line, so that an edit above does not make GitLab
 * see it as fixed and new again.
 */
import { createHash } from 'node:crypto';
import type { Severity } from '../engine/diagnostic.js';
import type { FileOutcome } from './results.js';

/** GitLab's scale is info, minor, major, critical, blocker. */
const SEVERITY: Record<Severity, string> = { error: 'major', warning: 'minor', info: 'info' };

export function formatGitlab(reports: readonly FileOutcome[]): string {
  const issues = reports.flatMap((report) => {
    const seen = new Map<string, number>();
    return report.diagnostics.map((d) => {
      const key = `${report.path}\0${d.rule}\0${d.message}`;
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      return {
        type: 'issue',
        check_name: d.rule,
        description: d.message,
        content: { body: d.docs },
        categories: ['Bug Risk'],
        severity: SEVERITY[d.severity],
        fingerprint: createHash('sha256').update(`${key}\0${occurrence}`).digest('hex'),
        location: {
          path: report.path,
          positions: { begin: { line: d.start.line, column: d.start.column }, end: { line: d.end.line, column: d.end.column } },
        },
      };
    });
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
}
