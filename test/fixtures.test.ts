/**
 * The rule tests: every file under fixtures/<rule>/ is linted with all rules on, and
 * - the diagnostics must be exactly the ones its `# expect` comments name, where they name them;
 * - what the user is told — each diagnostic's range, severity, rule, message, fix and suggestions —
 *   must be exactly what `fixtures/<rule>/diagnostics.txt` records, so a changed message shows
 *   up in review. `UPDATE_SNAPSHOTS=1 npm test` rewrites those files; a missing one fails.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import type { Diagnostic } from '../src/engine/diagnostic.js';
import { lintBytes } from '../src/engine/lint.js';
import { repoRoot } from './support/paths.js';
import { fixtureLintOptions, readFixtureSpec, type Expectation } from './support/expectations.js';

const fixturesDir = path.join(repoRoot, 'fixtures');
const updateSnapshots = process.env['UPDATE_SNAPSHOTS'] === '1';

function describeExpectation(expectation: Expectation): string {
  return `${expectation.rule} at ${expectation.line}${expectation.column === undefined ? '' : `:${expectation.column}`}`;
}

/** A diagnostic as the snapshot records it: one line, then its fix and suggestions indented. */
function snapshotLines(diagnostic: Diagnostic): string[] {
  const { start, end } = diagnostic;
  const lines = [`${start.line}:${start.column}-${end.line}:${end.column} ${diagnostic.severity} ${diagnostic.rule}: ${diagnostic.message}`];
  if (diagnostic.fix) lines.push(`  fix (${diagnostic.fix.safety}): ${diagnostic.fix.description}`);
  for (const suggestion of diagnostic.suggestions) lines.push(`  suggestion: ${suggestion.description}`);
  return lines;
}

for (const ruleDir of readdirSync(fixturesDir).sort()) {
  describe(`fixtures/${ruleDir}`, () => {
    const snapshot: string[] = [];
    for (const name of readdirSync(path.join(fixturesDir, ruleDir)).filter((file) => file.endsWith('.toml')).sort()) {
      const bytes = readFileSync(path.join(fixturesDir, ruleDir, name));
      const spec = readFixtureSpec(bytes.toString('utf8'));
      const result = lintBytes(bytes, fixtureLintOptions(spec));
      snapshot.push(`== ${name}`, ...result.diagnostics.flatMap(snapshotLines), '');

      test(name, () => {
        const actual = result.diagnostics.map((d) => ({ rule: d.rule, line: d.start.line, column: d.start.column, message: d.message }));
        const unmatched = [...actual];
        const missing: Expectation[] = [];
        for (const expectation of spec.expectations) {
          const index = unmatched.findIndex(
            (d) => d.rule === expectation.rule && d.line === expectation.line && (expectation.column === undefined || d.column === expectation.column),
          );
          if (index === -1) missing.push(expectation);
          else unmatched.splice(index, 1);
        }
        assert.deepEqual(
          { missing: missing.map(describeExpectation), unexpected: unmatched.map((d) => `${d.rule} at ${d.line}:${d.column}: ${d.message}`) },
          { missing: [], unexpected: [] },
        );
      });
    }

    test('what the user is told matches diagnostics.txt', () => {
      const file = path.join(fixturesDir, ruleDir, 'diagnostics.txt');
      const actual = snapshot.join('\n');
      if (updateSnapshots) writeFileSync(file, actual);
      assert.ok(existsSync(file), `no fixtures/${ruleDir}/diagnostics.txt: run UPDATE_SNAPSHOTS=1 npm test and review it`);
      assert.equal(actual, readFileSync(file, 'utf8'), `fixtures/${ruleDir}/diagnostics.txt is out of date: if the change is meant, run UPDATE_SNAPSHOTS=1 npm test and review the diff`);
    });
  });
}
