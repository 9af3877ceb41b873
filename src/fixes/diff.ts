/**
 * What `--diff` prints: a unified diff with three lines of context, headed `a/PATH` and `b/PATH`
 * so that `git apply` or `patch -p1` can apply it. Config files are small, so a plain
 * longest-common-subsequence table over the lines between the common head and tail is enough.
 */

type Op = { readonly kind: ' ' | '-' | '+'; readonly line: string };
type Row = Op & { readonly oldLine: number; readonly newLine: number };

const CONTEXT = 3;

export function unifiedDiff(path: string, before: string, after: string): string {
  if (before === after) return '';
  const rows = numbered(diffLines(splitLines(before), splitLines(after)));
  const hunks = changeGroups(rows).map(([start, end]) => hunk(rows.slice(start, end)));
  return `--- a/${path}\n+++ b/${path}\n${hunks.join('')}`;
}

/** Lines with their line breaks, so that CRLF survives and a missing final newline shows. */
function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function diffLines(a: readonly string[], b: readonly string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const same = (line: string): Op => ({ kind: ' ', line });
  return [
    ...a.slice(0, head).map(same),
    ...middle(a.slice(head, a.length - tail), b.slice(head, b.length - tail)),
    ...a.slice(a.length - tail).map(same),
  ];
}

function middle(a: readonly string[], b: readonly string[]): Op[] {
  // common[i][j]: the length of the longest common subsequence of a[i..] and b[j..].
  const common = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      common[i]![j] = a[i] === b[j] ? common[i + 1]![j + 1]! + 1 : Math.max(common[i + 1]![j]!, common[i]![j + 1]!);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ kind: ' ', line: a[i++]! });
      j++;
    } else if (j === b.length || (i < a.length && common[i + 1]![j]! >= common[i]![j + 1]!)) {
      ops.push({ kind: '-', line: a[i++]! });
    } else {
      ops.push({ kind: '+', line: b[j++]! });
    }
  }
  return ops;
}

function numbered(ops: readonly Op[]): Row[] {
  let oldLine = 1;
  let newLine = 1;
  return ops.map((op) => {
    const row = { ...op, oldLine, newLine };
    if (op.kind !== '+') oldLine++;
    if (op.kind !== '-') newLine++;
    return row;
  });
}

/** [start, end) row ranges: each change with its context, merged when their contexts touch. */
function changeGroups(rows: readonly Row[]): [number, number][] {
  const groups: [number, number][] = [];
  rows.forEach((row, index) => {
    if (row.kind === ' ') return;
    const start = Math.max(0, index - CONTEXT);
    const end = Math.min(rows.length, index + CONTEXT + 1);
    const last = groups[groups.length - 1];
    if (last && start <= last[1]) last[1] = end;
    else groups.push([start, end]);
  });
  return groups;
}

function hunk(rows: readonly Row[]): string {
  const oldCount = rows.filter((row) => row.kind !== '+').length;
  const newCount = rows.filter((row) => row.kind !== '-').length;
  // An empty side is numbered by the line before it, as diff(1) does.
  const oldStart = oldCount === 0 ? rows[0]!.oldLine - 1 : rows[0]!.oldLine;
  const newStart = newCount === 0 ? rows[0]!.newLine - 1 : rows[0]!.newLine;
  const lines = rows.map((row) => `${row.kind}${row.line}${row.line.endsWith('\n') ? '' : '\n\\ No newline at end of file\n'}`);
  return `@@ -${oldStart},${oldCount} +${newStart},${newCount} @@\n${lines.join('')}`;
}
