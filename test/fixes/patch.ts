/** Test helper: applying a unified diff, to check what --diff prints. */
import assert from 'node:assert/strict';

/** A minimal `patch`: applies the hunks of a unified diff to `text`, checking every context and removed line. */
export function applyPatch(text: string, diff: string): string {
  const lines = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const body = diff.split(/(?<=\n)/).slice(2);
  const out: string[] = [];
  let next = 0;
  for (let i = 0; i < body.length; ) {
    const header = /^@@ -(\d+),(\d+) \+\d+,\d+ @@\n$/.exec(body[i++]!);
    assert.ok(header, `a hunk header, got ${JSON.stringify(body[i - 1])}`);
    const start = Number(header[2]) === 0 ? Number(header[1]) : Number(header[1]) - 1;
    out.push(...lines.slice(next, start));
    next = start;
    while (i < body.length && !body[i]!.startsWith('@@')) {
      let line = body[i++]!;
      if (body[i] === '\\ No newline at end of file\n') {
        line = line.slice(0, -1);
        i++;
      }
      const [kind, content] = [line[0], line.slice(1)];
      if (kind !== '+') assert.equal(lines[next++], content, 'context and removed lines match the old text');
      if (kind !== '-') out.push(content);
    }
  }
  return [...out, ...lines.slice(next)].join('');
}
