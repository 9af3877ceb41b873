/**
 * Which lines of a batch script bsub reads as `#BSUB` directives.
 *
 * IBM LSF 10.1 command reference (research/slurm.md A11): "Use the #BSUB imperative (in upper
 * case letters) at the beginning of each line" (bsub job_script), and IBM's example puts a
 * `#BSUB` line after commands, so LSF sets no header boundary. The reference does not say whether
 * blanks may come before `#BSUB`, so an indented one is not judged either way. Which of two
 * `#BSUB` lines setting the same option wins is not documented either, so nothing here decides it.
 */
import {
  commentOrCommand,
  isBareShortOption,
  missingPrefix,
  splitLines,
  type DirectiveIssue,
  type DirectiveScan,
  type ScannedLine,
} from '../directive-scan.js';

const LSF_PREFIX = '#BSUB';

export function scanLsfScript(text: string): DirectiveScan {
  const lines: ScannedLine[] = [];
  const issues: DirectiveIssue[] = [];
  for (const line of splitLines(text)) {
    const kind = line.text.startsWith(LSF_PREFIX) ? 'directive' : commentOrCommand(line.text);
    lines.push({ index: line.index, span: line.span, kind });
    if (kind === 'comment' && looksLikeBsub(line.text)) {
      issues.push({
        kind: 'lookalike-directive',
        span: { start: line.span.start + line.text.length - line.text.trimStart().length, end: line.span.start + line.text.trimEnd().length },
        line: line.index,
        message: `this looks like a directive but is a plain comment to bsub, which reads only lines starting with "${LSF_PREFIX}" in upper case: ${JSON.stringify(line.text.trim())}`,
      });
    } else if (kind === 'command' && isBareShortOption(line.text)) {
      issues.push(missingPrefix(line, LSF_PREFIX, 'bsub ignores it, and the job runs it as a shell command'));
    }
  }
  return { lines, issues };
}

/** `#bsub -n 4`, `# BSUB -n 4`; not an exact `#BSUB`, indented or not. */
function looksLikeBsub(line: string): boolean {
  return /^[ \t]*#[ \t]*bsub[ \t]*-/i.test(line) && !line.trimStart().startsWith(LSF_PREFIX);
}
