/**
 * `parsl-lint explain`: the script parsl writes for each batch job, judged as linting judges it.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { binPath, repoRoot } from './support/paths.js';

function explain(args: string[], input = '') {
  const env = { ...process.env };
  delete env['FORCE_COLOR'];
  const run = spawnSync(process.execPath, [binPath, 'explain', ...args], { cwd: repoRoot, input, encoding: 'utf8', env });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const SEED = 'fixtures/examples/slurm-mem-per-node.toml';

describe('explain', () => {
  test("the seed's first example: what each block and all 25 ask for", () => {
    const run = explain([SEED]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /#SBATCH --time=1440 +← walltime = "24:00:00"/);
    assert.match(run.stdout, /#SBATCH --mem=96g +← mem_per_node = 96/);
    assert.match(run.stdout, /#SBATCH --cpus-per-task=12 +← cores_per_node = 12/);
    assert.match(run.stdout, /#SBATCH --exclusive +← exclusive \(default\)/);
    assert.match(run.stdout, /^ {2}each block: 1 node, 12 cores per node, 96 GB per node, walltime 24 h, 12 workers per node$/m);
    assert.match(run.stdout, /^ {2}at max_blocks = 25: 25 nodes, 300 cores, 2,400 GB; at most 7,200 core-hours \(25 blocks × 12 cores × 24 h\)$/m);
  });

  test('reads stdin, and gives the same as JSON', () => {
    const run = explain(['-', '--format', 'json'], readFileSync(path.join(repoRoot, SEED), 'utf8'));
    assert.equal(run.status, 0, run.stderr);
    const report = JSON.parse(run.stdout) as { version: number; files: { path: string; jobs: { provider: string; scheduler: string; lines: { text: string; origin: string }[]; plan: Record<string, number> }[] }[] };
    assert.equal(report.version, 1);
    const [job] = report.files[0]!.jobs;
    assert.equal(report.files[0]!.path, '<stdin>');
    assert.equal(job!.provider, 'SlurmProvider');
    assert.deepEqual(job!.lines.find((line) => line.text === '#SBATCH --time=1440'), { text: '#SBATCH --time=1440', origin: 'walltime = "24:00:00"' });
    assert.equal(job!.plan['maxCoreHours'], 7200);
    assert.equal(job!.plan['maxBlocks'], 25);
  });

  test('judges the file against --qiime2, as linting does', () => {
    // gres is a SlurmProvider parameter from parsl 2026.02.23 (QIIME 2 2026.7) on.
    const config = readFileSync(path.join(repoRoot, SEED), 'utf8').replace('mem_per_node = 96', 'mem_per_node = 96\ngres = "gpu:1"');
    const newest = explain(['-'], config);
    assert.match(newest.stdout, /#SBATCH --gres=gpu:1 +← gres = "gpu:1"/);
    assert.doesNotMatch(newest.stdout, /errors in this provider/);
    const older = explain(['-', '--qiime2', '2024.10'], config);
    assert.equal(older.status, 0, older.stderr);
    assert.match(older.stdout, /errors in this provider/);
    assert.match(older.stdout, /✖ line 15: `gres` was added to SlurmProvider in parsl 2026.02.23 .*\(parameter-version\)/);
  });

  test('marks the lines PBS skips after a command ends the header', () => {
    const run = explain(['fixtures/header-ended/pbspro-command-before-directive.toml']);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /executor "default" → PBSProProvider: the script parsl writes for each block \(qsub reads it\)/);
    assert.match(run.stdout, /module load gcc +← scheduler_options +\(not a directive: qsub stops reading the header here\)/);
    assert.match(run.stdout, /#PBS -l place=scatter +← scheduler_options +\(qsub ignores it: after the header\)/);
    assert.doesNotMatch(run.stdout, /sbatch/);
  });

  test('marks an overridden directive with the value the scheduler keeps', () => {
    const run = explain(['fixtures/overridden-directive/pbspro-walltime-and-queue.toml']);
    assert.match(run.stdout, /#PBS -l walltime=48:00:00 +← scheduler_options +\(overridden: qsub keeps -l walltime=24:00:00\)/);
  });

  test('a file with no batch provider, one that is not TOML, and no file', () => {
    assert.match(explain(['fixtures/examples/local.toml']).stdout, /no batch-scheduler provider/);
    const broken = explain(['-'], '[parsl\n');
    assert.equal(broken.status, 1);
    assert.match(broken.stderr, /<stdin> is not valid TOML/);
    assert.equal(explain([]).status, 2);
    assert.equal(explain(['--fix', SEED]).status, 2);
  });
});
