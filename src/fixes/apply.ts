/** Applying the edits of fixes to a text, keeping the file's line endings and final newline. */
import type { Diagnostic } from '../engine/diagnostic.js';
import type { TextEdit } from '../document/edits.js';
import { partitionPoint } from '../partition-point.js';

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
  const taken = new TakenEdits();
  const applied: Diagnostic[] = [];
  for (const diagnostic of fixable) {
    const edits = sortedEdits(diagnostic);
    if (edits.some((edit) => taken.overlaps(edit))) continue;
    for (const edit of edits) taken.add(edit);
    applied.push(diagnostic);
  }
  const lineEnding = lineEndingOf(text);
  const edited = applyEdits(text, taken.inOrder().map((edit) => ({ ...edit, text: edit.text.replace(/\r?\n/g, lineEnding) })));
  return { text: keepFinalNewline(text, edited, lineEnding), applied };
}

function sortedEdits(diagnostic: Diagnostic): TextEdit[] {
  const edits = [...(diagnostic.fix?.edits ?? [])].sort(byPosition);
  for (let i = 1; i < edits.length; i++) {
    if (overlap(edits[i - 1]!, edits[i]!)) throw new Error(`rule ${diagnostic.rule} made a fix with overlapping edits`);
  }
  return edits;
}

const byPosition = (a: TextEdit, b: TextEdit) => a.start - b.start || a.end - b.end;

/** Two edits overlap when they share text, or when one inserts where the other begins, ends or lies. */
function overlap(a: TextEdit, b: TextEdit): boolean {
  const start = Math.max(a.start, b.start);
  const end = Math.min(a.end, b.end);
  return start < end || (start === end && (a.start === a.end || b.start === b.end));
}

/**
 * The edits taken so far, kept in order and apart from one another: an edit can overlap only the
 * taken ones next to where it would go, so a file with thousands of fixes is not checked pair by pair.
 */
class TakenEdits {
  private readonly edits: TextEdit[] = [];

  overlaps(edit: TextEdit): boolean {
    const at = this.insertionPoint(edit);
    // The neighbours, and an empty edit (an insertion) at the same place, which sorts either side.
    for (let index = Math.max(0, at - 1); index < this.edits.length; index++) {
      const other = this.edits[index]!;
      if (overlap(edit, other)) return true;
      if (other.start > edit.end) break;
    }
    return false;
  }

  add(edit: TextEdit): void {
    this.edits.splice(this.insertionPoint(edit), 0, edit);
  }

  inOrder(): readonly TextEdit[] {
    return this.edits;
  }

  /** Where `edit` goes in the order: after every taken edit that sorts before it. */
  private insertionPoint(edit: TextEdit): number {
    return partitionPoint(this.edits.length, (index) => byPosition(this.edits[index]!, edit) <= 0);
  }
}

/** `edits` in order and apart: the text between them, and their new text, joined once. */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const pieces: string[] = [];
  let position = 0;
  for (const edit of edits) {
    pieces.push(text.slice(position, edit.start), edit.text);
    position = edit.end;
  }
  pieces.push(text.slice(position));
  return pieces.join('');
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
