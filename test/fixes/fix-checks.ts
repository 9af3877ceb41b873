/**
 * What every fix must keep, whichever rule made it. Used by the property tests over generated
 * configs, the fixtures and the real corpus, so that each rule's fixes are covered once written.
 */
import assert from 'node:assert/strict';
import { parseDocument, type TomlDocument } from '../../src/document/parse.js';
import type { Span } from '../../src/document/source.js';
import { entrySpan, plainValue, type TomlNode } from '../../src/document/tree.js';
import type { Diagnostic } from '../../src/engine/diagnostic.js';
import type { TextEdit } from '../../src/document/edits.js';
import { lintText, type LintOptions } from '../../src/engine/lint.js';
import { applyFixes, lineEndingOf } from '../../src/fixes/apply.js';
import { fixText } from '../../src/fixes/fix-text.js';

export interface Checked {
  /** Fixes checked one at a time, by safety. */
  safe: number;
  unsafe: number;
}

/** Checks each fix of the text's diagnostics on its own, then the whole --fix loop both ways. */
export function checkFixes(text: string, options: LintOptions, name: string, checked: Checked): void {
  const before = parseDocument(text);
  if (!before.ok) return;
  const diagnostics = lintText(text, options).diagnostics;
  for (const diagnostic of diagnostics) {
    if (!diagnostic.fix) continue;
    const where = `${name}: ${diagnostic.rule} at ${diagnostic.start.line}:${diagnostic.start.column}`;
    checkOneFix(text, before.document, diagnostic, where);
    // A fix repairs what it was offered for: its rule reports one problem fewer afterwards.
    const count = (found: readonly Diagnostic[]) => found.filter((other) => other.rule === diagnostic.rule).length;
    assert.ok(count(lintText(applyFixes(text, [diagnostic]).text, options).diagnostics) < count(diagnostics), `${where}: the fix removes the problem it was made for`);
    checked[diagnostic.fix.safety]++;
  }
  for (const safety of ['safe', 'unsafe'] as const) {
    const once = fixText(text, options, safety);
    assert.ok(once.converged, `${name}: --fix (${safety}) settles within the passes`);
    assert.deepEqual(once.broken, [], `${name}: no fix (${safety}) breaks the file`);
    const after = parseDocument(once.text);
    assert.ok(after.ok, `${name}: --fix (${safety}) leaves valid TOML`);
    assert.equal(fixText(once.text, options, safety).text, once.text, `${name}: fixing twice (${safety}) changes nothing the second time`);
    if (safety === 'safe') assertCommentsKept(before.document, after.document, [], `${name}: --fix`);
  }
}

function checkOneFix(text: string, before: TomlDocument, diagnostic: Diagnostic, where: string): void {
  const after = parseDocument(applyFixes(text, [diagnostic]).text);
  assert.ok(after.ok, `${where}: the fixed file parses (${after.ok ? '' : after.error.message})`);
  const edits = diagnostic.fix!.edits;
  if (diagnostic.fix!.safety === 'safe') {
    // The target is the entry the diagnostic points at. Left out after the fix as well: what the
    // edits wrote, which may be a new key (a renamed parameter). Any other entry must be as it was.
    const targets = touchedPaths(before, [diagnostic.span]);
    const written = [...targets, ...touchedPaths(after.document, editedRanges(text, edits))];
    assert.deepEqual(valuesOutside(after.document, new Set(written)), valuesOutside(before, new Set(targets)), `${where}: a safe fix changes no other value`);
    assertCommentsKept(before, after.document, [], where);
  } else {
    assertCommentsKept(before, after.document, edits, where);
  }
}

const overlaps = (span: Span, ranges: readonly Span[]) => ranges.some((range) => range.start <= span.end && span.start <= range.end);

/** The paths (as JSON) of the outermost entries and [[array]] tables that the ranges touch. */
function touchedPaths(document: TomlDocument, ranges: readonly Span[]): string[] {
  const paths: string[] = [];
  const visit = (node: TomlNode) => {
    if (node.kind === 'table') {
      for (const entry of node.entries.values()) {
        if (overlaps(entrySpan(entry), ranges)) paths.push(JSON.stringify(entry.value.path));
        else visit(entry.value);
      }
    } else if (node.kind === 'array') {
      for (const item of node.items) {
        if (item.kind === 'table' && item.origin === 'array-header' && overlaps(item.span, ranges)) paths.push(JSON.stringify(item.path));
        else visit(item);
      }
    }
  };
  visit(document.root);
  return paths;
}

/** The document's plain value with the target paths left out. */
function valuesOutside(document: TomlDocument, targets: ReadonlySet<string>): unknown {
  const strip = (node: TomlNode): unknown => {
    if (node.kind === 'scalar') return plainValue(node);
    if (node.kind === 'array') return node.items.filter((item) => !targets.has(JSON.stringify(item.path))).map(strip);
    return Object.fromEntries([...node.entries].filter(([, entry]) => !targets.has(JSON.stringify(entry.value.path))).map(([key, entry]) => [key, strip(entry.value)]));
  };
  return strip(document.root);
}

/** Where each edit's new text lies in the fixed text (line breaks converted as applyFixes does). */
function editedRanges(text: string, edits: readonly TextEdit[]): Span[] {
  const lineEnding = lineEndingOf(text);
  let shift = 0;
  return [...edits]
    .sort((a, b) => a.start - b.start)
    .map((edit) => {
      const inserted = edit.text.replace(/\r?\n/g, lineEnding).length;
      const range = { start: edit.start + shift, end: edit.start + shift + inserted };
      shift += inserted - (edit.end - edit.start);
      return range;
    });
}

/** Every comment not inside an edit is still there (as many times as before). */
function assertCommentsKept(before: TomlDocument, after: TomlDocument, edits: readonly Span[], where: string): void {
  const left = after.comments.map((comment) => comment.text);
  for (const comment of before.comments) {
    if (edits.some((edit) => edit.start < comment.span.end && comment.span.start < edit.end)) continue;
    const index = left.indexOf(comment.text);
    assert.ok(index >= 0, `${where}: the comment "#${comment.text}" survives`);
    left.splice(index, 1);
  }
}
