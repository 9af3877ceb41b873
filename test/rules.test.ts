/**
 * Meta-tests over every rule: unique kebab-case ids, a page whose header agrees with the rule's
 * metadata and whose examples behave as the page says, fixtures on both sides, and the README's
 * rule table listing exactly the rules there are; no page cites a note users cannot open.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { resolveTarget } from '../src/catalog/index.js';
import { lintText } from '../src/engine/lint.js';
import { RULES } from '../rules/index.js';
import { readFixtureSpec } from './support/expectations.js';
import { repoRoot } from './support/paths.js';


test('rule ids are unique kebab-case and name their folder', () => {
  const ids = RULES.map((rule) => rule.meta.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids) assert.match(id, /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
  const folders = readdirSync(path.join(repoRoot, 'rules'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  assert.deepEqual([...folders].sort(), [...ids].sort());
});

for (const rule of RULES) {
  const { id } = rule.meta;
  describe(`rule ${id}`, () => {
    const page = readFileSync(path.join(repoRoot, 'rules', id, 'README.md'), 'utf8');

    test('its page states the metadata', () => {
      assert.equal(page.split('\n')[0], `# ${id}`);
      const header = /^\*\*Severity:\*\* (\w+) · \*\*Fix:\*\* (\w+)/m.exec(page);
      assert.ok(header, 'a "**Severity:** … · **Fix:** …" line');
      assert.deepEqual([header[1], header[2]], [rule.meta.severity, rule.meta.fix]);
      assert.ok(page.includes(`\n${rule.meta.description}\n`), 'the description as its own paragraph');
      for (const section of ['## What it finds', '## Why it matters', '## Incorrect', '## Correct', '## Facts']) assert.ok(page.includes(section), section);
    });

    test('its incorrect example is reported, its correct example is clean', () => {
      const incorrect = exampleAfter(page, '## Incorrect');
      const correct = exampleAfter(page, '## Correct');
      const reported = lintText(incorrect, optionsFor(incorrect)).diagnostics.map((d) => d.rule);
      assert.ok(reported.includes(id), `incorrect example gives ${JSON.stringify(reported)}`);
      const clean = lintText(correct, optionsFor(correct)).diagnostics.map((d) => `${d.rule}: ${d.message}`);
      assert.deepEqual(clean, []);
    });

    test('it has fixtures that expect it and fixtures that do not', () => {
      const dir = path.join(repoRoot, 'fixtures', id);
      assert.ok(existsSync(dir), `fixtures/${id}/`);
      const specs = readdirSync(dir).filter((name) => name.endsWith('.toml')).map((name) => readFixtureSpec(readFileSync(path.join(dir, name), 'utf8')));
      assert.ok(specs.some((spec) => spec.expectations.some((e) => e.rule === id)), 'a fixture where it fires');
      assert.ok(specs.some((spec) => !spec.expectations.some((e) => e.rule === id)), 'a fixture where it does not');
    });
  });
}

// The research notes the pages were written from live outside the repository: a page cites the
// public source a note rests on (a URL, a file at a tag), never the note itself.
test('no rule page and not the README cites a research/ note a user cannot open', () => {
  const pages = ['README.md', ...RULES.map((rule) => path.join('rules', rule.meta.id, 'README.md'))];
  const citing = pages.filter((page) => readFileSync(path.join(repoRoot, page), 'utf8').includes('research/'));
  assert.deepEqual(citing, []);
});

test('the README lists exactly the rules, with their severities', () => {
  const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const listed = [...readme.matchAll(/^\| \[`([a-z0-9-]+)`\]\(rules\/\1\/README\.md\) \| (\w+) \| (\w+) \|/gm)].map((m) => `${m[1]} ${m[2]} ${m[3]}`);
  assert.deepEqual(listed, RULES.map((rule) => `${rule.meta.id} ${rule.meta.severity} ${rule.meta.fix}`));
});

/** Examples may carry the fixtures' `# target:`, `# required:` and `# profile:` comments. */
function optionsFor(example: string) {
  const spec = readFixtureSpec(example);
  return { rules: RULES, target: resolveTarget(spec.target), requiredFields: spec.requiredFields, profile: spec.profile, sbatchAnswer: spec.sbatchAnswer };
}

function exampleAfter(page: string, heading: string): string {
  const section = page.slice(page.indexOf(heading));
  const match = /```toml\n([\s\S]*?)```/.exec(section);
  assert.ok(match, `a toml block after ${heading}`);
  return match[1]!;
}
