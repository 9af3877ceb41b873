/**
 * The worker launch command. Expected strings are written out by hand from parsl's source:
 * parsl/executors/high_throughput/executor.py (the launch command template and
 * initialize_scaling()) and parsl/launchers/launchers.py at tags 2023.08.28 and 2026.02.23, with
 * 2024.04.15 for the deprecated `max_workers` and the `enable_mpi_mode` argument it alone has.
 * Empty fields leave their spaces, as `str.format` does.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { parslCatalog } from '../../src/catalog/index.js';
import { parseDocument } from '../../src/document/parse.js';
import { buildModel } from '../../src/model/build.js';
import { pythonFloat, workerLaunch, type WorkerLaunch } from '../../src/model/worker-launch.js';
import { repoRoot } from '../support/paths.js';

function launch(toml: string, parsl: string, index = 0): WorkerLaunch | undefined {
  const parsed = parseDocument(toml);
  assert.ok(parsed.ok);
  const executor = buildModel(parsed.document).executors[index];
  assert.ok(executor?.provider, 'the config has an executor with a provider');
  return workerLaunch(executor, executor.provider, parslCatalog(parsl));
}

/** An HTEX on Slurm with extra executor keys, and provider or launcher keys. */
function slurm(executorKeys: string, providerKeys = '', launcher = ''): string {
  return [
    '[[parsl.executors]]',
    'class = "HighThroughputExecutor"',
    'label = "default"',
    executorKeys,
    '[parsl.executors.provider]',
    'class = "SlurmProvider"',
    providerKeys,
    launcher && `[parsl.executors.provider.launcher]\n${launcher}`,
  ].join('\n');
}

const seed = readFileSync(path.join(repoRoot, 'fixtures/examples/slurm-mem-per-node.toml'), 'utf8');

describe('the seed config (HTEX defaults, SlurmProvider, nodes_per_block = 1)', () => {
  test('parsl 2026.02.23: one worker port, certificates (encrypted defaults to True)', () => {
    assert.deepEqual(launch(seed, '2026.02.23'), {
      launcher: 'SingleNodeLauncher',
      command:
        'process_worker_pool.py   -a <interchange addresses> -p 0 -c 1.0 -m None --poll 10 --port=<worker port> ' +
        '--cert_dir <run dir>/default/certificates --logdir=<run dir>/default --block_id=<block id> --hb_period=30  ' +
        '--hb_threshold=120 --drain_period=None --cpu-affinity none  --mpi-launcher=mpiexec --available-accelerators ',
      perNode: "1 × process_worker_pool.py on the batch script's node",
    });
  });

  test('parsl 2023.08.28: task and result ports, --start-method', () => {
    assert.deepEqual(launch(seed, '2023.08.28'), {
      launcher: 'SingleNodeLauncher',
      command:
        'process_worker_pool.py   -a <interchange addresses> -p 0 -c 1.0 -m None --poll 10 --task_port=<task port> ' +
        '--result_port=<result port> --logdir=<run dir>/default --block_id=<block id> --hb_period=30  ' +
        '--hb_threshold=120 --cpu-affinity none --available-accelerators  --start-method spawn',
      perNode: "1 × process_worker_pool.py on the batch script's node",
    });
  });

  test('parsl 2024.04.15: cert_dir None (encrypted defaults to False), both ports', () => {
    assert.equal(
      launch(seed, '2024.04.15')?.command,
      'process_worker_pool.py   -a <interchange addresses> -p 0 -c 1.0 -m None --poll 10 --task_port=<task port> ' +
        '--result_port=<result port> --cert_dir None --logdir=<run dir>/default --block_id=<block id> --hb_period=30  ' +
        '--hb_threshold=120 --drain_period=None --cpu-affinity none  --mpi-launcher=mpiexec --available-accelerators ',
    );
  });
});

describe('written executor values, shown as Python str() shows them', () => {
  test('cores_per_worker, mem_per_worker and max_workers_per_node (2026.02.23)', () => {
    const command = launch(slurm('cores_per_worker = 2\nmem_per_worker = 8.0\nmax_workers_per_node = 4'), '2026.02.23')?.command;
    assert.match(command ?? '', /^process_worker_pool\.py  --max_workers_per_node=4 -a <interchange addresses> -p 0 -c 2 -m 8\.0 --poll 10 /);
  });

  test('max_workers up to 2023.12.04, only when not inf (2023.08.28)', () => {
    assert.match(launch(slurm('max_workers = 4\ncores_per_worker = 0.5'), '2023.08.28')?.command ?? '', /^process_worker_pool\.py  --max_workers=4 -a <interchange addresses> -p 0 -c 0\.5 -m None /);
    assert.match(launch(slurm('max_workers = inf'), '2023.08.28')?.command ?? '', /^process_worker_pool\.py {3}-a /);
    // No `or` before 2024.04.15: 0 is passed on.
    assert.match(launch(slurm('max_workers = 0'), '2023.08.28')?.command ?? '', /^process_worker_pool\.py  --max_workers=0 -a /);
  });

  test('max_workers_per_node or max_workers or inf (2024.04.15); 0 counts as unset', () => {
    assert.match(launch(slurm('max_workers = 3'), '2024.04.15')?.command ?? '', /^process_worker_pool\.py  --max_workers_per_node=3 -a /);
    assert.match(launch(slurm('max_workers_per_node = 0\nmax_workers = 3'), '2024.04.15')?.command ?? '', / --max_workers_per_node=3 /);
    assert.match(launch(slurm('max_workers_per_node = 0'), '2026.02.23')?.command ?? '', /^process_worker_pool\.py {3}-a /);
    assert.match(launch(slurm('max_workers_per_node = 2.0'), '2026.02.23')?.command ?? '', / --max_workers_per_node=2\.0 /);
  });

  test('debug, address, probe timeout, log root, accelerators, encrypted, MPI mode', () => {
    const executor = [
      'worker_debug = true',
      'address = "10.1.2.3"',
      'address_probe_timeout = 5',
      'worker_logdir_root = "/scratch/parsl"',
      'available_accelerators = 2',
      'enable_mpi_mode = true',
      'mpi_launcher = "srun"',
      'encrypted = true',
      'drain_period = 3600',
    ].join('\n');
    assert.equal(
      launch(slurm(executor), '2024.04.15')?.command,
      'process_worker_pool.py --debug  -a 10.1.2.3 -p 0 -c 1.0 -m None --poll 10 --task_port=<task port> ' +
        '--result_port=<result port> --cert_dir <run dir>/default/certificates --logdir=/scratch/parsl/default ' +
        '--block_id=<block id> --hb_period=30 --address_probe_timeout=5 --hb_threshold=120 --drain_period=3600 ' +
        '--cpu-affinity none --enable_mpi_mode  --mpi-launcher=srun --available-accelerators 0 1',
    );
    assert.match(launch(slurm('available_accelerators = ["0", "2"]\nencrypted = false'), '2026.02.23')?.command ?? '', / --cert_dir None .* --available-accelerators 0 2$/);
  });

  test('the label names the log folder; an empty launch_cmd gets the default', () => {
    const toml = '[[parsl.executors]]\nclass = "HighThroughputExecutor"\nlaunch_cmd = ""\n[parsl.executors.provider]\nclass = "SlurmProvider"';
    assert.match(launch(toml, '2026.02.23')?.command ?? '', / --logdir=<run dir>\/HighThroughputExecutor /);
  });
});

describe('launchers: what runs on each node (tasks_per_node = 1 from the executor)', () => {
  test('SingleNodeLauncher, Slurm default: every copy on the first node', () => {
    assert.deepEqual(
      { ...launch(slurm('', 'nodes_per_block = 3'), '2026.02.23'), command: undefined },
      { launcher: 'SingleNodeLauncher', command: undefined, perNode: "3 × process_worker_pool.py on the batch script's node, none on the other 2 nodes" },
    );
  });

  test('SrunLauncher: one per node through srun --ntasks nodes_per_block', () => {
    const result = launch(slurm('', 'nodes_per_block = 2', 'class = "SrunLauncher"'), '2026.02.23');
    assert.equal(result?.launcher, 'SrunLauncher');
    assert.equal(result?.perNode, '1 × process_worker_pool.py per node, from srun --ntasks 2 -l bash cmd_$SLURM_JOB_NAME.sh');
    const overrides = launch(slurm('', 'nodes_per_block = 4', 'class = "SrunLauncher"\noverrides = "--cpu-bind=none"'), '2023.08.28');
    assert.equal(overrides?.perNode, '1 × process_worker_pool.py per node, from srun --ntasks 4 -l --cpu-bind=none bash cmd_$SLURM_JOB_NAME.sh');
  });

  test('SimpleLauncher: the command once, whatever nodes_per_block is', () => {
    const result = launch(slurm('', 'nodes_per_block = 2', 'class = "SimpleLauncher"'), '2023.08.28');
    assert.equal(result?.launcher, 'SimpleLauncher');
    assert.equal(result?.perNode, "1 × process_worker_pool.py on the batch script's node, none on the other node");
  });
});

describe('no worker launch to show', () => {
  test('another executor, or a launch_cmd of its own', () => {
    const local = readFileSync(path.join(repoRoot, 'fixtures/examples/local.toml'), 'utf8');
    const parsed = parseDocument(local);
    assert.ok(parsed.ok);
    const threads = buildModel(parsed.document).executors.find((executor) => executor.className === 'ThreadPoolExecutor');
    assert.ok(threads);
    const provider = buildModel(parsed.document).executors.find((executor) => executor.provider)!.provider!;
    assert.equal(workerLaunch(threads, provider, parslCatalog('2026.02.23')), undefined);
    assert.equal(launch(slurm('launch_cmd = "my_pool.py {block_id}"'), '2026.02.23'), undefined);
  });
});

test('pythonFloat prints floats as Python repr does', () => {
  const cases: [number, string][] = [
    [1, '1.0'],
    [0.5, '0.5'],
    [96, '96.0'],
    [1e15, '1000000000000000.0'],
    [1e16, '1e+16'],
    [1.5e300, '1.5e+300'],
    [0.0001, '0.0001'],
    [0.00001, '1e-05'],
    [-2.25, '-2.25'],
    [-0, '-0.0'],
    [Infinity, 'inf'],
    [0.1 + 0.2, '0.30000000000000004'],
  ];
  for (const [value, text] of cases) assert.equal(pythonFloat(value), text, String(value));
});
