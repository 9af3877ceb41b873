/**
 * --sbatch-test and cluster-profile against a real Slurm: Debian's slurm-wlm and munge, one node
 * on localhost, brought up by test/support/slurm/slurm-up.sh (as root) with its own config and
 * ports, and stopped afterwards if this test started it. Skipped, saying why, where sbatch is
 * absent and cannot be installed. The first tests need no Slurm: they check that nothing runs
 * sbatch unless asked, and what happens without one.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parseDocument } from '../../src/document/parse.js';
import { locateString } from '../../src/document/strings.js';
import { parslCatalog, resolveTarget } from '../../src/catalog/index.js';
import { buildModel } from '../../src/model/build.js';
import { buildJobs } from '../../src/model/jobs.js';
import { sbatchTestOnly } from '../../src/site/sbatch-test.js';
import { slurmScript } from '../../src/site/slurm-request.js';
import { readFixtureSpec } from '../support/expectations.js';
import { runCli, scratch } from '../support/cli-run.js';
import { repoRoot } from '../support/paths.js';

const SEED = path.join(repoRoot, 'fixtures', 'examples', 'slurm-mem-per-node.toml');
const seedText = readFileSync(SEED, 'utf8');
const withPartition = seedText.replace('walltime =', 'partition = "nosuch"\nwalltime =');
const withMemPerCpu = seedText.replace('walltime =', 'scheduler_options = "#SBATCH --mem-per-cpu=8G"\nwalltime =');

describe('without a Slurm', () => {
  test('nothing runs sbatch unless --sbatch-test is given', () => {
    const dir = scratch({ 'job.toml': withPartition, 'bin/sbatch': `#!/bin/sh\ntouch "${'$'}(dirname "$0")/ran"\nexit 1\n` });
    chmodSync(path.join(dir, 'bin', 'sbatch'), 0o755);
    const run = runCli(['job.toml', 'explain'].slice(0, 1), { cwd: dir, env: { PATH: `${path.join(dir, 'bin')}:${process.env['PATH']}` } });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(existsSync(path.join(dir, 'bin', 'ran')), false);
    runCli(['explain', 'job.toml'], { cwd: dir, env: { PATH: `${path.join(dir, 'bin')}:${process.env['PATH']}` } });
    assert.equal(existsSync(path.join(dir, 'bin', 'ran')), false);
    // With the flag, the fake sbatch runs (and its exit 1 with no words is a refusal on the provider).
    const asked = runCli(['--sbatch-test', 'job.toml'], { cwd: dir, env: { PATH: `${path.join(dir, 'bin')}:${process.env['PATH']}` } });
    assert.equal(existsSync(path.join(dir, 'bin', 'ran')), true);
    assert.equal(asked.status, 1);
    assert.match(asked.stdout, /sbatch --test-only refuses this job, so every block would fail to submit/);
  });

  test('--sbatch-test where sbatch is not installed: exit 2, one line that says so', () => {
    const dir = scratch({ 'job.toml': seedText });
    const run = runCli(['--sbatch-test', 'job.toml'], { cwd: dir, env: { PATH: '/nonexistent' } });
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'parsl-lint: sbatch is not installed here (--sbatch-test runs the real sbatch --test-only)\n');
  });

  test('--sbatch-test belongs to linting', () => {
    const run = runCli(['init', '--sbatch-test']);
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'parsl-lint: --sbatch-test is an option of linting (`parsl-lint --sbatch-test FILE`)\n');
  });
});

const slurmDir = process.env['PARSL_LINT_SLURM_DIR'] ?? '/tmp/parsl-lint-slurm';
const slurmEnv = { SLURM_CONF: path.join(slurmDir, 'slurm.conf'), PARSL_LINT_SLURM_DIR: slurmDir };
const scripts = path.join(repoRoot, 'test', 'support', 'slurm');

/** Daemons of slurm-up.sh that are already running (started by someone else: left running). */
function runningDaemons(): string[] {
  const run = path.join(slurmDir, 'run');
  if (!existsSync(run)) return [];
  return readdirSync(run).filter((file) => {
    const pid = readFileSync(path.join(run, file), 'utf8').trim();
    return existsSync(`/proc/${pid}/comm`) && readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === file.replace(/\.pid$/, '');
  });
}

function unavailable(): string | false {
  const hasSbatch = spawnSync('sh', ['-c', 'command -v sbatch'], { encoding: 'utf8' }).status === 0;
  if (!hasSbatch && process.getuid?.() !== 0) return 'sbatch is absent and cannot be installed here (installing Debian\'s slurm-wlm needs root)';
  if (!existsSync('/usr/bin/dpkg-query') && !hasSbatch) return 'sbatch is absent and this is no Debian system to install slurm-wlm on';
  return false;
}

const skip = unavailable();

describe('against a real Slurm (test/support/slurm)', { skip }, () => {
  let startedHere = false;
  let upFailure: string | undefined;

  before(() => {
    const already = runningDaemons();
    const up = spawnSync('bash', [path.join(scripts, 'slurm-up.sh')], { encoding: 'utf8', env: { ...process.env, ...slurmEnv }, timeout: 300_000 });
    if (up.status === 3) upFailure = up.stderr.trim().split('\n').pop();
    else assert.equal(up.status, 0, `slurm-up.sh failed:\n${up.stderr}`);
    startedHere = already.length === 0;
  });

  after(() => {
    if (startedHere) spawnSync('bash', [path.join(scripts, 'slurm-down.sh')], { encoding: 'utf8', env: { ...process.env, ...slurmEnv } });
  });

  const lint = (t: { skip: (message: string) => void }, text: string) => {
    if (upFailure) {
      t.skip(`Slurm could not be installed: ${upFailure}`);
      return undefined;
    }
    const dir = scratch({ 'job.toml': text });
    const run = runCli(['--sbatch-test', '--no-config', '--format', 'json', 'job.toml'], { cwd: dir, env: slurmEnv });
    return { run, diagnostics: JSON.parse(run.stdout).files[0].diagnostics as { rule: string; line: number; column: number; message: string }[] };
  };

  test('the seed\'s first example passes sbatch --test-only', (t) => {
    const result = lint(t, seedText);
    if (!result) return;
    assert.equal(result.run.status, 0, result.run.stderr);
    assert.deepEqual(result.diagnostics.filter((d) => d.rule === 'sbatch-refuses-job'), []);
  });

  test('an unknown partition, reported on partition', (t) => {
    const result = lint(t, withPartition);
    if (!result) return;
    const [found] = result.diagnostics.filter((d) => d.rule === 'sbatch-refuses-job');
    assert.deepEqual([found?.line, found?.column], [11, 13]);
    assert.equal(
      found!.message,
      'sbatch --test-only refuses this job (partition = "nosuch"), so every block would fail to submit: "sbatch: error: invalid partition specified: nosuch / allocation failure: Invalid partition name specified"',
    );
  });

  test('the memory conflict (mem_per_node with --mem-per-cpu), reported on --mem-per-cpu', (t) => {
    const result = lint(t, withMemPerCpu);
    if (!result) return;
    const [found] = result.diagnostics.filter((d) => d.rule === 'sbatch-refuses-job');
    assert.deepEqual([found?.line, found?.column], [11, 44]);
    assert.match(found!.message, /\("--mem-per-cpu=8G" in scheduler_options\).*"sbatch: fatal: --mem, --mem-per-cpu, and --mem-per-gpu are mutually exclusive\."$/);
  });

  test('the answers recorded in fixtures/sbatch-refuses-job are what sbatch answers', async (t) => {
    if (upFailure) return t.skip(`Slurm could not be installed: ${upFailure}`);
    process.env['SLURM_CONF'] = slurmEnv.SLURM_CONF;
    const dir = path.join(repoRoot, 'fixtures', 'sbatch-refuses-job');
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.toml'))) {
      const text = readFileSync(path.join(dir, name), 'utf8');
      const recorded = readFixtureSpec(text).sbatchAnswer?.('');
      if (!recorded) continue;
      const parsed = parseDocument(text);
      assert.ok(parsed.ok);
      const [job] = buildJobs(buildModel(parsed.document), parslCatalog(resolveTarget({}).parsl), (node) => locateString(text, node));
      const live = await sbatchTestOnly(slurmScript(job!)!);
      const normal = (stderr: string) => stderr.replace(/Job \d+ to start at \S+/, 'Job N to start at T');
      assert.deepEqual({ name, exitCode: live.exitCode, stderr: normal(live.stderr) }, { name, exitCode: recorded.exitCode, stderr: normal(recorded.stderr) });
    }
  });

  test('cluster-profile reads the live scontrol; the profile rules then fire at the right keys', (t) => {
    if (upFailure) return t.skip(`Slurm could not be installed: ${upFailure}`);
    const dir = scratch({ 'parsl-lint.toml': 'profile = "cluster.toml"\n' });
    const made = runCli(['cluster-profile', '--output', 'cluster.toml'], { cwd: dir, env: slurmEnv });
    assert.equal(made.status, 0, made.stderr);
    const profile = readFileSync(path.join(dir, 'cluster.toml'), 'utf8');
    assert.match(profile, /default_partition = "debug"/);
    assert.match(profile, /\[partitions\.short\]\nmax_time = "01:00:00"  # MaxTime\nmax_nodes = 1  # MaxNodes/);
    assert.match(profile, /max_node_cpus = 16 .*\n.*\nmax_node_memory_mb = 131072/);
    const again = runCli(['cluster-profile', '--output', 'cluster.toml'], { cwd: dir, env: slurmEnv });
    assert.equal(again.stderr, 'parsl-lint: cluster.toml exists; use --force to overwrite it\n');

    const job = seedText.replace('walltime = "24:00:00"', 'partition = "shrot"\nwalltime = "24:00:00"').replace('mem_per_node = 96', 'mem_per_node = 200');
    const lintDir = path.join(dir, 'job.toml');
    const write = spawnSync('sh', ['-c', 'cat > "$1"', 'sh', lintDir], { input: job });
    assert.equal(write.status, 0);
    const run = runCli(['--format', 'json', 'job.toml'], { cwd: dir });
    const found = JSON.parse(run.stdout).files[0].diagnostics.filter((d: { rule: string }) => d.rule !== 'exclusive-by-default');
    assert.deepEqual(found.map((d: { rule: string; line: number; column: number }) => `${d.rule} ${d.line}:${d.column}`), ['unknown-partition 11:13']);
    assert.match(found[0].message, /Did you mean "short"\?/);

    const tooBig = seedText.replace('mem_per_node = 96', 'mem_per_node = 200').replace('walltime = "24:00:00"', 'walltime = "25:00:00"');
    spawnSync('sh', ['-c', 'cat > "$1"', 'sh', lintDir], { input: tooBig });
    const second = JSON.parse(runCli(['--format', 'json', 'job.toml'], { cwd: dir }).stdout).files[0].diagnostics.filter((d: { rule: string }) => d.rule !== 'exclusive-by-default');
    assert.deepEqual(second.map((d: { rule: string; line: number; column: number }) => `${d.rule} ${d.line}:${d.column}`), ['partition-time-limit 11:12', 'partition-node-size 14:16']);
    assert.match(second[1].message, /\(cluster\.toml:\d+: max_node_memory_mb = 131072\)/);
  });
});
