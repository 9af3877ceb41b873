/**
 * Every output format on the same three configs, against golden files in test/output/golden/
 * (after a deliberate change, rewrite them with UPDATE_GOLDEN=1 and review the diff). SARIF is
 * validated against the official SARIF 2.1.0 schema: test/output/sarif-schema-2.1.0.json is
 * sarif-2.1/schema/sarif-schema-2.1.0.json of github.com/oasis-tcs/sarif-spec at commit e058381
 * (the errata01 schema, id https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json),
 * committed because nothing may be downloaded while testing.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { RULES } from '../../rules/index.js';
import { binPath, repoRoot } from '../support/paths.js';

const goldenDir = path.join(repoRoot, 'test', 'output', 'golden');
const workspace = mkdtempSync(path.join(tmpdir(), 'parsl-lint-formats-'));
after(() => rmSync(workspace, { recursive: true, force: true }));
mkdirSync(path.join(workspace, 'configs'));
// An error, an error with a safe fix, and a path with a space (a URI must encode it).
copyFileSync(path.join(repoRoot, 'fixtures', 'walltime-format', 'negative.toml'), path.join(workspace, 'configs', 'negative.toml'));
copyFileSync(path.join(repoRoot, 'fixtures', 'byte-order-mark', 'with-bom.toml'), path.join(workspace, 'configs', 'with-bom.toml'));
copyFileSync(path.join(repoRoot, 'fixtures', 'qualified-class-name', 'dotted-provider.toml'), path.join(workspace, 'configs', 'dotted provider.toml'));

function cli(args: string[], env: Record<string, string> = {}) {
  const base: NodeJS.ProcessEnv = { ...process.env, ...env };
  for (const key of ['GITHUB_ACTIONS', 'FORCE_COLOR', 'NO_COLOR']) if (!(key in env)) delete base[key];
  const run = spawnSync(process.execPath, [binPath, ...args], { cwd: workspace, encoding: 'utf8', env: base });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The parts of a SARIF log the test reads. */
interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { rules: { id: string }[] } };
    results: { ruleId: string; ruleIndex: number; locations: { physicalLocation: { artifactLocation: { uri: string } } }[]; fixes?: { artifactChanges: { replacements: unknown[] }[] }[] }[];
  }[];
}

function golden(name: string, actual: string): void {
  const file = path.join(goldenDir, name);
  if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(file, actual);
  assert.ok(existsSync(file), `${file} is missing: run the tests with UPDATE_GOLDEN=1`);
  assert.equal(actual, readFileSync(file, 'utf8'), `the output differs from ${path.relative(repoRoot, file)} (UPDATE_GOLDEN=1 rewrites it)`);
}

const FILES = { stylish: 'stylish.txt', json: 'json.json', github: 'github.txt', sarif: 'sarif.json', gitlab: 'gitlab.json', compact: 'compact.txt', markdown: 'markdown.md' } as const;

for (const [format, name] of Object.entries(FILES)) {
  test(`--format ${format}: the golden output, exit 1`, () => {
    const run = cli(['--format', format, 'configs']);
    assert.equal(run.status, 1, run.stderr);
    golden(name, run.stdout);
  });
}

test('compact: one line per diagnostic, path:line:col: severity: message [rule]', () => {
  const lines = cli(['--format', 'compact', 'configs']).stdout.trimEnd().split('\n');
  assert.equal(lines.length, 3);
  for (const line of lines) assert.match(line, /^configs\/[^:]+\.toml:\d+:\d+: (error|warning|info): .+ \[[a-z-]+\]$/);
});

test('sarif: valid against the official SARIF 2.1.0 schema; rules with pages and levels, fixes as artifact changes', () => {
  // CommonJS modules: their default export is under .default.
  const ajv = new AjvDraft04.default({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const validate = ajv.compile<SarifLog>(JSON.parse(readFileSync(path.join(repoRoot, 'test', 'output', 'sarif-schema-2.1.0.json'), 'utf8')));
  const log: unknown = JSON.parse(cli(['--format', 'sarif', 'configs']).stdout);
  assert.ok(validate(log), ajv.errorsText(validate.errors));

  const run = log.runs[0]!;
  // The rules found, in the order of the rule list.
  assert.deepEqual(run.tool.driver.rules.map((rule) => rule.id), RULES.map((rule) => rule.meta.id).filter((id) => ['byte-order-mark', 'qualified-class-name', 'walltime-format'].includes(id)));
  for (const result of run.results) assert.equal(run.tool.driver.rules[result.ruleIndex]!.id, result.ruleId);
  const bom = run.results.find((result) => result.ruleId === 'byte-order-mark')!;
  assert.deepEqual(bom.fixes![0]!.artifactChanges[0]!.replacements, [{ deletedRegion: { charOffset: 0, charLength: 1 }, insertedContent: { text: '' } }]);
  assert.ok(run.results.some((result) => result.locations[0]!.physicalLocation.artifactLocation.uri === 'configs/dotted%20provider.toml'));
  // The schema rejects what it should: this is not a vacuous check.
  assert.equal(validate({ ...log, version: '2.0.0' }), false);
});

test('gitlab: the fields GitLab requires, GitLab severities, distinct fingerprints', () => {
  const issues = JSON.parse(cli(['--format', 'gitlab', 'configs']).stdout) as { description: string; check_name: string; fingerprint: string; severity: string; location: { path: string; positions: { begin: { line: number } } } }[];
  assert.equal(issues.length, 3);
  for (const issue of issues) {
    assert.ok(issue.description && issue.check_name && issue.location.path && issue.location.positions.begin.line >= 1);
    assert.ok(['info', 'minor', 'major', 'critical', 'blocker'].includes(issue.severity));
    assert.match(issue.fingerprint, /^[0-9a-f]{64}$/);
  }
  assert.equal(new Set(issues.map((issue) => issue.fingerprint)).size, issues.length);
});

test('-o FILE writes the report there (making its directory), and nothing on stdout', () => {
  const run = cli(['--format', 'compact', '-o', 'reports/lint.txt', 'configs']);
  assert.equal(run.status, 1, run.stderr);
  assert.equal(run.stdout, '');
  assert.equal(readFileSync(path.join(workspace, 'reports', 'lint.txt'), 'utf8'), readFileSync(path.join(goldenDir, FILES.compact), 'utf8'));
  const stylish = cli(['--output-file', 'reports/lint-stylish.txt', 'configs']);
  assert.equal(stylish.stdout, '');
  assert.equal(readFileSync(path.join(workspace, 'reports', 'lint-stylish.txt'), 'utf8'), readFileSync(path.join(goldenDir, FILES.stylish), 'utf8'), 'no colour codes in a file');
});

test('GITHUB_ACTIONS=true: annotations unless a format is given', () => {
  const auto = cli(['configs/negative.toml'], { GITHUB_ACTIONS: 'true' });
  assert.match(auto.stdout, /^::error file=configs\/negative\.toml,line=9,col=12,/);
  const asked = cli(['--format', 'compact', 'configs/negative.toml'], { GITHUB_ACTIONS: 'true' });
  assert.match(asked.stdout, /^configs\/negative\.toml:9:12: error: /);
  const outside = cli(['configs/negative.toml'], { GITHUB_ACTIONS: 'false' });
  assert.match(outside.stdout, /^configs\/negative\.toml\n/);
});
