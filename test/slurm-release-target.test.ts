/**
 * `--slurm RELEASE` and `[slurm] release` in the linter's config: sbatch options judged exactly
 * for the site's Slurm release instead of for every release from 22.05 to 25.11.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { runCli, scratch } from './support/cli-run.js';

/** `--oom-kill-step` came in 24.11; `--container-image` is no release's (a pyxis plugin option). */
const CONFIG = `[parsl]

[[parsl.executors]]
class = "HighThroughputExecutor"
label = "default"

[parsl.executors.provider]
class = "SlurmProvider"
exclusive = false
walltime = "24:00:00"
worker_init = "source ~/.bashrc && conda activate qiime2"
scheduler_options = "#SBATCH --oom-kill-step"
`;

/** The command, with one diagnostic a line. */
const cli = (args: string[], cwd: string) => runCli(['--format', 'compact', ...args], { cwd });

test('without a release, an option only newer releases have is a warning that names the releases', () => {
  const run = cli(['config.toml'], scratch({ 'config.toml': CONFIG }));
  assert.equal(
    run.stdout.split('\n')[0],
    'config.toml:12:30: warning: --oom-kill-step depends on the Slurm release: sbatch 22.05–24.05 refuse the job ("sbatch: unrecognized option \'--oom-kill-step\'"); ' +
      '24.11–25.11 accept it (--oom-kill-step: added in 24.11). Name your cluster\'s release (`sbatch --version`) with --slurm or `[slurm] release` to judge it exactly [sbatch-option-release]',
  );
  assert.equal(run.stderr, '');
  assert.equal(run.status, 0, 'a warning alone fails nothing');
});

test('--slurm judges for that release alone: accepted on 24.11, refused on 24.05', () => {
  const dir = scratch({ 'config.toml': CONFIG });
  const newer = cli(['--slurm', 'slurm 24.11.6', 'config.toml'], dir);
  assert.equal(newer.stdout, '');
  assert.equal(newer.status, 0);
  const older = cli(['--slurm', '24.05', 'config.toml'], dir);
  assert.equal(
    older.stdout.split('\n')[0],
    'config.toml:12:30: error: sbatch 24.05 has no --oom-kill-step (added in 24.11): sbatch says "sbatch: unrecognized option \'--oom-kill-step\'" [sbatch-rejects-directive]',
  );
  assert.equal(older.status, 1);
});

test('[slurm] release in the config, and the flag over it', () => {
  const dir = scratch({ 'config.toml': CONFIG, 'parsl-lint.toml': '[slurm]\nrelease = "slurm-24-11-6-1"\n' });
  const fromConfig = cli(['config.toml'], dir);
  assert.equal(fromConfig.stdout, '');
  assert.equal(fromConfig.status, 0);
  const overridden = cli(['--slurm', '23.02', 'config.toml'], dir);
  assert.match(overridden.stdout, /error: sbatch 23\.02 has no --oom-kill-step/);
  const printed = JSON.parse(runCli(['--print-config', 'config.toml'], { cwd: dir }).stdout) as { slurm: string | null };
  assert.equal(printed.slurm, '24.11');
});

test('unknown-sbatch-option names the release it judged for', () => {
  const plugin = CONFIG.replace('--oom-kill-step', '--container-image=qiime2');
  const run = cli(['--slurm', '23.02', 'config.toml'], scratch({ 'config.toml': plugin }));
  assert.match(run.stdout, /warning: stock sbatch has no option --container-image .*: sbatch 23\.02 refuses the job with "sbatch: unrecognized option '--container-image=qiime2'" \[unknown-sbatch-option\]/);
});

test('an uncatalogued release stands for the one before it, said once for many files', () => {
  const dir = scratch({ 'a.toml': CONFIG, 'b.toml': CONFIG });
  const run = cli(['--slurm', '24.08.2', 'a.toml', 'b.toml'], dir);
  assert.equal(run.stderr, 'parsl-lint: Slurm 24.08.2 is not catalogued; judging sbatch options as Slurm 24.05 reads them, the newest catalogued release before it\n');
  assert.equal(run.stdout.match(/sbatch 24\.05 has no --oom-kill-step/g)?.length, 2);
});

test('a release that cannot be read is a usage error, on the command line and in the config', () => {
  const dir = scratch({ 'config.toml': CONFIG });
  const flag = cli(['--slurm', '19.05', 'config.toml'], dir);
  assert.match(flag.stderr, /^parsl-lint: Slurm 19\.05 is older than every catalogued release \(20\.02, .*25\.11\)\n$/);
  assert.equal(flag.status, 2);
  writeFileSync(path.join(dir, 'parsl-lint.toml'), '[slurm]\nrelease = "newest"\n');
  const config = cli(['config.toml'], dir);
  assert.match(config.stderr, /parsl-lint\.toml: Unknown Slurm release "newest"/);
  assert.equal(config.status, 2);
});
