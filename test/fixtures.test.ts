/**
 * The rule tests: every file under fixtures/<rule>/ is linted with all rules on, and the
 * diagnostics must be exactly the ones its `# expect` comments name, where they name them.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { resolveTarget } from '../src/catalog/index.js';
import { lintBytes } from '../src/engine/lint.js';
import { RULES } from '../rules/index.js';
import { repoRoot } from './support/paths.js';
import { readFixtureSpec, type Expectation } from './support/expectations.js';

const fixturesDir = path.join(repoRoot, 'fixtures');

function describeExpectation(expectation: Expectation): string {
  return `${expectation.rule} at ${expectation.line}${expectation.column === undefined ? '' : `:${expectation.column}`}`;
}

for (const ruleDir of readdirSync(fixturesDir).sort()) {
  describe(`fixtures/${ruleDir}`, () => {
    for (const name of readdirSync(path.join(fixturesDir, ruleDir)).filter((file) => file.endsWith('.toml')).sort()) {
      test(name, () => {
        const bytes = readFileSync(path.join(fixturesDir, ruleDir, name));
        const spec = readFixtureSpec(bytes.toString('utf8'));
        const result = lintBytes(bytes, { rules: RULES, target: resolveTarget(spec.target), requiredFields: spec.requiredFields, profile: spec.profile, sbatchAnswer: spec.sbatchAnswer });
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
  });
}
