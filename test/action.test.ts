/**
 * action.yml, run as GitHub's runner runs a composite action's step: the `run` script under
 * `bash --noprofile --norc -eo pipefail`, with the step's `env` (inputs substituted) and the
 * variables the runner sets (GITHUB_ACTIONS, GITHUB_ACTION_PATH, GITHUB_STEP_SUMMARY,
 * GITHUB_OUTPUT, RUNNER_TEMP). The inputs are those of the README's snippet.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { tempDir } from './support/temp.js';
import { repoRoot } from './support/paths.js';

interface Action {
  inputs: Record<string, { description: string; default: string }>;
  runs: { using: string; steps: { id: string; shell: string; env: Record<string, string>; run: string }[] };
}

const action = parse(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as Action;
const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };

/** The `with:` of the README's `uses: parsl-lint/parsl-lint@…` step. */
function readmeInputs(): { ref: string; inputs: Record<string, string> } {
  const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const snippet = /```yaml\n((?:(?!```)[\s\S])*uses: parsl-lint\/parsl-lint@[\s\S]*?)```/.exec(readme);
  assert.ok(snippet, 'README.md has no ```yaml block that uses parsl-lint/parsl-lint@…');
  const steps = parse(snippet[1]!) as { uses: string; with?: Record<string, string> }[];
  const step = steps.find((s) => s.uses.startsWith('parsl-lint/parsl-lint@'))!;
  return { ref: step.uses.split('@')[1]!, inputs: step.with ?? {} };
}

interface StepRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly summary: string;
  readonly output: string;
}

/** Runs every step of the action in `workspace` with these inputs (the rest take their defaults). */
function runAction(workspace: string, inputs: Record<string, string>): StepRun {
  const runner = tempDir('parsl-lint-action-runner-');
  const summaryFile = path.join(runner, 'step_summary');
  const outputFile = path.join(runner, 'output');
  writeFileSync(summaryFile, '');
  writeFileSync(outputFile, '');
  const values = Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, inputs[name] ?? String(input.default ?? '')]));
  let last: { status: number | null; stdout: string; stderr: string } = { status: 0, stdout: '', stderr: '' };
  for (const step of action.runs.steps) {
    const stepEnv = Object.fromEntries(
      Object.entries(step.env ?? {}).map(([key, value]) => [key, value.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, name: string) => values[name] ?? '')]),
    );
    const env: NodeJS.ProcessEnv = { PATH: process.env['PATH'], HOME: process.env['HOME'], XDG_CACHE_HOME: process.env['XDG_CACHE_HOME'], GITHUB_ACTIONS: 'true', CI: 'true', GITHUB_ACTION_PATH: repoRoot, GITHUB_WORKSPACE: workspace, GITHUB_STEP_SUMMARY: summaryFile, GITHUB_OUTPUT: outputFile, RUNNER_TEMP: runner, ...stepEnv };
    const script = path.join(runner, `${step.id}.sh`);
    writeFileSync(script, step.run);
    assert.equal(step.shell, 'bash');
    const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd: workspace, env, encoding: 'utf8' });
    last = { status: run.status, stdout: run.stdout, stderr: run.stderr };
    if (run.status !== 0) break;
  }
  return { ...last, summary: readFileSync(summaryFile, 'utf8'), output: readFileSync(outputFile, 'utf8') };
}

/** A repository with configs/: one error each in two files, a warning in a third, and a clean one. */
function workspace(): string {
  const dir = tempDir('parsl-lint-action-workspace-');
  mkdirSync(path.join(dir, 'configs'));
  const copy = (from: string, to: string) => copyFileSync(path.join(repoRoot, 'fixtures', from), path.join(dir, 'configs', to));
  copy('walltime-format/negative.toml', 'negative.toml');
  copy('qualified-class-name/dotted-provider.toml', 'dotted.toml');
  copy('examples/local.toml', 'local.toml');
  writeFileSync(path.join(dir, 'pyproject.toml'), '[project]\nname = "pipeline"\n');
  return dir;
}

test('action.yml: a composite action whose inputs all reach its step through INPUT_* variables', () => {
  assert.equal(action.runs.using, 'composite');
  assert.deepEqual(Object.keys(action.inputs).sort(), ['fail-on', 'format', 'parsl', 'paths', 'qiime2', 'sarif-file']);
  const env = action.runs.steps[0]!.env;
  for (const name of Object.keys(action.inputs)) {
    assert.equal(env[`INPUT_${name.toUpperCase().replaceAll('-', '_')}`], `\${{ inputs.${name} }}`);
  }
  // No input is pasted into the script, where it could inject commands.
  for (const step of action.runs.steps) assert.doesNotMatch(step.run, /\$\{\{/);
  assert.match(action.runs.steps[0]!.run, /node "\$GITHUB_ACTION_PATH\/bin\/parsl-lint\.cjs"/);
});

test("the README's action step names the release tag of package.json's version", () => {
  assert.equal(readmeInputs().ref, `v${pkg.version}`);
});

test("the README's inputs: annotations for each finding, every finding in the summary, exit 1", () => {
  const dir = workspace();
  const { inputs } = readmeInputs();
  const run = runAction(dir, inputs);
  assert.equal(run.status, 1, run.stderr);
  const annotations = run.stdout.split('\n').filter((line) => line.startsWith('::'));
  assert.deepEqual(annotations.map((line) => /^::(\w+) file=([^,]+),line=(\d+)/.exec(line)!.slice(1).join(' ')), ['error configs/dotted.toml 9', 'error configs/negative.toml 9']);
  assert.match(run.summary, /^### parsl-lint\n\n2 errors, 0 warnings, 0 infos in 3 files\n/);
  assert.match(run.summary, /^\| configs\/dotted\.toml \| 9:9 \| ❌ error \| \[`qualified-class-name`\]\(https:\/\/github\.com\/parsl-lint\/parsl-lint\/blob\/main\/rules\/qualified-class-name\/README\.md\) \| QIIME 2 looks \\`class\\` up/m);
  assert.match(run.summary, /^\| configs\/negative\.toml \| 9:12 \| ❌ error \| \[`walltime-format`\]/m);
});

test('fail-on: never passes with errors; warning fails on a warning, not on an info; a clean run passes', () => {
  const dir = workspace();
  assert.equal(runAction(dir, { paths: 'configs', 'fail-on': 'never' }).status, 0);
  // slurm-mem-per-node.toml has one info (exclusive-by-default): it fails nothing.
  copyFileSync(path.join(repoRoot, 'fixtures', 'examples', 'slurm-mem-per-node.toml'), path.join(dir, 'configs', 'info.toml'));
  const info = runAction(dir, { paths: 'configs/info.toml configs/local.toml', 'fail-on': 'warning' });
  assert.equal(info.status, 0, info.stderr);
  assert.match(info.stdout, /^::notice file=configs\/info\.toml,line=8,/m);
  copyFileSync(path.join(repoRoot, 'fixtures', 'foreign-directive', 'condor-with-pbs.toml'), path.join(dir, 'configs', 'warning.toml'));
  const warning = runAction(dir, { paths: 'configs/warning.toml', 'fail-on': 'warning' });
  assert.equal(warning.status, 1, warning.stderr);
  assert.match(warning.stdout, /^::warning file=configs\/warning\.toml,line=\d+,.*\[?foreign-directive/m);
  assert.equal(runAction(dir, { paths: 'configs/warning.toml' }).status, 0, 'a warning passes with fail-on: error');
  const clean = runAction(dir, { paths: 'configs/local.toml' });
  assert.equal(clean.status, 0, clean.stderr);
  assert.match(clean.summary, /^### parsl-lint\n\nNo problems \(0 errors, 0 warnings, 0 infos in 1 file\)\.\n$/);
  const bad = runAction(dir, { paths: 'configs', 'fail-on': 'sometimes' });
  assert.equal(bad.status, 2);
  assert.match(bad.stdout, /^::error title=parsl-lint::fail-on must be error, warning or never, got 'sometimes'$/m);
});

test('sarif-file: the report is written and named in the step outputs; format and a target release pass through', () => {
  const dir = workspace();
  const run = runAction(dir, { paths: 'configs\nconfigs/negative.toml', 'sarif-file': 'results/parsl-lint.sarif', format: 'compact', qiime2: '2024.10' });
  assert.equal(run.status, 1, run.stderr);
  assert.equal(run.output, 'sarif-file=results/parsl-lint.sarif\n');
  const log = JSON.parse(readFileSync(path.join(dir, 'results', 'parsl-lint.sarif'), 'utf8')) as { version: string; runs: { results: { ruleId: string }[] }[] };
  assert.equal(log.version, '2.1.0');
  assert.deepEqual(log.runs[0]!.results.map((result) => result.ruleId), ['qualified-class-name', 'walltime-format']);
  assert.match(run.stdout, /^configs\/negative\.toml:9:12: error: .* \[walltime-format\]$/m);
  const wrongRelease = runAction(dir, { paths: 'configs', qiime2: '1999.1' });
  assert.equal(wrongRelease.status, 2);
  assert.match(wrongRelease.stderr, /1999\.1/);
});
