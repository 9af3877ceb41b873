/**
 * Output for people: diagnostics grouped by file, each with its headline, the source line with the
 * offending span underlined, the why and the repair on lines of their own (`= note:`, `= help:`,
 * as rustc prints them), the rule id and its page, and a closing count. A diagnostic that `--fix`
 * can fix is marked `[*]`, as ruff marks them.
 */
import type { ChalkInstance } from 'chalk';
import type { SourceText } from '../document/source.js';
import type { Diagnostic, Severity } from '../engine/diagnostic.js';
import { printable } from './printable.js';
import { ReportTally, type FileReport } from './results.js';

export interface StylishOptions {
  /**
   * The fixes were just applied (--fix, --diff): what is left cannot be fixed by running again,
   * so nothing is marked (as ruff does in that mode).
   */
  readonly fixing?: boolean;
}

/** The whole report at once; the command writes it file by file (formatStylishFile, formatStylishSummary). */
export function formatStylish(reports: readonly FileReport[], chalk: ChalkInstance, options: StylishOptions = {}): string {
  return reports.map((report) => formatStylishFile(report, chalk, options)).join('') + formatStylishSummary(ReportTally.of(reports), chalk);
}

/**
 * One file's block, followed by a blank line; '' for a file without diagnostics. Written as
 * each file is done, so that a run does not keep every file's text to the end.
 */
export function formatStylishFile(report: FileReport, chalk: ChalkInstance, options: StylishOptions = {}): string {
  const paint: Record<Severity, (text: string) => string> = { error: chalk.red, warning: chalk.yellow, info: chalk.blue };
  if (report.diagnostics.length === 0) return '';
  const lines = [chalk.underline(printable(report.path))];
  for (const diagnostic of report.diagnostics) {
    const where = `${diagnostic.start.line}:${diagnostic.start.column}`;
    // Only safe fixes: unsafe ones need --unsafe-fixes, which the summary line mentions.
    const marker = !options.fixing && diagnostic.fix?.safety === 'safe' ? `${chalk.cyan('[*]')} ` : '';
    lines.push(`  ${chalk.dim(where)}  ${paint[diagnostic.severity](diagnostic.severity)}  ${marker}${printable(diagnostic.headline)}  ${chalk.dim(diagnostic.rule)}`);
    lines.push(...codeFrame(report.source, diagnostic, chalk).map((line) => `    ${line}`));
    if (diagnostic.note !== undefined) lines.push(`    ${chalk.bold('= note:')} ${printable(diagnostic.note)}`);
    if (diagnostic.help !== undefined) lines.push(`    ${chalk.bold('= help:')} ${printable(diagnostic.help)}`);
    lines.push(`    ${chalk.dim(`docs: ${diagnostic.docs}`)}`);
  }
  return `${lines.join('\n')}\n\n`;
}

/** The closing count, after the files' blocks. */
export function formatStylishSummary(tally: ReportTally, chalk: ChalkInstance): string {
  return `${summaryLine(tally, chalk)}\n`;
}

/** The diagnostic's first line, with the line before it for context and a caret underline. */
function codeFrame(source: SourceText, diagnostic: Diagnostic, chalk: ChalkInstance): string[] {
  const { line } = diagnostic.start;
  const raw = source.lineText(line);
  const full = printable(raw);
  // Columns in the printed line: an escaped character before the span takes several.
  const printed = (column: number) => printable(raw.slice(0, column - 1)).length + 1;
  const column = printed(diagnostic.start.column);
  const width = String(line).length;
  const gutter = (number: number | '') => chalk.dim(`${String(number).padStart(width)} | `);
  const fullEnd = diagnostic.end.line === line ? printed(diagnostic.end.column) : full.length + 1;
  // A very long line is shown around the span only.
  const from = full.length > MAX_FRAME_WIDTH ? Math.max(0, column - 1 - FRAME_CONTEXT) : 0;
  const text = (from > 0 ? '…' : '') + full.slice(from, from + MAX_FRAME_WIDTH) + (from + MAX_FRAME_WIDTH < full.length ? '…' : '');
  const shift = from > 0 ? from - 1 : 0;
  const start = column - shift;
  const end = Math.min(fullEnd - shift, text.length + 1);
  // Keep tabs in the padding so the carets sit under the same characters.
  const padding = text.slice(0, start - 1).replace(/[^\t]/g, ' ');
  const carets = '^'.repeat(Math.max(1, end - start));
  const frame = [];
  const previous = printable(source.lineText(line - 1));
  if (line > 1 && previous.trim() !== '' && previous.length <= MAX_FRAME_WIDTH) frame.push(gutter(line - 1) + chalk.dim(previous));
  frame.push(gutter(line) + text, gutter('') + padding + chalk.red(carets));
  return frame;
}

const MAX_FRAME_WIDTH = 160;
const FRAME_CONTEXT = 40;

function summaryLine(summary: ReportTally, chalk: ChalkInstance): string {
  const files = summary.filesWithProblems;
  const counts = [
    plural(summary.errors, 'error'),
    plural(summary.warnings, 'warning'),
    ...(summary.infos > 0 ? [plural(summary.infos, 'info')] : []),
  ].join(', ');
  if (summary.errors + summary.warnings + summary.infos === 0) {
    return chalk.green(`✔ no problems in ${plural(summary.files, 'file')}`);
  }
  const text = `${counts} in ${plural(files, 'file')} (${summary.files} checked)`;
  return summary.errors > 0 ? chalk.red.bold(`✖ ${text}`) : chalk.yellow.bold(`⚠ ${text}`);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
