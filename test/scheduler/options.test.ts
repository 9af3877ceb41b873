import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  compareSlurmReleases,
  NEWEST_SLURM_RELEASE,
  RETIRED_SBATCH_OPTIONS,
  SBATCH_OPTIONS_22_05,
  sbatchOptionsFor,
  sbatchSettingName,
  SLURM_RELEASES,
} from '../../src/scheduler/slurm/options.js';

const names = (release: Parameters<typeof sbatchOptionsFor>[0]) => sbatchOptionsFor(release).map((option) => option.name);
const option = (release: Parameters<typeof sbatchOptionsFor>[0], name: string) =>
  sbatchOptionsFor(release).find((candidate) => candidate.name === name);

test('22.05.8 has the 106 options of slurm.md A9, unique, and is the default', () => {
  assert.equal(SBATCH_OPTIONS_22_05.length, 106);
  assert.equal(new Set(names('22.05')).size, 106);
  assert.equal(sbatchOptionsFor(), sbatchOptionsFor('22.05'));
  const shorts = SBATCH_OPTIONS_22_05.flatMap((entry) => (entry.short ? [entry.short] : []));
  assert.equal(new Set(shorts).size, shorts.length);
  assert.deepEqual(option('22.05', 'exclusive'), { name: 'exclusive', argument: 'optional' });
  assert.deepEqual(option('22.05', 'time'), { name: 'time', short: 't', argument: 'required' });
});

test('option counts per release match the extraction of each tag', () => {
  const counts = SLURM_RELEASES.map((release) => sbatchOptionsFor(release).length);
  assert.deepEqual(counts, [101, 103, 105, 106, 110, 110, 113, 114, 115, 118, 120]);
  assert.equal(NEWEST_SLURM_RELEASE, '25.11');
});

test('additions, removals and argument changes land where the release put them', () => {
  assert.ok(!names('21.08').includes('prefer'));
  assert.ok(!names('20.02').includes('ntasks-per-gpu'));
  assert.ok(names('23.02').includes('tres-per-task'));
  assert.ok(!names('23.11').includes('export-file'));
  assert.ok(names('24.05').includes('export-file'));
  assert.ok(!names('24.05').includes('power'));
  assert.equal(option('22.05', 'get-user-env')!.argument, 'optional');
  assert.equal(option('25.05', 'get-user-env')!.argument, 'none');
  assert.equal(option('25.05', 'requeue')!.argument, 'none');
  assert.equal(option('25.11', 'requeue')!.argument, 'optional');
  // Table order matters for sbatch's ambiguity message.
  const master = names('master');
  assert.equal(master.indexOf('tres-bind') + 1, master.indexOf('tres-per-task'));
  assert.equal(master.indexOf('resv-ports') + 1, master.indexOf('runtime'));
});

test('releases compare in time order', () => {
  assert.ok(compareSlurmReleases('22.05', '24.05') < 0);
  assert.ok(compareSlurmReleases('master', '25.11') > 0);
});

test('options that write one setting share a name', () => {
  const setting = (name: string) => sbatchSettingName(option('22.05', name)!);
  assert.equal(setting('tasks-per-node'), 'ntasks-per-node');
  assert.equal(setting('cluster'), 'clusters');
  assert.equal(setting('oversubscribe'), 'exclusive');
  assert.equal(setting('no-requeue'), 'requeue');
  assert.equal(setting('mem'), 'mem');
});

test('retired names are not options in any extracted release', () => {
  for (const release of SLURM_RELEASES) {
    for (const retired of RETIRED_SBATCH_OPTIONS.keys()) assert.ok(!names(release).includes(retired), `${retired} in ${release}`);
  }
});
