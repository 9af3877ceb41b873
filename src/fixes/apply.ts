/** Applying the edits of fixes to a text, keeping the file's line endings and final newline. */
import type { Diagnostic } from '../engine/diagnostic.js';
import type { TextEdit } from '../document/edits.js';

export interface AppliedFixes {
  readonly text: string;
  /** The diagnostics whose fixes were applied, in the order given. */
  readonly applied: readonly Diagnostic[];
}

/**
 * Applies the fix of each diagnostic, in order. A fix whose edits overlap those of a fix already
 * taken is skipped: the next pass lints the new text and offers it again if it still applies.
 */
export function applyFixes(text: string, fixable: readonly Diagnostic[]): AppliedFixes {
  const taken: TextEdit[] = [];
  const applied: Diagnostic[] = [];
  for (const diagnostic of fixable) {
    const edits = sortedEdits(diagnostic);
    if (edits.some((edit) => taken.some((other) => overlap(edit, other)))) continue;
    taken.push(...edits);
    applied.push(diagnostic);
  }
  const lineEnding = lineEndingOf(text);
  const edited = applyEdits(text, taken.map((edit) => ({ ...edit, text: edit.text.replace(/\r?\n/g, lineEnding) })));
  return { text: keepFinalNewline(text, edited, lineEnding), applied };
}

function sortedEdits(diagnostic: Diagnostic): TextEdit[] {
  const edits = [...(diagnostic.fix?.edits ?? [])].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < edits.length; i++) {
    if (overlap(edits[i - 1]!, edits[i]!)) throw new Error(`rule ${diagnostic.rule} made a fix with overlapping edits`);
  }
  return edits;
}

/** Two edits overlap when they share text, or when one inserts where the other begins, ends or lies. */
function overlap(a: TextEdit, b: TextEdit): boolean {
  const start = Math.max(a.start, b.start);
  const end = Math.min(a.end, b.end);
  return start < end || (start === end && (a.start === a.end || b.start === b.end));
}

function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}

/** The file's line ending, from its first line break: a CRLF file stays CRLF. */
export function lineEndingOf(text: string): '\n' | '\r\n' {
  const newline = text.indexOf('\n');
  return newline > 0 && text[newline - 1] === '\r' ? '\r\n' : '\n';
}

function keepFinalNewline(original: string, edited: string, lineEnding: string): string {
  const had = original.endsWith('\n');
  const has = edited.endsWith('\n');
  if (had && !has && edited !== '') return edited + lineEnding;
  if (!had && has) return edited.replace(/\r?\n$/, '');
  return edited;
}
