/**
 * `parsl-lint init`: requirements as people write them, the config it writes (equal in meaning to
 * the seed's first example for the seed's numbers, and clean to the linter), the cluster profile's
 * limits, and the refusals: overwriting, missing flags without a terminal, impossible requests.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { parslCatalog, pythonDefault, resolveTarget } from '../../src/catalog/index.js';
import { parseDocument } from '../../src/document/parse.js';
import { plainValue } from '../../src/document/tree.js';
import { buildModel } from '../../src/model/build.js';
import { parseMemoryGb, parseWalltimeMinutes } from '../../src/init/quantities.js';
import { runCli, scratch } from '../support/cli-run.js';
import { binPath, repoRoot } from '../support/paths.js';

const SEED_FLAGS = ['--scheduler', 'slurm', '--workers', '25', '--cpus', '12', '--mem', '96GB', '--walltime', '24h', '--env', 'q2-moshpit-2025.10'];

describe('quantities as people write them', () => {
  test('memory in whole GB', () => {
    const ok = (text: string) => {
      const parsed = parseMemoryGb(text);
      return parsed.ok ? parsed.value : parsed.reason;
    };
    assert.deepEqual(['96GB', '96G', '96 GiB', '96gb', '1TB', '2048MB', '1.5T'].map(ok), [96, 96, 96, 96, 1024, 2, 1536]);
    assert.equal(ok('96'), '"96" is not an amount of memory; write it with a unit, e.g. 96GB, 96G or 512MB');
    assert.equal(ok('500MB'), "500MB is not a whole number of GB, which is what parsl's mem_per_node takes");
    assert.equal(ok('96PB'), '"96PB" is not an amount of memory; write it with a unit, e.g. 96GB, 96G or 512MB');
  });

  test('time limits in minutes', () => {
    const minutes = (text: string) => {
      const parsed = parseWalltimeMinutes(text);
      return parsed.ok ? parsed.value : parsed.reason;
    };
    assert.deepEqual(['24h', '2d', '90m', '1-12:00:00', '24:00:00', '1d12h', '1h30m', '1-12', '0:00:30', '90min'].map(minutes), [1440, 2880, 90, 2160, 1440, 2160, 90, 2160, 1, 90]);
    for (const bad of ['24', '10:00', 'a day', '', '0h']) assert.equal(typeof minutes(bad), 'string', bad);
  });
});

/** What QIIME 2 and parsl make of a config: every object with its class and every argument, defaults included. */
function meaning(text: string) {
  const parsed = parseDocument(text);
  assert.ok(parsed.ok);
  const model = buildModel(parsed.document);
  const catalog = parslCatalog(resolveTarget({}).parsl);
  return {
    // The executors are compared as objects below.
    config: Object.fromEntries([...model.configParams].filter(([, entry]) => entry !== model.executorsEntry).map(([key, entry]) => [key, plainValue(entry.value)])),
    mapping: model.mapping ? plainValue(model.mapping.entry.value) : undefined,
    objects: model.objects.map((object) => {
      const params: Record<string, unknown> = {};
      for (const [name, spec] of catalog.lookup(object.group, object.className!)?.params ?? []) params[name] = pythonDefault(spec);
      // An argument that is itself an object (the executor's provider) is compared as that object.
      for (const [name, entry] of object.params) params[name] = object.children.some((child) => child.entry === entry) ? 'object' : plainValue(entry.value);
      return { group: object.group, className: object.className, params };
    }),
  };
}

describe('init', () => {
  test("the seed's numbers give a config equal in meaning to the seed's first example, which lints clean", () => {
    const dir = scratch();
    const run = runCli(['init', ...SEED_FLAGS, '--output', 'parsl.toml'], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, 'parsl-lint: wrote parsl.toml; check it with: parsl-lint parsl.toml\n');
    const written = readFileSync(path.join(dir, 'parsl.toml'), 'utf8');
    const seed = readFileSync(path.join(repoRoot, 'fixtures', 'examples', 'slurm-mem-per-node.toml'), 'utf8');
    assert.deepEqual(meaning(written), meaning(seed));
    const lint = runCli(['--format', 'json', 'parsl.toml'], { cwd: dir });
    assert.equal(lint.status, 0);
    assert.deepEqual(JSON.parse(lint.stdout).files[0].diagnostics, []);
  });

  test('every line it writes says what it does', () => {
    const run = runCli(['init', ...SEED_FLAGS, '--partition', 'general', '--account', 'lab1']);
    const provider = run.stdout.slice(run.stdout.indexOf('class = "SlurmProvider"'));
    for (const line of provider.split('\n').slice(1, -2)) if (!line.startsWith('#')) assert.match(line, /  # \S/, line);
    assert.match(run.stdout, /^partition = "general"  # the Slurm partition the jobs go to$/m);
    assert.match(run.stdout, /^account = "lab1"  # the account the jobs are charged to$/m);
  });

  test('other spellings of the same requirements give the same config', () => {
    const first = runCli(['init', ...SEED_FLAGS]).stdout;
    const second = runCli(['init', '--workers', '25', '--cpus', '12', '--mem', '96G', '--walltime', '1-00:00:00', '--env', 'q2-moshpit-2025.10']).stdout;
    assert.equal(second, first);
  });

  test('the target release is named, and an unknown one is a usage error', () => {
    assert.match(runCli(['init', ...SEED_FLAGS, '--qiime2', '2024.10']).stdout, /^# parsl config for QIIME 2 2024\.10 /);
    const run = runCli(['init', ...SEED_FLAGS, '--qiime2', '1999.1']);
    assert.equal(run.status, 2);
  });

  test('it does not overwrite a file without --force', () => {
    const dir = scratch({ 'parsl.toml': 'mine\n' });
    const run = runCli(['init', ...SEED_FLAGS, '--output', 'parsl.toml'], { cwd: dir });
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'parsl-lint: parsl.toml exists; use --force to overwrite it\n');
    assert.equal(readFileSync(path.join(dir, 'parsl.toml'), 'utf8'), 'mine\n');
    assert.equal(runCli(['init', ...SEED_FLAGS, '--output', 'parsl.toml', '--force'], { cwd: dir }).status, 0);
    assert.match(readFileSync(path.join(dir, 'parsl.toml'), 'utf8'), /^max_blocks = 25/m);
  });

  test('without a terminal, missing requirements are a usage error that says which', () => {
    const run = runCli(['init', '--workers', '25', '--mem', '96GB']);
    assert.equal(run.status, 2);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^parsl-lint: init needs --cpus, --walltime, --env \(or run it on a terminal to be asked\)/);
  });

  test('values it cannot use are usage errors', () => {
    const cases: [string[], string][] = [
      [['--walltime', '24'], '--walltime: "24" is not a time limit; write e.g. 24h, 2d, 90m, 1-12:00:00 or 24:00:00'],
      [['--cpus', '0'], '--cpus must be a whole number, at least 1, not "0"'],
      [['--env', 'my env'], '--env "my env" is not a conda environment name or path (letters, digits, . _ - + / ~)'],
      [['--scheduler', 'pbs'], '--scheduler pbs: init writes Slurm configs only so far'],
    ];
    for (const [flags, message] of cases) {
      const args = [...SEED_FLAGS];
      args[args.indexOf(flags[0]!) + 1] = flags[1]!;
      const run = runCli(['init', ...args]);
      assert.equal(run.stderr, `parsl-lint: ${message}\n`);
      assert.equal(run.status, 2);
    }
    assert.equal(runCli(['--workers', '3', 'x.toml']).stderr, 'parsl-lint: --workers is an option of `parsl-lint init`\n');
  });

  test("with a cluster profile: the partition's limits, cited", () => {
    const dir = scratch({ 'parsl-lint.toml': 'profile = "cluster.toml"\n', 'cluster.toml': readFileSync(path.join(repoRoot, 'fixtures/examples/site/cluster.toml'), 'utf8') });
    const fits = runCli(['init', ...SEED_FLAGS], { cwd: dir });
    assert.equal(fits.status, 0, fits.stderr);
    assert.match(fits.stdout, /^# No partition: the jobs go to the cluster's default, "general" \(cluster\.toml\)\.$/m);
    const tooLong = runCli(['init', ...SEED_FLAGS, '--walltime', '3d'], { cwd: dir });
    assert.equal(tooLong.stderr, 'parsl-lint: --walltime 72:00:00 is longer than the MaxTime of partition "general", 48:00:00 (cluster.toml:8: max_time = "2-00:00:00")\n');
    const typo = runCli(['init', ...SEED_FLAGS, '--partition', 'bigmen'], { cwd: dir });
    assert.equal(typo.stderr, 'parsl-lint: this cluster has no partition "bigmen" (cluster.toml); did you mean "bigmem"?\n');
    const account = runCli(['init', ...SEED_FLAGS, '--partition', 'bigmem', '--account', 'lab9'], { cwd: dir });
    assert.equal(account.stderr, 'parsl-lint: account "lab9" may not use partition "bigmem" (cluster.toml:21: allow_accounts = ["lab1", "lab2"])\n');
    const big = runCli(['init', ...SEED_FLAGS, '--partition', 'bigmem', '--account', 'lab1', '--mem', '900GB', '--cpus', '64', '--output', 'big.toml'], { cwd: dir });
    assert.equal(big.status, 0, big.stderr);
    const lint = runCli(['--format', 'json', 'big.toml'], { cwd: dir });
    assert.deepEqual(JSON.parse(lint.stdout).files[0].diagnostics, []);
  });

  // util-linux's script(1) gives the command a pseudo-terminal; the answers are typed ahead.
  const noScript = spawnSync('sh', ['-c', 'command -v script']).status === 0 ? false : 'script(1) from util-linux is not installed';
  test('on a terminal it asks for what the flags leave out', { skip: noScript }, () => {
    const dir = scratch();
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(binPath)} init --scheduler slurm --output parsl.toml`;
    const run = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: dir, input: '25\n12\n96GB\n24h\nq2-moshpit-2025.10\n\n\n', encoding: 'utf8', timeout: 60_000 });
    assert.equal(run.status, 0, run.stdout);
    for (const question of ['How many jobs (workers) may run at once?', 'CPUs per job?', 'Memory per job (e.g. 96GB)?', 'Slurm account (empty: your default)?']) assert.ok(run.stdout.includes(question), question);
    const seed = readFileSync(path.join(repoRoot, 'fixtures', 'examples', 'slurm-mem-per-node.toml'), 'utf8');
    assert.deepEqual(meaning(readFileSync(path.join(dir, 'parsl.toml'), 'utf8')), meaning(seed));
  });
});
