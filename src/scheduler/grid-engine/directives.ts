/**
 * Reading a batch script's `#$` directives the way Grid Engine's qsub does.
 *
 * Son of Grid Engine 8.1.9 (son-of-gridengine/sge 5432d9d; the same code as Sun Grid Engine
 * 6.2u5 in gridengine/gridengine), `parse_script_file()` in source/common/parse_job_cull.c:
 * - a directive is a line whose first two characters are `#$` ("Special comments in script files
 *   have to start in the first column"); every line of the script is looked at, there is no
 *   header boundary (research/slurm.md A11: sge_submit(1) sets none);
 * - a `#` after the prefix starts a comment; the rest is split at blanks (no quoting).
 * Each line is parsed on its own (`cull_parse_cmdline()` in source/common/parse_qsub.c resets its
 * hard/soft state per call), so a `-soft` applies to the rest of its line only.
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
import type { WrittenSetting } from '../overrides.js';

const GRID_ENGINE_PREFIX = '#$';

export interface GridEngineScan extends DirectiveScan {
  /** The hard `-l` resources the directives request, one per resource, in script order (key `-l h_rt`). */
  readonly settings: readonly WrittenSetting[];
}

export function scanGridEngineScript(text: string): GridEngineScan {
  const lines: ScannedLine[] = [];
  const issues: DirectiveIssue[] = [];
  const settings: WrittenSetting[] = [];
  for (const line of splitLines(text)) {
    if (line.text.startsWith(GRID_ENGINE_PREFIX)) {
      lines.push({ index: line.index, span: line.span, kind: 'directive' });
      settings.push(...hardResources(line.text, line.span.start, line.index));
      continue;
    }
    const kind = commentOrCommand(line.text);
    lines.push({ index: line.index, span: line.span, kind });
    const indent = line.text.length - line.text.trimStart().length;
    if (kind === 'comment' && indent > 0 && line.text.startsWith(GRID_ENGINE_PREFIX, indent)) {
      issues.push({
        kind: 'lookalike-directive',
        span: { start: line.span.start + indent, end: line.span.start + line.text.trimEnd().length },
        line: line.index,
        message: `qsub reads "${GRID_ENGINE_PREFIX}" directives only at the very start of a line, so this indented one is a plain comment`,
        repair: { span: { start: line.span.start, end: line.span.start + indent }, text: '', description: `move "${GRID_ENGINE_PREFIX}" to the start of the line` },
      });
    } else if (kind === 'command' && isBareShortOption(line.text)) {
      issues.push(missingPrefix(line, GRID_ENGINE_PREFIX, 'qsub ignores it, and the job runs it as a shell command'));
    }
  }
  return { lines, issues, settings };
}

/**
 * The `-l name=value[,name=value...]` lists of one directive line that are hard requests.
 * Judgement: only `-l`, `-hard` and `-soft` are looked at; the arguments of other options are
 * skipped as words, which misreads a line only if some option's argument is the word `-l`.
 */
function hardResources(line: string, lineStart: number, index: number): WrittenSetting[] {
  const settings: WrittenSetting[] = [];
  const comment = line.indexOf('#', GRID_ENGINE_PREFIX.length);
  const body = comment < 0 ? line : line.slice(0, comment);
  const words = [...body.slice(GRID_ENGINE_PREFIX.length).matchAll(/\S+/g)].map((match) => ({
    text: match[0],
    start: lineStart + GRID_ENGINE_PREFIX.length + match.index,
  }));
  let hard = true;
  for (let at = 0; at < words.length; at++) {
    const word = words[at]!;
    if (word.text === '-hard' || word.text === '-soft') hard = word.text === '-hard';
    if (word.text !== '-l' || at + 1 >= words.length) continue;
    const list = words[++at]!;
    if (!hard) continue;
    let offset = 0;
    for (const item of list.text.split(',')) {
      const name = item.split('=')[0]!;
      const start = offset === 0 ? word.start : list.start + offset;
      if (name !== '') settings.push({ key: `-l ${name}`, text: `-l ${item}`, span: { start, end: list.start + offset + item.length }, line: index });
      offset += item.length + 1;
    }
  }
  return settings;
}
