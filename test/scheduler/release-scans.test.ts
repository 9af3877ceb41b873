/**
 * scanBatchHeaderByRelease shares work between releases (one tokenising per tokeniser, one getopt
 * run per different resolution of the script's options); what it returns for each release must
 * be exactly what scanning for that release alone returns.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { scanBatchHeader, scanBatchHeaderByRelease } from '../../src/scheduler/slurm/directives.js';
import { SLURM_RELEASES } from '../../src/scheduler/slurm/options.js';

const RUNS = 400;

/** Arguments whose reading differs between releases, with the tokeniser's hard cases. */
const ARGUMENTS = [
  '--extra=2', '--extr=2', '--ext', '--oom-kill-step', '--power=x', '--tres-per-task=cpu:1', '--tres-bind=x',
  '--exclusive=topo', '--cont=x', '--conta=x', '--requeue=1', '--spread=1', '--mem=4G', '--mem', '--me',
  '--nosuchoption', '--mem_per_cpu=2G', '--workdir=/x', '-t', '10', '-Qt', '-k', '-pdebug', '-V', '-',
  '--', '--job-name=a\\ b', '"a b"', "'c", 'hetjob', ':x', '#SBATCH -p y', '# note', 'x\\', '--get-user-env=10L',
];

const line = fc.oneof(
  fc.array(fc.constantFrom(...ARGUMENTS), { maxLength: 5 }).map((words) => `#SBATCH ${words.join(' ')}`),
  fc.constantFrom('#SLURM --stepmgr', '# comment', 'echo start', '', '#PBS -l walltime=1:00:00'),
);

test(`each release's scan, shared or alone, is the same (fast-check, seed 12, ${RUNS} runs)`, () => {
  fc.assert(
    fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), (lines) => {
      const text = `#!/bin/bash\n${lines.join('\n')}\n`;
      for (const { release, scan } of scanBatchHeaderByRelease(text, SLURM_RELEASES)) {
        assert.deepEqual(scan, scanBatchHeader(text, { release }), `${release}:\n${text}`);
      }
    }),
    { seed: 12, numRuns: RUNS },
  );
});

test('a script every release reads alike is read once', () => {
  const scans = scanBatchHeaderByRelease('#!/bin/bash\n#SBATCH --time=10 -p debug\n', SLURM_RELEASES);
  assert.equal(new Set(scans.map(({ scan }) => scan)).size, 1);
});

test('an option only newer releases have splits the releases in two', () => {
  const scans = scanBatchHeaderByRelease('#!/bin/bash\n#SBATCH --oom-kill-step\n', SLURM_RELEASES);
  const refusing = scans.filter(({ scan }) => scan.problems.some((problem) => problem.kind === 'unknown-option')).map(({ release }) => release);
  assert.deepEqual(refusing, ['20.02', '20.11', '21.08', '22.05', '23.02', '23.11', '24.05']);
});

test('"\\ " splits an argument before 24.05 and joins it from 24.05 on', () => {
  const scans = scanBatchHeaderByRelease('#!/bin/bash\n#SBATCH --job-name=a\\ b\n', ['23.11', '24.05']);
  assert.deepEqual(
    scans.map(({ scan }) => scan.directives.map((directive) => directive.value?.text)),
    [['a'], ['a b']],
  );
});
