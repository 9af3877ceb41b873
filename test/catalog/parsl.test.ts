/** Facts about parsl releases the catalog must hold (research/qiime2.md §1.3, parsl-signatures README). */
import { BATCH_PROVIDERS } from '../../src/scheduler/registry.js';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  OBJECT_KEYS,
  PARSL_RELEASES,
  parslCatalog,
  pythonDefault,
} from '../../src/catalog/index.js';

const after = (version: string) => PARSL_RELEASES.filter((release) => release >= version);
const before = (version: string) => PARSL_RELEASES.filter((release) => release < version);

describe('parslCatalog', () => {
  test('catalogues the seven releases of the signature files, oldest first', () => {
    assert.deepEqual(PARSL_RELEASES, ['2023.08.28', '2023.10.16', '2023.12.04', '2024.04.15', '2024.09.09', '2024.12.09', '2026.02.23']);
  });

  test('accepts conda spelling and rejects an uncatalogued release, naming the known ones', () => {
    assert.equal(parslCatalog('2024.4.15').version, '2024.04.15');
    assert.equal(parslCatalog('2024.4.15'), parslCatalog('2024.04.15'), 'loaded once');
    assert.throws(() => parslCatalog('2024.06.03'), /Unknown parsl version "2024\.06\.03".*2023\.08\.28.*2026\.02\.23/);
    assert.throws(() => parslCatalog('latest'), /Unknown parsl version/);
  });

  test('SlurmProvider walltime defaults to 00:10:00 in every release', () => {
    for (const version of PARSL_RELEASES) {
      const walltime = parslCatalog(version).lookup('providers', 'SlurmProvider')?.params.get('walltime');
      assert.ok(walltime, version);
      assert.equal(walltime.default, "'00:10:00'", version);
      assert.equal(pythonDefault(walltime), '00:10:00', version);
    }
  });

  test('HighThroughputExecutor max_workers until 2024.04.15, max_workers_per_node from then', () => {
    const params = (version: string) => parslCatalog(version).lookup('executors', 'HighThroughputExecutor')!.params;
    assert.ok(params('2024.04.15').has('max_workers'));
    for (const version of after('2024.09.09')) assert.ok(!params(version).has('max_workers'), version);
    for (const version of before('2024.04.15')) assert.ok(!params(version).has('max_workers_per_node'), version);
    for (const version of after('2024.04.15')) assert.ok(params(version).has('max_workers_per_node'), version);
  });

  test('no parsl.channels from 2024.12.09', () => {
    for (const version of after('2024.12.09')) {
      const catalog = parslCatalog(version);
      assert.deepEqual(catalog.classes('channels'), [], version);
      assert.equal(catalog.hasModule('channels'), false, version);
    }
    assert.equal(parslCatalog('2024.09.09').hasModule('channels'), true);
    assert.deepEqual(parslCatalog('2024.09.09').classes('channels').map((c) => c.name), ['Channel', 'LocalChannel']);
  });

  test('Config kwargs follow parsl: app_cache gone in 2026.02.23, usage_tracking an int there', () => {
    assert.ok(parslCatalog('2024.04.15').config.params.has('app_cache'));
    const config = parslCatalog('2026.02.23').config;
    assert.equal(config.group, 'config');
    assert.equal(config.typechecked, true);
    assert.ok(!config.params.has('app_cache'));
    assert.ok(!config.params.has('checkpoint_mode'));
    assert.equal(config.params.get('usage_tracking')?.type, 'int');
  });

  test('AdHocProvider and CobaltProvider disappear from parsl.providers', () => {
    assert.ok(parslCatalog('2024.04.15').lookup('providers', 'AdHocProvider'));
    assert.equal(parslCatalog('2024.09.09').lookup('providers', 'AdHocProvider'), undefined);
    assert.ok(parslCatalog('2024.09.09').lookup('providers', 'CobaltProvider'));
    assert.equal(parslCatalog('2024.12.09').lookup('providers', 'CobaltProvider'), undefined);
  });

  test('classes missing from the signature files are filled in', () => {
    const simple = parslCatalog('2023.08.28').lookup('launchers', 'SimpleLauncher');
    assert.deepEqual([...(simple?.params.keys() ?? [])], ['debug']);
    const channel = parslCatalog('2024.09.09').lookup('channels', 'Channel');
    assert.equal(channel?.abstract, true);
  });

  test('lookup is case-exact; findInAnyGroup finds the group', () => {
    const catalog = parslCatalog('2024.04.15');
    assert.equal(catalog.lookup('providers', 'slurmprovider'), undefined);
    assert.equal(catalog.lookup('executors', 'SlurmProvider'), undefined);
    assert.equal(catalog.findInAnyGroup('SrunLauncher')?.group, 'launchers');
    assert.equal(catalog.findInAnyGroup('Config'), undefined);
    assert.deepEqual(catalog.classes('data_provider'), []);
    assert.equal(catalog.lookup('executors', 'HighThroughputExecutor')?.typechecked, true);
  });

  test('the scheduler registry agrees with the per-release batchScheduler flags', () => {
    const batch = new Set<string>();
    for (const version of PARSL_RELEASES) {
      for (const provider of parslCatalog(version).classes('providers')) if (provider.batchScheduler) batch.add(provider.name);
    }
    assert.deepEqual([...batch].sort(), [...BATCH_PROVIDERS].sort());
    const local = parslCatalog('2024.04.15').lookup('providers', 'LocalProvider');
    assert.equal(local?.batchScheduler, false);
  });

  test('OBJECT_KEYS are the eleven module_paths keys', () => {
    assert.equal(OBJECT_KEYS.size, 11);
    assert.equal(OBJECT_KEYS.get('launcher'), 'launchers');
    assert.equal(OBJECT_KEYS.get('data_providers'), 'data_provider');
  });
});
