import { defineRule } from '../../src/engine/rule.js';
import type { TomlNode, TomlScalar } from '../../src/document/tree.js';
import { shellCommands } from '../../src/model/shell-commands.js';
import { READ_PREFIXES } from '../../src/scheduler/directive-prefixes.js';

type StringNode = TomlScalar & { value: string };

/** What documentation templates leave for the reader to fill in. */
const PLACEHOLDERS: readonly RegExp[] = [
  /(?<![<\w])<[A-Za-z][\w.-]*(?: [\w.-]+)*>(?!>)/g, // <your-partition>, <path-to-conda>
  /\byour[_-]\w[\w-]*/gi, // YOUR_ACCOUNT, your_username
  /(?<![\w.])(?:\.\.\.|\u2026)(?![\w.])/g, // ..., a value still to write
  /\b(?:TODO|FIXME|CHANGEME|CHANGE_ME)\b/g,
  /(?<!\w)\/?path\/to\//g, // /path/to/miniforge3
];

/** Text that every placeholder contains (each pattern's literal part): most strings have none, and are done at once. */
const MAY_HOLD_PLACEHOLDER = /<|your|\.\.\.|\u2026|TODO|FIXME|CHANGE|path\/to\//i;

/** A line of scheduler_options that every scheduler reads as a comment: not a directive any of them reads. */
function isCommentLine(line: string): boolean {
  const text = line.trimStart();
  return text.startsWith('#') && !READ_PREFIXES.some((prefix) => text.startsWith(prefix));
}

export const rule = defineRule({
  meta: {
    id: 'placeholder-value',
    severity: 'error',
    description: 'A string still holds a template placeholder such as `<your-partition>`, `YOUR_ACCOUNT`, `...`, `TODO` or `/path/to/`.',
    fix: 'none',
  },
  create: (context) => ({
    config(config) {
      if (config.parslTable) visit(config.parslTable);

      function visit(node: TomlNode): void {
        if (node.kind === 'table') for (const entry of node.entries.values()) visit(entry.value);
        else if (node.kind === 'array') node.items.forEach(visit);
        else if (node.type === 'string') check(node as StringNode);
      }

      function check(node: StringNode): void {
        if (!MAY_HOLD_PLACEHOLDER.test(node.value)) return;
        const key = node.path.findLast((part): part is string => typeof part === 'string') ?? '';
        let reportedUpTo = 0;
        for (const found of placeholders(key, node.value)) {
          // `<your-env>` also matches `your-env`: report the outer one only.
          if (found.start < reportedUpTo) continue;
          reportedUpTo = found.end;
          context.report({
            at: context.locate(node).spanOf(found.start, found.end),
            message: { headline: `"${found.text}" is a placeholder left from a template`, note: `${consequence(key, found.text)}.`, help: 'Replace it with your own value' },
          });
        }
      }
    },
  }),
});

/** Every placeholder in the parts of the string that take effect, in order, outer matches first. */
function placeholders(key: string, text: string): { start: number; end: number; text: string }[] {
  const found = readRanges(key, text).flatMap(([start, end]) =>
    PLACEHOLDERS.flatMap((pattern) =>
      [...text.slice(start, end).matchAll(pattern)].map((match) => ({ start: start + match.index, end: start + match.index + match[0].length, text: match[0] })),
    ),
  );
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * The parts of a string that take effect: in worker_init the words of its commands (a shell
 * comment is harmless), in scheduler_options every line but comments, elsewhere all of it.
 */
function readRanges(key: string, text: string): [number, number][] {
  if (key === 'worker_init') return shellCommands(text).flatMap((command) => [...command.assignments, ...command.words].map((word): [number, number] => [word.start, word.end]));
  if (key === 'scheduler_options') {
    let start = 0;
    return text.split('\n').flatMap((line) => {
      const range: [number, number] = [start, start + line.length];
      start += line.length + 1;
      return isCommentLine(line) ? [] : [range];
    });
  }
  return [[0, text.length]];
}

function consequence(key: string, placeholder: string): string {
  if (key === 'worker_init' && placeholder.startsWith('<')) {
    return 'bash reads "<…>" as input and output redirections, so this line fails; followed by ";", "&&" or the end of the string it is a syntax error that ends the batch script before any worker starts';
  }
  if (key === 'worker_init') return 'the batch job runs this command as written, so it fails and the workers start without their environment';
  if (key === 'scheduler_options') return 'sbatch reads this directive as written, so it refuses the job or runs it where you did not mean';
  return `parsl passes ${key} on as written, so the scheduler refuses the job or runs it where you did not mean`;
}
