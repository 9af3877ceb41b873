import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { schedulerOf } from '../../src/scheduler/registry.js';
import { parslWalltimeToMinutes } from '../../src/scheduler/walltime.js';

describe('parsl wtime_to_minutes', () => {
  test('H:M:S to minutes, seconds dropped', () => {
    assert.deepEqual(parslWalltimeToMinutes('00:10:00'), { ok: true, minutes: 10 });
    assert.deepEqual(parslWalltimeToMinutes('01:30:59'), { ok: true, minutes: 90 });
    assert.deepEqual(parslWalltimeToMinutes('48:00:00'), { ok: true, minutes: 2880 });
    assert.deepEqual(parslWalltimeToMinutes('0:90:0'), { ok: true, minutes: 90 });
  });

  test('the seconds field is never parsed', () => {
    assert.deepEqual(parslWalltimeToMinutes('01:00:xx'), { ok: true, minutes: 60 });
    assert.deepEqual(parslWalltimeToMinutes('01:00:'), { ok: true, minutes: 60 });
  });

  test('Python int() leniency (checked against python3.11)', () => {
    assert.deepEqual(parslWalltimeToMinutes(' 1 : 30 :00'), { ok: true, minutes: 90 });
    assert.deepEqual(parslWalltimeToMinutes('+1:0_5:00'), { ok: true, minutes: 65 });
    assert.deepEqual(parslWalltimeToMinutes('\u00a01:00:00'), { ok: true, minutes: 60 });
    assert.deepEqual(parslWalltimeToMinutes('١:٣٠:00'), { ok: true, minutes: 90 });
    assert.deepEqual(parslWalltimeToMinutes('𝟏:00:00'), { ok: true, minutes: 60 });
  });

  test('under one minute: returned as is, with parsl’s warning', () => {
    assert.deepEqual(parslWalltimeToMinutes('00:00:30'), {
      ok: true,
      minutes: 0,
      warning: "Time string '00:00:30' parsed to 0 minutes, less than 1",
    });
    const negative = parslWalltimeToMinutes('-1:30:00');
    assert.ok(negative.ok);
    assert.equal(negative.minutes, -30);
  });

  test('ValueError: wrong number of fields', () => {
    assert.deepEqual(parslWalltimeToMinutes('10:00'), { ok: false, reason: 'ValueError: not enough values to unpack (expected 3, got 2)' });
    assert.deepEqual(parslWalltimeToMinutes('24h'), { ok: false, reason: 'ValueError: not enough values to unpack (expected 3, got 1)' });
    assert.deepEqual(parslWalltimeToMinutes('1:00:00:00'), { ok: false, reason: 'ValueError: too many values to unpack (expected 3)' });
  });

  test('ValueError: not an int, quoted as Python’s repr', () => {
    const reason = (text: string) => {
      const result = parslWalltimeToMinutes(text);
      assert.ok(!result.ok);
      return result.reason;
    };
    assert.equal(reason('1-00:00:00'), "ValueError: invalid literal for int() with base 10: '1-00'");
    assert.equal(reason('1.5:00:00'), "ValueError: invalid literal for int() with base 10: '1.5'");
    assert.equal(reason('01:x:00'), "ValueError: invalid literal for int() with base 10: 'x'");
    assert.equal(reason(':00:00'), "ValueError: invalid literal for int() with base 10: ''");
    assert.equal(reason('_1:00:00'), "ValueError: invalid literal for int() with base 10: '_1'");
    assert.equal(reason('1__0:00:00'), "ValueError: invalid literal for int() with base 10: '1__0'");
    assert.equal(reason('- 1:00:00'), "ValueError: invalid literal for int() with base 10: '- 1'");
    assert.equal(reason('\x1c1:00:00'), "ValueError: invalid literal for int() with base 10: '\\x1c1'");
    assert.equal(reason('1\u200b:00:00'), "ValueError: invalid literal for int() with base 10: '1\\u200b'");
    assert.equal(reason('²:00:00'), "ValueError: invalid literal for int() with base 10: '²'");
    assert.equal(reason("1'\t:00:00"), 'ValueError: invalid literal for int() with base 10: "1\'\\t"');
  });
});

test('which providers convert walltime, which pass it through', () => {
  const use = (provider: string) => schedulerOf(provider)?.walltime.use;
  assert.equal(use('SlurmProvider'), 'minutes');
  assert.equal(use('LSFProvider'), 'minutes');
  assert.equal(use('CobaltProvider'), 'minutes');
  assert.equal(use('PBSProProvider'), 'verbatim');
  assert.equal(use('TorqueProvider'), 'verbatim');
  assert.equal(use('GridEngineProvider'), 'verbatim');
  assert.equal(use('CondorProvider'), 'unused');
  assert.equal(use('LocalProvider'), undefined);
  assert.equal(use('KubernetesProvider'), undefined);
});
