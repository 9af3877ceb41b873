/**
 * The cluster profile: from scontrol's output (real output of Slurm 22.05.8, and a site's records
 * in the same layout) to TOML, read back with every value's line, and given to the linter through
 * its config file, as a file of its own or an embedded [profile] table.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { parseOneliner, profileToml, summarize } from '../../src/site/scontrol.js';
import { ProfileError, readProfile } from '../../src/site/profile-file.js';
import { runCli, scratch } from '../support/cli-run.js';
import { repoRoot } from '../support/paths.js';

const siteDir = path.join(repoRoot, 'fixtures', 'examples', 'site');
const read = (name: string) => readFileSync(path.join(siteDir, name), 'utf8');

describe('scontrol --oneliner output', () => {
  test('a field runs to the next " Name=", so values keep blanks and "=" (real node line)', () => {
    const [node] = parseOneliner(read('scontrol-node-local.txt'));
    assert.equal(node!.get('NodeName'), 'localhost');
    assert.equal(node!.get('CPUTot'), '16');
    assert.equal(node!.get('RealMemory'), '131072');
    assert.equal(node!.get('Partitions'), 'debug,short');
    assert.match(node!.get('OS')!, /^Linux \S+ #1 SMP/);
    assert.match(node!.get('CfgTRES')!, /^cpu=16,mem=128G/);
  });

  test('the local Slurm: two partitions, the default, MaxTime, MaxNodes, node size', () => {
    const summary = summarize(parseOneliner(read('scontrol-partition-local.txt')), parseOneliner(read('scontrol-node-local.txt')));
    assert.equal(summary.slurmVersion, '22.05.8');
    assert.deepEqual(
      summary.partitions.map((p) => [p.name, p.isDefault, p.maxTime, p.maxNodes, p.nodeCpus?.max, p.nodeMemoryMb?.max, p.allowAccounts]),
      [
        ['debug', true, '1-00:00:00', undefined, 16, 131072, undefined],
        ['short', false, '01:00:00', 1, 16, 131072, undefined],
      ],
    );
  });

  test('the site example: lists of accounts and QOS, Deny lists, UNLIMITED, smallest and largest node', () => {
    const summary = summarize(parseOneliner(read('scontrol-partition-site.txt')), parseOneliner(read('scontrol-node-site.txt')));
    const long = summary.partitions.find((p) => p.name === 'long')!;
    assert.deepEqual([long.maxTime, long.maxNodes, long.denyAccounts, long.denyQos, long.allowAccounts], ['UNLIMITED', undefined, ['guest'], ['debug'], undefined]);
    assert.deepEqual([long.nodeCpus, long.nodeMemoryMb], [{ min: 32, max: 64 }, { min: 192000, max: 1030000 }]);
    const bigmem = summary.partitions.find((p) => p.name === 'bigmem')!;
    assert.deepEqual([bigmem.allowAccounts, bigmem.allowQos, bigmem.maxNodes], [['lab1', 'lab2'], ['normal', 'long'], 1]);
  });

  test('fixtures/examples/site/cluster.toml is what cluster-profile writes for the site example', () => {
    const origin = 'scontrol-partition-site.txt and scontrol-node-site.txt';
    const written = profileToml(summarize(parseOneliner(read('scontrol-partition-site.txt')), parseOneliner(read('scontrol-node-site.txt'))), origin);
    assert.equal(written, read('cluster.toml'));
    const cli = runCli(['cluster-profile', 'scontrol-node-site.txt', 'scontrol-partition-site.txt'], { cwd: siteDir });
    assert.equal(cli.status, 0, cli.stderr);
    assert.equal(cli.stdout, written.replace(origin, 'scontrol-node-site.txt and scontrol-partition-site.txt'));
  });
});

describe('reading a profile', () => {
  test('values keep the line they were read from', () => {
    const profile = readProfile(read('cluster.toml'), 'cluster.toml');
    assert.deepEqual(profile.defaultPartition, { value: 'general', from: { file: 'cluster.toml', line: 5, text: 'default_partition = "general"' } });
    const general = profile.partitions.get('general')!;
    assert.deepEqual(general.maxTime, { value: 2880, from: { file: 'cluster.toml', line: 8, text: 'max_time = "2-00:00:00"' } });
    assert.equal(profile.partitions.get('long')!.maxTime!.value, null);
    assert.deepEqual(profile.partitions.get('bigmem')!.allowAccounts!.value, ['lab1', 'lab2']);
  });

  const mistakes: [string, string][] = [
    ['[partitions.a]\nmax_tme = "1:00:00"\n', 'p.toml:2: unknown key "max_tme" in [partitions.a]; did you mean "max_time"?'],
    ['[partitions.a]\nmax_time = "24h"\n', 'p.toml:2: max_time = "24h" is not a Slurm time limit'],
    ['default_partition = "b"\n[partitions.a]\n', 'p.toml:1: default_partition "b" is not among the [partitions]'],
    ['scheduler = "pbs"\n', 'p.toml:1: scheduler must be "slurm"'],
    ['[partitions.a]\nmax_nodes = -1\n', 'p.toml:2: max_nodes must be a whole number, at least 0'],
    ['[partitions.a]\nallow_accounts = "lab1"\n', 'p.toml:2: allow_accounts must be an array of names'],
    ['[partitions.a\n', 'p.toml:2: Unterminated table-key'],
  ];
  for (const [text, message] of mistakes) {
    test(`a mistake names the file and line: ${JSON.stringify(text)}`, () => {
      assert.throws(() => readProfile(text, 'p.toml'), (error: Error) => error instanceof ProfileError && error.message.startsWith(message));
    });
  }
});

const TOO_LONG = `[parsl]

[[parsl.executors]]
class = "HighThroughputExecutor"
label = "default"

[parsl.executors.provider]
class = "SlurmProvider"
partition = "general"
exclusive = false
walltime = "72:00:00"
worker_init = "source ~/.bashrc && conda activate q2-moshpit-2025.10"
`;

describe('the linter\'s config gives the profile to the rules', () => {
  test('profile = "cluster.toml", relative to the config file; the message cites its line', () => {
    const dir = scratch({ 'parsl-lint.toml': 'profile = "site/cluster.toml"\n', 'site/cluster.toml': read('cluster.toml'), 'job.toml': TOO_LONG });
    const run = runCli(['--format', 'json', 'job.toml'], { cwd: dir });
    assert.equal(run.status, 1, run.stderr);
    const [diagnostic] = JSON.parse(run.stdout).files[0].diagnostics;
    assert.equal(diagnostic.rule, 'partition-time-limit');
    assert.deepEqual([diagnostic.line, diagnostic.column], [11, 12]);
    assert.match(diagnostic.message, /the MaxTime of partition "general" \(site\/cluster\.toml:8: max_time = "2-00:00:00"\)/);
  });

  test('an embedded [profile] table, in pyproject.toml too', () => {
    const embedded = `[tool.parsl-lint.profile]\nscheduler = "slurm"\n\n[tool.parsl-lint.profile.partitions.general]\nmax_time = "1-00:00:00"\n`;
    const dir = scratch({ 'pyproject.toml': embedded, 'job.toml': TOO_LONG });
    const run = runCli(['--format', 'json', 'job.toml'], { cwd: dir });
    const [diagnostic] = JSON.parse(run.stdout).files[0].diagnostics;
    assert.match(diagnostic.message, /more than 24:00:00, the MaxTime of partition "general" \(pyproject\.toml:5: max_time = "1-00:00:00"\)/);
  });

  test('a profile that cannot be read is a config error, exit 2', () => {
    const missing = scratch({ 'parsl-lint.toml': 'profile = "nope.toml"\n', 'job.toml': TOO_LONG });
    const run = runCli(['job.toml'], { cwd: missing });
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'parsl-lint: parsl-lint.toml: cannot read the profile nope.toml: ENOENT\n');
    const wrong = scratch({ 'parsl-lint.toml': '[profile.partitions.general]\nmax_time = 5\n', 'job.toml': TOO_LONG });
    const second = runCli(['job.toml'], { cwd: wrong });
    assert.equal(second.status, 2);
    assert.equal(second.stderr, 'parsl-lint: parsl-lint.toml:2: max_time must be a string\n');
  });

  test('--print-config names the profile', () => {
    const dir = scratch({ 'parsl-lint.toml': 'profile = "cluster.toml"\n', 'cluster.toml': read('cluster.toml'), 'job.toml': TOO_LONG });
    const run = runCli(['--print-config', 'job.toml'], { cwd: dir });
    assert.equal(JSON.parse(run.stdout).profile, 'cluster.toml');
  });
});
