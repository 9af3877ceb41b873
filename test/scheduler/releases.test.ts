/**
 * Judging sbatch options per Slurm release: naming a release, the option history messages quote,
 * and what each judged release makes of a header, held against the 22.05.8 oracle's answers.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readSlurmScript } from '../../src/scheduler/slurm/adapter.js';
import { renderSlurmHeader } from '../../src/scheduler/slurm/header.js';
import { describeSlurmSubstitution, optionHistory, resolveSlurmRelease } from '../../src/scheduler/slurm/releases.js';
import { releasesDisagree, verdictClass } from '../../src/scheduler/slurm/release-verdicts.js';
import type { SlurmRelease } from '../../src/scheduler/slurm/options.js';
import { ORACLE_CASES } from './oracle-cases.js';

function read(schedulerOptions: string, slurmRelease?: SlurmRelease) {
  const fields = { walltime: '01:00:00', nodes_per_block: 1, exclusive: false, scheduler_options: schedulerOptions, worker_init: '' };
  return readSlurmScript(renderSlurmHeader(fields), slurmRelease === undefined ? {} : { slurmRelease });
}

test('a release is read as people write it: YY.MM, a maintenance release, the tag, sbatch --version', () => {
  for (const written of ['23.02', '23.02.7', '23.02.7-1', 'slurm-23-02-7-1', 'slurm 23.02.7', ' 23.02 ']) {
    assert.deepEqual(resolveSlurmRelease(written), { release: '23.02' }, written);
  }
  assert.deepEqual(resolveSlurmRelease('slurm-wlm 22.05.8'), { release: '22.05' });
});

test('an uncatalogued release stands for the newest catalogued one before it, and says so', () => {
  const resolved = resolveSlurmRelease('24.08.1');
  assert.deepEqual(resolved, { release: '24.05', asked: '24.08.1' });
  assert.equal(describeSlurmSubstitution(resolved), 'Slurm 24.08.1 is not catalogued; judging sbatch options as Slurm 24.05 reads them, the newest catalogued release before it');
  assert.equal(resolveSlurmRelease('26.05').release, '25.11');
  assert.equal(describeSlurmSubstitution(resolveSlurmRelease('25.11.7')), undefined);
});

test('malformed and too old releases are refused, naming the catalogued ones', () => {
  assert.throws(() => resolveSlurmRelease('latest'), /^Error: Unknown Slurm release "latest": .*catalogued: 20\.02, 20\.11, .*25\.11$/);
  assert.throws(() => resolveSlurmRelease('23.2'), /Unknown Slurm release "23\.2"/);
  assert.throws(() => resolveSlurmRelease('19.05.8'), /^Error: Slurm 19\.05\.8 is older than every catalogued release/);
});

test('option history, from the tables of every tag', () => {
  assert.equal(optionHistory('tres-per-task'), 'added in 23.02');
  assert.equal(optionHistory('oom-kill-step'), 'added in 24.11');
  assert.equal(optionHistory('power'), 'removed in 24.05');
  assert.equal(optionHistory('export-file'), 'removed in 23.11, back in 24.05');
  assert.equal(optionHistory('runtime'), "only in Slurm's development branch after 25.11");
  assert.equal(optionHistory('mem'), undefined);
  assert.equal(optionHistory('no-such-option'), undefined);
});

test('read as 22.05, every release-dependent oracle case gets the verdict sbatch 22.05.8 gave', () => {
  const cases = ORACLE_CASES.filter((oracle) => oracle.section === 'A9');
  assert.ok(cases.length >= 10);
  for (const oracle of cases) {
    const reading = read(oracle.lines.join('\n'), '22.05');
    const refused = reading.refusals.length > 0 || reading.slurm!.verdicts.some(({ verdicts }) => verdicts[0]!.verdict.kind !== 'accepted');
    // exit 255 is a refusal while reading the header; 0 and 1 (a value or cross-option check this module leaves to sbatch) are not.
    assert.equal(refused, oracle.exit === 255, oracle.lines.join(' ⏎ '));
  }
});

test('without a release, the verdicts of 22.05 … 25.11 are compared; with one, only that release is read', () => {
  const range = read('#SBATCH --oom-kill-step');
  assert.deepEqual(range.slurm!.releases, ['22.05', '23.02', '23.11', '24.05', '24.11', '25.05', '25.11']);
  const [place] = range.slurm!.verdicts;
  assert.deepEqual(place!.verdicts.map(({ release, verdict }) => `${release} ${verdictClass(verdict)}`), [
    '22.05 refused',
    '23.02 refused',
    '23.11 refused',
    '24.05 refused',
    '24.11 accepted:oom-kill-step',
    '25.05 accepted:oom-kill-step',
    '25.11 accepted:oom-kill-step',
  ]);
  assert.ok(releasesDisagree(place!));
  assert.deepEqual(range.refusals, []);

  assert.deepEqual(read('#SBATCH --oom-kill-step', '24.11').refusals, []);
  const old = read('#SBATCH --oom-kill-step', '24.05');
  assert.deepEqual(old.slurm!.releases, ['24.05']);
  assert.deepEqual(old.refusals.map((refusal) => refusal.message), [`sbatch 24.05 has no --oom-kill-step (added in 24.11): sbatch says "sbatch: unrecognized option '--oom-kill-step'"`]);
});

test('an abbreviation that changes meaning between releases is a disagreement, not a refusal', () => {
  const reading = read('#SBATCH --extra=2');
  const [place] = reading.slurm!.verdicts;
  assert.equal(place!.text, '--extra=2');
  assert.deepEqual([...new Set(place!.verdicts.map(({ verdict }) => verdictClass(verdict)))], ['accepted:extra-node-info', 'accepted:extra']);
  assert.deepEqual(reading.refusals, []);
});

test('what every judged release refuses stays a refusal, in the newest release\'s words', () => {
  const reading = read('#SBATCH --cont=x');
  assert.equal(reading.slurm!.verdicts.some(releasesDisagree), false);
  assert.deepEqual(reading.refusals.map((refusal) => refusal.message), [
    `--cont is ambiguous: it abbreviates --container, --container-id, --context, --contiguous: sbatch says "sbatch: option '--cont=x' is ambiguous; possibilities: '--container' '--container-id' '--context' '--contiguous'"`,
  ]);
});

test('an option no release has is left to the unknown-option rules: neither a refusal nor a disagreement', () => {
  const reading = read('#SBATCH --container-image=x');
  assert.deepEqual(reading.refusals, []);
  assert.equal(reading.slurm!.verdicts.some(releasesDisagree), false);
  assert.ok(reading.slurm!.verdicts[0]!.verdicts.every(({ verdict }) => verdict.kind === 'unknown'));
});
