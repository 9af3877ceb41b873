/**
 * Rules merged into one keep their former ids as aliases: in --rule, a config file's [rules], and
 * suppression comments, and `parsl-lint rules` names them.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { resolveTarget } from '../src/catalog/index.js';
import { lintText } from '../src/engine/lint.js';
import { RULES } from '../rules/index.js';
import { binPath, repoRoot } from './support/paths.js';

const PBS = readFileSync(path.join(repoRoot, 'fixtures/header-ended/torque-option-without-prefix.toml'), 'utf8');
const target = resolveTarget({});
const rulesOf = (text: string, settings?: ReadonlyMap<string, 'off'>) => lintText(text, { rules: RULES, target, ...(settings && { settings }) }).diagnostics.map((d) => d.rule);

function cli(args: string[], cwd = repoRoot) {
  const run = spawnSync(process.execPath, [binPath, ...args], { cwd, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

test('the fixture is reported by the merged rule', () => {
  assert.ok(rulesOf(PBS).includes('header-ended'));
});

test('a setting under a former id applies to the merged rule', () => {
  assert.ok(!rulesOf(PBS, new Map([['pbs-header-ended', 'off']])).includes('header-ended'));
  assert.ok(!rulesOf(PBS, new Map([['sbatch-header-ended', 'off']])).includes('header-ended'));
});

test('--rule takes a former id', () => {
  const run = cli(['--format', 'json', '--rule', 'pbs-header-ended=off', 'fixtures/header-ended/torque-option-without-prefix.toml']);
  assert.equal(run.stderr, '');
  assert.ok(!run.stdout.includes('"header-ended"'));
});

test("a config file's [rules] takes a former id", (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'parsl-lint-alias-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(path.join(dir, 'parsl-lint.toml'), '[rules]\nbatch-directive-ignored = "error"\n');
  writeFileSync(path.join(dir, 'config.toml'), readFileSync(path.join(repoRoot, 'fixtures/directive-ignored/pbs-lookalikes.toml')));
  const run = cli(['--format', 'json', 'config.toml'], dir);
  assert.equal(run.stderr, '');
  const report = JSON.parse(run.stdout) as { files: { diagnostics: { rule: string; severity: string }[] }[] };
  const ignored = report.files[0]!.diagnostics.filter((d) => d.rule === 'directive-ignored');
  assert.ok(ignored.length > 0);
  assert.ok(ignored.every((d) => d.severity === 'error'));
});

test('a suppression comment naming a former id silences the merged rule, and is not called unknown', () => {
  const suppressed = PBS.replace('scheduler_options = ', '# parsl-lint-disable-next-line pbs-header-ended -- kept for the example\nscheduler_options = ');
  assert.notEqual(suppressed, PBS);
  const result = lintText(suppressed, { rules: RULES, target });
  assert.deepEqual(result.diagnostics.map((d) => d.rule).filter((rule) => rule === 'header-ended' || rule === 'unused-disable-directive'), []);
  assert.deepEqual(result.suppressed.map((d) => d.rule), ['header-ended']);
});

test('parsl-lint rules names the former ids', () => {
  assert.match(cli(['rules']).stdout, /^header-ended .*\(formerly sbatch-header-ended, pbs-header-ended, which still work\)$/m);
  const listed = JSON.parse(cli(['rules', '--format', 'json']).stdout) as { rules: { id: string; aliases: string[] }[] };
  assert.deepEqual(listed.rules.find((rule) => rule.id === 'overridden-directive')!.aliases, ['overridden-batch-directive']);
});
