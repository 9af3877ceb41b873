/**
 * SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/sarif-v2.1.0-errata01-os-complete.html),
 * read by GitHub code scanning and other tools: one run; the rules it found anything for, each with
 * its default level and page (as ESLint's SARIF formatter, so a log does not change with every rule
 * added); each result with its region, and its fix and suggestions as `fixes` (replacements by offset).
 * Diagnostics silenced by a `# parsl-lint-disable` comment are results with an in-source suppression.
 */
import type { TextEdit } from '../document/edits.js';
import type { Diagnostic, Severity, SuppressedDiagnostic } from '../engine/diagnostic.js';
import { ruleDocsUrl } from '../engine/docs.js';
import type { RuleMeta } from '../engine/rule.js';
import type { FileOutcome } from './results.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

export interface SarifTool {
  readonly version: string;
  readonly informationUri: string;
  readonly rules: readonly RuleMeta[];
}

export function formatSarif(reports: readonly FileOutcome[], tool: SarifTool): string {
  const found = new Set(reports.flatMap((report) => [...report.diagnostics, ...(report.suppressed ?? [])].map((d) => d.rule)));
  const rules = tool.rules.filter((rule) => found.has(rule.id));
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const result = (path: string, d: Diagnostic) => {
    const uri = artifactUri(path);
    const fixes = [...(d.fix ? [{ description: d.fix.description, edits: d.fix.edits }] : []), ...d.suggestions].map((fix) => ({
      description: { text: fix.description },
      artifactChanges: [{ artifactLocation: { uri }, replacements: fix.edits.map(replacement) }],
    }));
    return {
      ruleId: d.rule,
      ...(ruleIndex.has(d.rule) ? { ruleIndex: ruleIndex.get(d.rule) } : {}),
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri },
            region: { startLine: d.start.line, startColumn: d.start.column, endLine: d.end.line, endColumn: d.end.column, charOffset: d.span.start, charLength: d.span.end - d.span.start },
          },
        },
      ],
      ...(fixes.length > 0 ? { fixes } : {}),
    };
  };
  const suppressed = (path: string, d: SuppressedDiagnostic) => ({
    ...result(path, d),
    suppressions: [{ kind: 'inSource', ...(d.suppressedBy.reason ? { justification: d.suppressedBy.reason } : {}) }],
  });
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'parsl-lint',
            version: tool.version,
            informationUri: tool.informationUri,
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              helpUri: ruleDocsUrl(rule.id),
              defaultConfiguration: { level: LEVEL[rule.severity] },
              properties: { fix: rule.fix },
            })),
          },
        },
        // Columns and offsets count UTF-16 code units, as the JSON report's do.
        columnKind: 'utf16CodeUnits',
        results: reports.flatMap((report) => [...report.diagnostics.map((d) => result(report.path, d)), ...(report.suppressed ?? []).map((d) => suppressed(report.path, d))]),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** A relative path as a URI reference: each segment percent-encoded (spaces, `#`, `%`, `<stdin>`). */
function artifactUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function replacement(edit: TextEdit) {
  return { deletedRegion: { charOffset: edit.start, charLength: edit.end - edit.start }, insertedContent: { text: edit.text } };
}
