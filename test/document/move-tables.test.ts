/**
 * The suggested move of a late sub-table (src/document/move-tables.ts) on every layout recorded in
 * tomlkit-layout-answers.json and on the rule's fixtures: the same document in TOML, with that
 * table no longer late.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { TextEdit } from '../../src/document/edits.js';
import { moveLateTablesEdits } from '../../src/document/move-tables.js';
import { parseDocument } from '../../src/document/parse.js';
import { lateArrayExtensions, tableHeaders } from '../../src/document/table-order.js';
import { plainValue } from '../../src/document/tree.js';
import { repoRoot } from '../support/paths.js';

const record = JSON.parse(readFileSync(path.join(repoRoot, 'test', 'document', 'tomlkit-layout-answers.json'), 'utf8')) as {
  headers: string[];
  documents: { layout?: number[] }[];
};
const fixtureDir = path.join(repoRoot, 'fixtures', 'tomlkit-key-already-present');
const texts = [
  ...record.documents.filter((document) => document.layout).map((document) => document.layout!.map((header, i) => `${record.headers[header]}\nk${i} = ${i}\n\n`).join('')),
  ...readdirSync(fixtureDir).filter((name) => name.endsWith('.toml')).map((name) => readFileSync(path.join(fixtureDir, name), 'utf8')),
];

function apply(text: string, edits: readonly TextEdit[]): string {
  return [...edits].sort((a, b) => b.start - a.start).reduce((out, edit) => out.slice(0, edit.start) + edit.text + out.slice(edit.end), text);
}

test('the move gives the same document, with the moved table no longer late', () => {
  let moved = 0;
  const wrong: string[] = [];
  for (const text of texts) {
    const parsed = parseDocument(text);
    assert.ok(parsed.ok);
    const headers = tableHeaders(parsed.document.root);
    for (const extension of lateArrayExtensions(headers)) {
      const edits = moveLateTablesEdits(text, headers, extension);
      if (!edits) continue;
      moved++;
      const after = apply(text, edits);
      const reparsed = parseDocument(after);
      if (!reparsed.ok) {
        wrong.push(`${JSON.stringify(text)}: ${reparsed.error.message}`);
        continue;
      }
      // The edits: an insertion above, then the removal of the blocks that held the late header.
      const [insertion, removal] = edits as [TextEdit, TextEdit];
      const movedTo = insertion.start + (extension.header.span.start - removal.start);
      const stillLate = lateArrayExtensions(tableHeaders(reparsed.document.root)).some(
        (late) => late.header.span.start === movedTo && late.element.path.join('.') === extension.element.path.join('.'),
      );
      if (stillLate || JSON.stringify(plainValue(reparsed.document.root)) !== JSON.stringify(plainValue(parsed.document.root))) wrong.push(JSON.stringify(text));
    }
  }
  assert.deepEqual(wrong, []);
  assert.ok(moved > 500, `${moved} moves`);
});
