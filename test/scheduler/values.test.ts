import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  checkSbatchValue,
  parseSlurmExclusive,
  parseSlurmMemory,
  parseSlurmNodeCount,
  parseSlurmPositiveInteger,
  parseSlurmTime,
} from '../../src/scheduler/slurm/values.js';

describe('--time (slurm.md A4)', () => {
  const minutes = (text: string) => {
    const result = parseSlurmTime(text);
    assert.ok(result.ok, `${text} should be valid`);
    return result.value.unlimited ? 'unlimited' : result.value.minutes;
  };

  test('the accepted forms, in minutes with seconds rounded up', () => {
    assert.equal(minutes('10'), 10);
    assert.equal(minutes('90'), 90);
    assert.equal(minutes('0:30'), 1);
    assert.equal(minutes('10:00'), 10);
    assert.equal(minutes('60:30'), 61);
    assert.equal(minutes('1:00:00'), 60);
    assert.equal(minutes('1:00:01'), 61);
    assert.equal(minutes('1:99:99'), 60 + 99 + 2);
    assert.equal(minutes('25:00:00'), 1500);
    assert.equal(minutes('1-0'), 1440);
    assert.equal(minutes('1-'), 1440);
    assert.equal(minutes('1-12'), 2160);
    assert.equal(minutes('1-0:30'), 1470);
    assert.equal(minutes('1-0:0:0'), 1440);
    assert.equal(minutes('1-00:00:00'), 1440);
    assert.equal(minutes('2-00:00:00'), 2880);
  });

  test('no limit: the special words, and anything that comes to 0', () => {
    for (const text of ['-1', 'INFINITE', 'infinite', 'UNLIMITED', 'Unlimited', '0', '00:00:00', '0:0', '0-0', '-0']) {
      assert.equal(minutes(text), 'unlimited', text);
    }
  });

  test('negative days pass the client (slurmctld rejects them)', () => {
    assert.equal(minutes('-5'), -7199);
    assert.equal(minutes('-01'), -1439);
  });

  test('invalid forms, with sbatch’s message', () => {
    for (const text of ['24h', '60m', '1.5', '1:2:3:4', '10:', ':10', '1-2-3', '1:2-3', '01:00:00:00', '', '1 day', ' 10', '1-2:', '1-:30']) {
      assert.deepEqual(parseSlurmTime(text), { ok: false, reason: 'Invalid --time specification' }, text);
    }
    assert.deepEqual(parseSlurmTime('x', 'time-min'), { ok: false, reason: 'Invalid --time-min specification' });
  });

  test('C int overflow wraps as in sbatch', () => {
    // 35791395 minutes is 2147483700 seconds, past INT_MAX.
    assert.equal(minutes('35791395'), -35791392);
  });
});

describe('memory sizes (slurm.md A5)', () => {
  const mebibytes = (text: string) => {
    const result = parseSlurmMemory(text);
    assert.ok(result.ok, `${text} should be valid`);
    return result.value;
  };

  test('units and their case, an optional B', () => {
    assert.equal(mebibytes('100'), 100);
    assert.equal(mebibytes('1K'), 1);
    assert.equal(mebibytes('1025k'), 2);
    assert.equal(mebibytes('1kb'), 1);
    assert.equal(mebibytes('5M'), 5);
    assert.equal(mebibytes('1G'), 1024);
    assert.equal(mebibytes('1GB'), 1024);
    assert.equal(mebibytes('1gb'), 1024);
    assert.equal(mebibytes('1Gb'), 1024);
    assert.equal(mebibytes('16g'), 16384);
    assert.equal(mebibytes('2T'), 2097152);
    assert.equal(mebibytes('0'), 0);
  });

  test('strtoll’s leading blanks and sign', () => {
    assert.equal(mebibytes(' 5'), 5);
    assert.equal(mebibytes('+5'), 5);
    assert.equal(mebibytes('-0'), 0);
  });

  test('invalid sizes', () => {
    for (const text of ['1.5G', '1GiB', '1Gi', '1P', '8GG', '-1', '', 'G', '5 ', '1 G', '99999999999999999999']) {
      assert.deepEqual(parseSlurmMemory(text), { ok: false, reason: 'Invalid --mem specification' }, text);
    }
    assert.deepEqual(parseSlurmMemory('x', 'mem-per-cpu'), { ok: false, reason: 'Invalid --mem-per-cpu specification' });
  });
});

describe('positive integers (slurm.md A7)', () => {
  test('accepted values, cast to a C int', () => {
    assert.deepEqual(parseSlurmPositiveInteger('4', 'cpus-per-task'), { ok: true, value: 4 });
    assert.deepEqual(parseSlurmPositiveInteger(' 1', 'cpus-per-task'), { ok: true, value: 1 });
    assert.deepEqual(parseSlurmPositiveInteger('+1', 'cpus-per-task'), { ok: true, value: 1 });
    assert.deepEqual(parseSlurmPositiveInteger('4294967297', 'cpus-per-task'), { ok: true, value: 1 });
  });

  test('rejected values', () => {
    for (const text of ['0', 'abc', '1.5', '1 ', '-1', '']) {
      assert.deepEqual(parseSlurmPositiveInteger(text, 'cpus-per-task'), {
        ok: false,
        reason: `Invalid numeric value "${text}" for --cpus-per-task.`,
      });
    }
    assert.deepEqual(parseSlurmPositiveInteger('99999999999999999999', 'ntasks'), {
      ok: false,
      reason: 'Numeric argument (9223372036854775807) to big for --ntasks.',
    });
  });
});

describe('node counts (slurm.md A7)', () => {
  test('counts and ranges', () => {
    assert.deepEqual(parseSlurmNodeCount('2'), { ok: true, value: { min: 2, max: 2 } });
    assert.deepEqual(parseSlurmNodeCount('2-4'), { ok: true, value: { min: 2, max: 4 } });
    assert.deepEqual(parseSlurmNodeCount('1-0'), { ok: true, value: { min: 1, max: 0 } });
    assert.deepEqual(parseSlurmNodeCount('0'), { ok: true, value: { min: 0, max: 0 } });
    assert.deepEqual(parseSlurmNodeCount('-1'), { ok: true, value: { min: 1, max: 1 } });
    assert.deepEqual(parseSlurmNodeCount('1k'), { ok: true, value: { min: 1024, max: 1024 } });
    assert.deepEqual(parseSlurmNodeCount(' 1'), { ok: true, value: { min: 1, max: 1 } });
    assert.deepEqual(parseSlurmNodeCount('1 '), { ok: true, value: { min: 1, max: 1 } });
  });

  test('invalid counts, with sbatch’s message', () => {
    assert.deepEqual(parseSlurmNodeCount('abc'), { ok: false, reason: '"abc" is not a valid node count' });
    assert.deepEqual(parseSlurmNodeCount(''), { ok: false, reason: '"" is not a valid node count' });
    assert.deepEqual(parseSlurmNodeCount('1,2'), { ok: false, reason: '"1,2" is not a valid node count' });
    assert.deepEqual(parseSlurmNodeCount('1-abc'), { ok: false, reason: '"abc" is not a valid node count' });
    assert.deepEqual(parseSlurmNodeCount('2-1'), { ok: false, reason: 'Maximum node count 1 is less than minimum node count 2' });
    assert.deepEqual(parseSlurmNodeCount('1-'), { ok: false, reason: 'Maximum node count -1 is less than minimum node count 1' });
  });
});

describe('--exclusive (slurm.md A6)', () => {
  test('22.05 values, case-insensitive; none or empty means exclusive', () => {
    assert.deepEqual(parseSlurmExclusive(undefined), { ok: true, value: 'exclusive' });
    assert.deepEqual(parseSlurmExclusive(''), { ok: true, value: 'exclusive' });
    assert.deepEqual(parseSlurmExclusive('USER'), { ok: true, value: 'user' });
    assert.deepEqual(parseSlurmExclusive('mcs'), { ok: true, value: 'mcs' });
    assert.deepEqual(parseSlurmExclusive('oversubscribe'), { ok: true, value: 'oversubscribe' });
    assert.deepEqual(parseSlurmExclusive('foo'), { ok: false, reason: 'Invalid --exclusive specification' });
  });

  test('topo from 24.05, allocation only in master', () => {
    assert.equal(parseSlurmExclusive('topo').ok, false);
    assert.deepEqual(parseSlurmExclusive('topo', '24.05'), { ok: true, value: 'topo' });
    assert.equal(parseSlurmExclusive('allocation', '25.11').ok, false);
    assert.deepEqual(parseSlurmExclusive('allocation', 'master'), { ok: true, value: 'exclusive' });
  });
});

test('checkSbatchValue picks sbatch’s parser for the option', () => {
  assert.deepEqual(checkSbatchValue('time', '24h'), { ok: false, reason: 'Invalid --time specification' });
  assert.deepEqual(checkSbatchValue('tmp', '1.5G'), { ok: false, reason: 'Invalid --tmp specification' });
  assert.deepEqual(checkSbatchValue('tasks-per-node', '0'), {
    ok: false,
    reason: 'Invalid numeric value "0" for --ntasks-per-node.',
  });
  assert.deepEqual(checkSbatchValue('exclusive', undefined), { ok: true, value: 'exclusive' });
  assert.equal(checkSbatchValue('partition', 'anything'), undefined);
});
