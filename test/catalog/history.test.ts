/** parsl history (research/qiime2.md §1.3, checked against parsl's source: scripts/parsl-history-facts.mjs). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { classHistory, describeChange, paramHistory } from '../../src/catalog/index.js';

describe('history', () => {
  test('max_workers: deprecated 2024.03.04, renamed max_workers_per_node, removed 2024.09.09', () => {
    const history = paramHistory('HighThroughputExecutor', 'max_workers');
    assert.ok(history);
    assert.equal(history.deprecated?.release, '2024.03.04');
    assert.equal(history.renamedTo, 'max_workers_per_node');
    assert.equal(history.removed?.release, '2024.09.09');
    assert.equal(history.removed?.reference, 'Parsl/parsl#3605');
    assert.equal(history.lastSeen, '2024.04.15');
    assert.equal(
      `\`max_workers\` was renamed \`${history.renamedTo}\` ${describeChange(history.deprecated!)} and removed ${describeChange(history.removed!)}`,
      '`max_workers` was renamed `max_workers_per_node` in parsl 2024.03.04 and removed in parsl 2024.09.09',
    );
  });

  test('max_workers_per_node appeared in 2024.03.04', () => {
    const history = paramHistory('HighThroughputExecutor', 'max_workers_per_node');
    assert.equal(history?.appeared?.release, '2024.03.04');
    assert.equal(history?.firstSeen, '2024.04.15');
    assert.equal(history?.removed, undefined);
  });

  test('providers and channels leaving (the source wins over the notes for AdHoc and SSH channels)', () => {
    assert.equal(classHistory('AdHocProvider')?.removed?.release, '2024.08.12');
    assert.equal(classHistory('CobaltProvider')?.removed?.release, '2024.11.04');
    assert.equal(classHistory('CobaltProvider')?.deprecated?.release, '2024.02.26');
    assert.equal(classHistory('SSHChannel')?.removed?.release, '2024.08.12');
    assert.equal(classHistory('LocalChannel')?.removed?.release, '2024.12.09');
    assert.equal(paramHistory('SlurmProvider', 'channel')?.removed?.release, '2024.12.09');
  });

  test('Config kwargs', () => {
    assert.equal(paramHistory('Config', 'app_cache')?.removed?.release, '2025.12.08');
    const usage = paramHistory('Config', 'usage_tracking');
    assert.deepEqual(usage?.changes.map((change) => [change.release, change.from.type, change.to.type]), [['2024.06.10', 'bool', 'int']]);
  });

  test('unchanged classes and params span their whole life', () => {
    const slurm = classHistory('SlurmProvider');
    assert.deepEqual([slurm?.firstSeen, slurm?.lastSeen, slurm?.appeared, slurm?.removed], ['2023.08.28', '2026.02.23', undefined, undefined]);
    assert.deepEqual(paramHistory('SlurmProvider', 'walltime')?.changes, []);
    const cobaltWalltime = paramHistory('CobaltProvider', 'walltime');
    assert.deepEqual([cobaltWalltime?.firstSeen, cobaltWalltime?.lastSeen], ['2023.08.28', '2024.09.09']);
    assert.equal(classHistory('Config')?.lastSeen, '2026.02.23');
  });

  test('names no catalogued release has', () => {
    assert.equal(classHistory('NoSuchProvider'), undefined);
    assert.equal(classHistory('ClusterProvider'), undefined);
    assert.equal(paramHistory('SlurmProvider', 'memory'), undefined);
    assert.equal(paramHistory('NoSuchProvider', 'walltime'), undefined);
  });

  test('describeChange says when a release is only a bound', () => {
    assert.equal(describeChange({ release: '2024.09.09', exact: false, after: '2024.04.15', reference: undefined }), 'between parsl 2024.04.15 and 2024.09.09');
  });
});
