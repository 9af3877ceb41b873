import { describeReader, readingRelease, tomlkitRefusesLateExtension } from '../../src/catalog/index.js';
import { moveLateTablesEdits } from '../../src/document/move-tables.js';
import { lateArrayExtensions, tableHeaders, type LateArrayExtension, type TableHeader } from '../../src/document/table-order.js';
import type { SourceText } from '../../src/document/source.js';
import type { Suggestion } from '../../src/engine/diagnostic.js';
import { defineRule } from '../../src/engine/rule.js';

/**
 * The file is valid TOML, so every other rule still reads it as TOML does; this rule only says
 * that the target's tomlkit will not (python-poetry/tomlkit#261).
 */
export const rule = defineRule({
  meta: {
    id: 'tomlkit-key-already-present',
    severity: 'error',
    description: 'A table header reaches back into an array of tables after other tables, a layout the target release\'s tomlkit refuses with "Key … already exists".',
    fix: 'none',
  },
  create: (context) => ({
    config(config) {
      const release = readingRelease(context.target);
      const reported = new Set<TableHeader>();
      const headers = tableHeaders(config.document.root);
      for (const extension of lateArrayExtensions(headers)) {
        // One report per header: the outermost array it reaches back into that tomlkit refuses.
        if (reported.has(extension.header) || !tomlkitRefusesLateExtension(release.tomlkit, extension)) continue;
        reported.add(extension.header);
        context.report({
          at: extension.header.span,
          message: `${describe(context.source, extension)}: ${describeReader(release)}, which refuses this layout (python-poetry/tomlkit#261) and stops with 'Key "${arrayName(extension)}" already exists.' before any action runs; ${advice(context.source, extension)}`,
          suggestions: suggestMove(context.source, headers, extension),
        });
      }
    },
  }),
});

/** A suggestion, not a fix: the edit moves whole blocks of lines and the comments above them. */
function suggestMove(source: SourceText, headers: readonly TableHeader[], extension: LateArrayExtension): Suggestion[] {
  const edits = moveLateTablesEdits(source.text, headers, extension);
  if (!edits) return [];
  const first = extension.between[0]!.header;
  return [{ description: `move ${written(source, extension.header)} and the element's tables after it above ${written(source, first)}`, edits }];
}

function describe(source: SourceText, extension: LateArrayExtension): string {
  const header = written(source, extension.header);
  const count = extension.between.length;
  const named = extension.between.slice(0, count > 2 ? 2 : count).map((other) => `${written(source, other.header)} (line ${line(source, other.header)})`);
  const shown = count > 2 ? `${named.join(', ')} and ${count - 2} more` : named.join(' and ');
  const element = `${written(source, extension.element)} on line ${line(source, extension.element)}`;
  return extension.kind === 'subtable'
    ? `${header} adds to the ${element}, but ${shown} came between`
    : `${header} starts the element after the ${element}, but ${shown} came between`;
}

function advice(source: SourceText, extension: LateArrayExtension): string {
  return extension.kind === 'subtable'
    ? `move ${written(source, extension.header)} up, directly below the element's other tables (the same document in TOML)`
    : `move the tables between below the last ${written(source, extension.element)} element, so the array's elements are written together`;
}

/** The array's own key: `executors` for `[[parsl.executors]]`, the name tomlkit's message carries. */
function arrayName(extension: LateArrayExtension): string {
  return String(extension.element.path[extension.element.path.length - 2]);
}

function written(source: SourceText, header: TableHeader): string {
  return source.text.slice(header.span.start, header.span.end);
}

function line(source: SourceText, header: TableHeader): number {
  return source.positionAt(header.span.start).line;
}
