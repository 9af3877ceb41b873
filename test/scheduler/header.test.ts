import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { effectiveSbatchSettings, renderSlurmHeader, type SlurmProviderFields } from '../../src/scheduler/slurm/header.js';
import { scanBatchHeader } from '../../src/scheduler/slurm/directives.js';
import { locateInField, type ScriptContext } from '../../src/scheduler/rendered-script.js';
import { withDefaults } from '../support/provider-defaults.js';

const SCRIPT_DIR = '/runs/000/submit_scripts';
const JOB = 'parsl.HighThroughputExecutor.block-0.1700000000.0';
const PREAMBLE =
  `#!/bin/bash\n\n#SBATCH --job-name=${JOB}\n` +
  `#SBATCH --output=${SCRIPT_DIR}/${JOB}.stdout\n#SBATCH --error=${SCRIPT_DIR}/${JOB}.stderr\n`;
const EXPORT = `export JOBNAME="${JOB}"\n`;

function render(fields: Partial<SlurmProviderFields>, context: ScriptContext = { scriptDir: SCRIPT_DIR }) {
  return renderSlurmHeader(withDefaults('SlurmProvider', fields), context);
}

/** The script and what sbatch 22.05 (the oracle's) makes of it. */
function analyze(fields: Partial<SlurmProviderFields>, context: ScriptContext = {}) {
  const script = render(fields, context);
  const scan = scanBatchHeader(script.text);
  return { script, scan, ...effectiveSbatchSettings(scan.directives) };
}

/**
 * Expected texts are what parsl itself wrote: `SlurmProvider(**fields).submit('CMD', 1,
 * 'parsl.HighThroughputExecutor.block-0')` with time.time() fixed at 1700000000.0, run from the
 * source of parsl master b8b474c7 (and 2024.04.15 for the fields it has, with the same result),
 * cut before the launcher's part.
 */
describe('the script parsl writes (slurm.md A10)', () => {
  test('every field set', () => {
    const script = render({
      partition: 'debug',
      account: 'acc',
      qos: 'q',
      constraint: 'c',
      clusters: 'cl',
      gpus_per_node: 2,
      gres: 'gpu:1',
      mem_per_node: 16,
      cores_per_node: 4,
      scheduler_options: '#SBATCH --time=5\n#SBATCH -p x',
      worker_init: 'module load x',
    });
    assert.equal(
      script.text,
      PREAMBLE +
        '#SBATCH --nodes=1\n#SBATCH --time=10\n#SBATCH --ntasks-per-node=1\n#SBATCH --time=5\n#SBATCH -p x\n' +
        '#SBATCH --exclusive\n#SBATCH --partition=debug\n#SBATCH --account=acc\n#SBATCH --qos=q\n#SBATCH --constraint=c\n' +
        '#SBATCH --clusters=cl\n#SBATCH --gpus-per-node=2\n#SBATCH --gres=gpu:1\n#SBATCH --mem=16g\n#SBATCH --cpus-per-task=4\n' +
        '\nmodule load x\nexport PARSL_MEMORY_GB=16\nexport PARSL_CORES=4\n\n\n' +
        EXPORT,
    );
    assert.deepEqual(
      script.lines.map((line) => [line.source, line.field ?? null]),
      [
        ['template', null],
        ['template', null],
        ['template', null],
        ['template', null],
        ['template', null],
        ['template', 'nodes_per_block'],
        ['template', 'walltime'],
        ['template', null],
        ['scheduler_options', 'scheduler_options'],
        ['scheduler_options', 'scheduler_options'],
        ['appended', 'exclusive'],
        ['appended', 'partition'],
        ['appended', 'account'],
        ['appended', 'qos'],
        ['appended', 'constraint'],
        ['appended', 'clusters'],
        ['appended', 'gpus_per_node'],
        ['appended', 'gres'],
        ['appended', 'mem_per_node'],
        ['appended', 'cores_per_node'],
        ['template', null],
        ['worker_init', 'worker_init'],
        ['appended', 'mem_per_node'],
        ['appended', 'cores_per_node'],
        ['template', null],
        ['template', null],
        ['template', null],
      ],
    );
  });

  test('falsy fields: None, "" and 0 add nothing, except mem_per_node and cores_per_node', () => {
    const script = render({
      exclusive: false,
      partition: '',
      gpus_per_node: 0,
      mem_per_node: 0,
      cores_per_node: 0,
      scheduler_options: 'a\n\nb\n',
      worker_init: 'w\n',
    });
    assert.equal(
      script.text,
      PREAMBLE +
        '#SBATCH --nodes=1\n#SBATCH --time=10\n#SBATCH --ntasks-per-node=1\na\n\nb\n\n#SBATCH --mem=0g\n#SBATCH --cpus-per-task=0\n' +
        '\nw\n\nexport PARSL_MEMORY_GB=0\nexport PARSL_CORES=0\n\n\n' +
        EXPORT,
    );
  });

  test('a value with a newline spills onto its own line', () => {
    const script = render({ walltime: '00:00:30', nodes_per_block: 3, partition: 'deb\nug' });
    assert.equal(
      script.text,
      PREAMBLE +
        '#SBATCH --nodes=3\n#SBATCH --time=0\n#SBATCH --ntasks-per-node=1\n\n#SBATCH --exclusive\n#SBATCH --partition=deb\nug\n\n\n\n\n\n' +
        EXPORT,
    );
    assert.equal(script.walltime.ok && script.walltime.warning, "Time string '00:00:30' parsed to 0 minutes, less than 1");
    const spill = script.lines.find((line) => line.text === 'ug')!;
    assert.equal(spill.field, 'partition');
    assert.deepEqual(spill.fieldText, { column: 0, offset: 4, length: 2 });
  });

  test('a walltime parsl cannot read: no script, and no --time line in the preview', () => {
    const script = render({ walltime: '1-00:00:00' });
    assert.equal(script.submitError, "ValueError: invalid literal for int() with base 10: '1-00'");
    assert.ok(!script.text.includes('--time'));
  });

  test('the job name carries the executor label', () => {
    const script = render({}, { executorLabel: 'my htex' });
    assert.ok(script.text.includes('#SBATCH --job-name=parsl.my htex.block-0.1700000000.0\n'));
  });
});

describe('mapping back into the fields', () => {
  test('scheduler_options lines know their offset in the user’s string', () => {
    const options = '#SBATCH --time=5\n#SBATCH --partiton=x';
    const script = render({ scheduler_options: options });
    const second = script.lines.find((line) => line.text === '#SBATCH --partiton=x')!;
    assert.deepEqual(second.fieldText, { column: 0, offset: 17, length: 20 });
    const problem = scanBatchHeader(script.text).problems.find((entry) => entry.kind === 'unknown-option')!;
    const located = locateInField(script, problem.span)!;
    assert.equal(located.field, 'scheduler_options');
    assert.equal(options.slice(located.start, located.end), '--partiton');
  });

  test('a field value inside a parsl line maps to its own string', () => {
    const analysis = analyze({ partition: 'deb ug' }, { scriptDir: SCRIPT_DIR });
    const stray = analysis.scan.problems.find((problem) => problem.kind === 'stray-argument')!;
    assert.deepEqual(locateInField(analysis.script, stray.span), { field: 'partition', start: 4, end: 6 });
    // A span in a template line has no field string.
    const nodes = analysis.effective.get('nodes')!;
    assert.equal(locateInField(analysis.script, nodes.span), undefined);
  });
});

/** Each scenario's rendered script was also run through `sbatch --test-only` on the oracle. */
describe('what sbatch makes of it', () => {
  test('--time in scheduler_options overrides walltime; parsl’s --partition overrides the user’s', () => {
    // Oracle: partition short (MaxTime 1 h) with scheduler_options --time=120 is refused for its
    // time limit; scheduler_options --partition=nosuch with partition debug is accepted.
    const analysis = analyze({ partition: 'short', scheduler_options: '#SBATCH --time=120\n#SBATCH --partition=nosuch' });
    assert.equal(analysis.effective.get('time')!.value!.text, '120');
    assert.equal(analysis.effective.get('partition')!.value!.text, 'short');
    assert.deepEqual(
      analysis.overrides.map((override) => [override.setting, analysis.script.lines[override.overridden.line]!.source, analysis.script.lines[override.by.line]!.source]),
      [
        ['time', 'template', 'scheduler_options'],
        ['partition', 'scheduler_options', 'appended'],
      ],
    );
  });

  test('#SBATCH in worker_init counts when no command comes before it', () => {
    // Oracle: worker_init '#SBATCH --partition=nosuch' is refused (invalid partition);
    // 'module load x' before it makes it ignored and the job is accepted.
    const live = analyze({ partition: 'debug', worker_init: '#SBATCH --partition=nosuch' });
    assert.equal(live.effective.get('partition')!.value!.text, 'nosuch');
    assert.equal(live.scan.problems.length, 0);
    const dead = analyze({ partition: 'debug', worker_init: 'module load x\n#SBATCH --partition=nosuch' });
    assert.equal(dead.effective.get('partition')!.value!.text, 'debug');
    assert.deepEqual(
      dead.scan.problems.map((problem) => [problem.kind, dead.script.lines[problem.line]!.source]),
      [['after-header-end', 'worker_init']],
    );
  });

  test('a command in scheduler_options ends the header before parsl’s own lines', () => {
    // Oracle: mem_per_node=400 alone is refused (no node has 400 GB); with scheduler_options
    // 'module load x' it is accepted, on 1 processor: parsl's --exclusive and --mem are never read.
    const analysis = analyze({ exclusive: true, mem_per_node: 400, scheduler_options: 'module load x' });
    assert.equal(analysis.script.lines[analysis.scan.headerEnd!]!.source, 'scheduler_options');
    assert.equal(analysis.effective.get('exclusive'), undefined);
    assert.equal(analysis.effective.get('mem'), undefined);
  });

  test('an option left without its value at the end of scheduler_options eats parsl’s next line', () => {
    // Oracle: scheduler_options '#SBATCH --job-name' with exclusive=True runs on 1 processor, not
    // the node's 2: `--exclusive` became the job name.
    const analysis = analyze({ scheduler_options: '#SBATCH --job-name' });
    assert.equal(analysis.effective.get('job-name')!.value!.text, '--exclusive');
    assert.equal(analysis.effective.get('exclusive'), undefined);
    assert.ok(analysis.scan.problems.some((problem) => problem.kind === 'value-on-next-line'));
  });

  test('--oversubscribe and --exclusive write one setting', () => {
    // Oracle: scheduler_options --oversubscribe, then parsl's --exclusive: 2 processors.
    const analysis = analyze({ scheduler_options: '#SBATCH --oversubscribe' });
    const [override] = analysis.overrides;
    assert.equal(override!.setting, 'exclusive');
    assert.equal(override!.overridden.option.name, 'oversubscribe');
    assert.equal(override!.by.option.name, 'exclusive');
  });

  test('an executor label with a blank breaks --job-name', () => {
    // Oracle: `Invalid directive found in batch script: htex.block-0.1700000000.0`.
    const analysis = analyze({}, { executorLabel: 'my htex' });
    assert.equal(analysis.scan.problems[0]!.sbatchSays, 'sbatch: error: Invalid directive found in batch script: htex.block-0.1700000000.0');
  });
});

test('effective settings skip command-line-only options and other components', () => {
  const scan = scanBatchHeader('#SBATCH --wrap=a -t 5 --tasks-per-node=2 --ntasks-per-node=3\n#SBATCH hetjob\n#SBATCH -t 7');
  const { effective, overrides } = effectiveSbatchSettings(scan.directives);
  assert.equal(effective.get('wrap'), undefined);
  assert.equal(effective.get('time')!.value!.text, '5');
  assert.equal(effective.get('ntasks-per-node')!.value!.text, '3');
  assert.deepEqual(
    overrides.map((override) => override.setting),
    ['ntasks-per-node'],
  );
  assert.equal(effectiveSbatchSettings(scan.directives, 1).effective.get('time')!.value!.text, '7');
});
