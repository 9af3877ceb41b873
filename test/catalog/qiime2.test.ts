/** QIIME 2 releases and target resolution (research/qiime2.md "Pinned parsl per QIIME 2 release", §1.3–1.6). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { describeSubstitution, NEWEST_QIIME2_RELEASE, PARSL_RELEASES, QIIME2_RELEASES, qiime2Release, resolveTarget } from '../../src/catalog/index.js';

describe('QIIME 2 releases', () => {
  test('2023.5 to 2026.7 released, 2026.10 in development, each on a catalogued parsl', () => {
    assert.deepEqual(
      QIIME2_RELEASES.map((release) => release.version),
      ['2023.5', '2023.7', '2023.9', '2024.2', '2024.5', '2024.10', '2025.4', '2025.7', '2025.10', '2026.1', '2026.4', '2026.7', '2026.10'],
    );
    assert.equal(NEWEST_QIIME2_RELEASE.version, '2026.7');
    assert.equal(qiime2Release('2026.10').status, 'development');
    for (const release of QIIME2_RELEASES) assert.ok(PARSL_RELEASES.includes(release.parsl), release.version);
  });

  test('pinned parsl', () => {
    const pins = Object.fromEntries(QIIME2_RELEASES.map((release) => [release.version, release.parsl]));
    assert.deepEqual(pins, {
      '2023.5': '2023.08.28',
      '2023.7': '2023.08.28',
      '2023.9': '2023.10.16',
      '2024.2': '2023.12.04',
      '2024.5': '2024.04.15',
      '2024.10': '2024.04.15',
      '2025.4': '2024.04.15',
      '2025.7': '2024.04.15',
      '2025.10': '2024.04.15',
      '2026.1': '2024.04.15',
      '2026.4': '2026.02.23',
      '2026.7': '2026.02.23',
      '2026.10': '2026.02.23',
    });
    assert.equal(qiime2Release('2023.5').parslPinKnown, false);
    assert.match(qiime2Release('2023.5').note ?? '', /unknown/);
    assert.ok(QIIME2_RELEASES.filter((r) => r.version !== '2023.5').every((r) => r.parslPinKnown));
  });

  test('loader behaviour per release', () => {
    const by = (version: string) => qiime2Release(version);
    assert.equal(by('2024.5').executorMapping, 'flat');
    assert.equal(by('2024.10').executorMapping, 'per-plugin');
    assert.equal(by('2023.9').launcherTables, false);
    assert.equal(by('2024.2').launcherTables, true);
    assert.equal(by('2023.9').nestedLists, false);
    assert.equal(by('2024.2').nestedLists, true);
    assert.deepEqual(by('2024.5').defaultLabels, { threadPool: 'default', htex: 'htex' });
    assert.deepEqual(by('2024.10').defaultLabels, { threadPool: 'tpool', htex: 'default' });
  });

  test('qiime2Release accepts YYYY.M and any patch level, rejects the rest', () => {
    for (const version of ['2024.10', '2024.10.0', '2024.10.1', ' 2024.10 ']) assert.equal(qiime2Release(version).version, '2024.10', version);
    assert.equal(qiime2Release('2024.05').version, '2024.5');
    for (const version of ['2024.3', '2022.11', 'latest', '2024.10.x', '2024']) {
      assert.throws(() => qiime2Release(version), /Unknown QIIME 2 release .*did you mean one of 2023\.5, .*2026\.10 \(in development\)/, version);
    }
  });
});

describe('resolveTarget', () => {
  test('defaults to the newest released QIIME 2', () => {
    const target = resolveTarget({});
    assert.equal(target.qiime2?.version, '2026.7');
    assert.equal(target.parsl, '2026.02.23');
  });

  test('a QIIME 2 release brings its parsl', () => {
    assert.equal(resolveTarget({ qiime2: '2026.4' }).parsl, '2026.02.23');
    assert.equal(resolveTarget({ qiime2: '2024.5.0' }).parsl, '2024.04.15');
  });

  test('parsl alone, in either spelling, has no QIIME 2', () => {
    assert.deepEqual(resolveTarget({ parsl: '2024.9.9' }), { qiime2: undefined, parsl: '2024.09.09' });
  });

  test('both: the QIIME 2 release with that parsl', () => {
    const target = resolveTarget({ qiime2: '2024.10', parsl: '2024.12.09' });
    assert.equal(target.qiime2?.version, '2024.10');
    assert.equal(target.parsl, '2024.12.09');
  });

  test('unknown versions are errors that name the known ones', () => {
    assert.throws(() => resolveTarget({ qiime2: '2025.1' }), /Unknown QIIME 2 release "2025\.1".*2025\.4/);
    assert.throws(() => resolveTarget({ qiime2: '2024.10', parsl: '1.0' }), /Unknown parsl version "1\.0".*2023\.08\.28/);
    assert.throws(() => resolveTarget({ parsl: 'latest' }), /Unknown parsl version "latest"/);
    assert.throws(() => resolveTarget({ parsl: '2023.08.21' }), /parsl 2023\.08\.21 is older than every catalogued parsl release \(2023\.08\.28, /);
  });

  test('an uncatalogued parsl stands for the newest catalogued release at or before it, and says so', () => {
    const target = resolveTarget({ parsl: '2025.1.6' });
    assert.deepEqual(target, { qiime2: undefined, parsl: '2024.12.09', parslAsked: '2025.1.6' });
    assert.equal(describeSubstitution(target), 'parsl 2025.1.6 is not catalogued; judging against parsl 2024.12.09, the newest catalogued release before it');
    assert.equal(resolveTarget({ parsl: '2024.12.08' }).parsl, '2024.09.09', 'the release before, not the nearest');
    assert.equal(resolveTarget({ parsl: '2099.01.01' }).parsl, '2026.02.23');
    const upgraded = resolveTarget({ qiime2: '2024.10', parsl: '2025.03.24' });
    assert.deepEqual([upgraded.qiime2?.version, upgraded.parsl, upgraded.parslAsked], ['2024.10', '2024.12.09', '2025.03.24']);
  });

  test('a catalogued parsl, in either spelling, is no substitution', () => {
    for (const parsl of ['2024.4.15', '2024.04.15']) {
      const target = resolveTarget({ parsl });
      assert.equal(target.parslAsked, undefined, parsl);
      assert.equal(describeSubstitution(target), undefined, parsl);
    }
    assert.equal(describeSubstitution(resolveTarget({})), undefined);
  });
});
