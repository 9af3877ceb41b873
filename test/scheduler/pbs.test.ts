import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { scanPbsScript } from '../../src/scheduler/pbs/directives.js';
import { pbs } from '../../src/scheduler/pbs/adapter.js';
import { renderPbsHeader, type PbsProProviderFields, type PbsProviderClass, type PbsProviderFields } from '../../src/scheduler/pbs/header.js';
import { withDefaults } from '../support/provider-defaults.js';
import { locateInField } from '../../src/scheduler/rendered-script.js';

const SCRIPT_DIR = '/runs/000/submit_scripts';

function render(provider: PbsProviderClass, fields: Partial<PbsProProviderFields>) {
  return renderPbsHeader(provider, withDefaults<PbsProviderFields>(provider, fields), { scriptDir: SCRIPT_DIR });
}

/**
 * Expected texts are what parsl itself wrote: `<Provider>(**fields).submit('CMD', 1,
 * 'parsl.HighThroughputExecutor.block-0')` with time.time() fixed at 1700000000.0 and the qsub
 * call replaced, run from the source of parsl b8b474c7 and 2024.04.15 (the same text), cut after
 * `export JOBNAME=...`. 300 random field combinations across PBSProProvider, TorqueProvider,
 * LSFProvider and GridEngineProvider gave the same text (or the same exception) from parsl as
 * from the renderers here, in both releases.
 */
describe('the script parsl writes', () => {
  test('PBSProProvider: its directives, then scheduler_options; queue and account on the command line', () => {
    const job = 'parsl.HighThroughputExecutor.block-0.1700000000.0';
    const script = render('PBSProProvider', {
      walltime: '48:00:00',
      nodes_per_block: 2,
      cpus_per_node: 8,
      select_options: 'mem=32gb',
      queue: 'long',
      account: 'lab',
      scheduler_options: '#PBS -l place=scatter',
      worker_init: 'module load x',
    });
    assert.equal(
      script.text,
      `#!/bin/bash\n\n#PBS -S /bin/bash\n#PBS -N ${job}\n#PBS -m n\n#PBS -l walltime=48:00:00\n#PBS -l select=2:ncpus=8:mem=32gb\n` +
        `#PBS -o ${SCRIPT_DIR}/${job}.stdout\n#PBS -e ${SCRIPT_DIR}/${job}.stderr\n#PBS -l place=scatter\n\nmodule load x\n\n` +
        `export JOBNAME="${job}"\n`,
    );
    assert.deepEqual(
      script.commandLine.map((option) => [option.text, option.field]),
      [
        ['-q long', 'queue'],
        ['-A lab', 'account'],
      ],
    );
    assert.deepEqual(
      script.lines.slice(5, 12).map((line) => [line.source, line.field ?? null]),
      [
        ['template', 'walltime'],
        ['template', 'nodes_per_block'],
        ['template', null],
        ['template', null],
        ['scheduler_options', 'scheduler_options'],
        ['template', null],
        ['worker_init', 'worker_init'],
      ],
    );
  });

  test('PBSProProvider: defaults, and a ":" is put before select_options', () => {
    const script = render('PBSProProvider', { select_options: 'ngpus=1' });
    assert.match(script.text, /\n#PBS -l walltime=00:20:00\n#PBS -l select=1:ncpus=1:ngpus=1\n/);
    assert.deepEqual(script.commandLine, []);
  });

  test('TorqueProvider: scheduler_options first, and ppn=1', () => {
    const job = 'parsl.parsl.HighThroughputExecutor.block-0.1700000000.0';
    const script = render('TorqueProvider', {
      walltime: '48:00:00',
      nodes_per_block: 2,
      queue: 'long',
      scheduler_options: '#PBS -l mem=4gb',
      worker_init: 'module load x',
    });
    assert.equal(
      script.text,
      `#!/bin/bash\n\n#PBS -l mem=4gb\n#PBS -S /bin/bash\n#PBS -N ${job}\n#PBS -m n\n#PBS -l walltime=48:00:00\n#PBS -l nodes=2:ppn=1\n` +
        `#PBS -o ${SCRIPT_DIR}/${job}.submit.stdout\n#PBS -e ${SCRIPT_DIR}/${job}.submit.stderr\n\nmodule load x\n\n` +
        `export JOBNAME="${job}"\n`,
    );
    assert.deepEqual(
      script.commandLine.map((option) => option.text),
      ['-q long'],
    );
  });

  test('a span of a scheduler_options line maps back into the field', () => {
    const script = render('PBSProProvider', { scheduler_options: '#PBS -l mem=4gb\n#PBS -j oe' });
    const start = script.text.indexOf('-j oe');
    assert.deepEqual(locateInField(script, { start, end: start + 5 }), { field: 'scheduler_options', start: 21, end: 26 });
    assert.equal(locateInField(script, { start: 0, end: 4 }), undefined);
  });
});

describe('which lines qsub reads (slurm.md A11; OpenPBS get_script(), Torque get_script())', () => {
  test('the header ends at the first executable line; ":" and "#!" lines do not end it', () => {
    const scan = scanPbsScript('#!/bin/bash\n: x\n  #PBS -N a\n\n# note\nmodule load x\n#PBS -N b\n', 'pbspro');
    assert.equal(scan.headerEnd, 5);
    assert.deepEqual(
      scan.lines.map((line) => line.kind),
      ['comment', 'command', 'directive', 'blank', 'comment', 'command', 'ignored-directive', 'blank'],
    );
    assert.deepEqual(
      scan.settings.map((setting) => setting.text),
      ['-N a'],
    );
    assert.deepEqual(
      scan.issues.map((issue) => [issue.kind, issue.line]),
      [['after-header-end', 6]],
    );
  });

  test('a trailing "\\" continues a directive; PBS Pro allows blanks after it, Torque does not', () => {
    const text = '#PBS -l walltime=1:00:00 \\ \n  -N job\nmodule load x\n';
    assert.deepEqual(
      scanPbsScript(text, 'pbspro').settings.map((setting) => setting.text),
      ['-l walltime=1:00:00', '-N job'],
    );
    const torque = scanPbsScript(text, 'torque');
    assert.equal(torque.headerEnd, 1);
    assert.deepEqual(
      scanPbsScript('#PBS -l select=1:\\\nncpus=8\n', 'torque').settings.map((setting) => setting.text),
      ['-l select=1:ncpus=8'],
    );
  });

  test('lookalikes are comments', () => {
    const scan = scanPbsScript('# PBS -l mem=4gb\n#pbs -q long\n# PBS settings\n##PBS -q x\n', 'pbspro');
    assert.deepEqual(
      scan.issues.map((issue) => [issue.kind, issue.line]),
      [
        ['lookalike-directive', 0],
        ['lookalike-directive', 1],
      ],
    );
    assert.deepEqual(scan.settings, []);
  });
});

describe('options and resources (getopt with qsub letters; set_resources())', () => {
  test('one setting per option and per -l resource, with its span', () => {
    const text = '#PBS -j oe -l walltime=1:00:00,mem=4gb -N "my job"\n';
    const settings = scanPbsScript(text, 'pbspro').settings;
    assert.deepEqual(
      settings.map((setting) => [setting.key, setting.text, text.slice(setting.span!.start, setting.span!.end)]),
      [
        ['-j', '-j oe', '-j oe'],
        ['-l walltime', '-l walltime=1:00:00', '-l walltime=1:00:00'],
        ['-l mem', '-l mem=4gb', 'mem=4gb'],
        ['-N', '-N my job', '-N "my job"'],
      ],
    );
  });

  test('attached values and flag clusters', () => {
    assert.deepEqual(
      scanPbsScript('#PBS -Vlwalltime=2:00:00 -qlong\n', 'pbspro').settings.map((setting) => setting.text),
      ['-V', '-l walltime=2:00:00', '-q long'],
    );
  });

  test('an option qsub does not know stops the directive', () => {
    assert.deepEqual(
      scanPbsScript('#PBS -N a -Y -q b\n', 'pbspro').settings.map((setting) => setting.text),
      ['-N a'],
    );
    // Torque has -t (job arrays), PBS Pro has not.
    assert.deepEqual(
      scanPbsScript('#PBS -t 1-4 -N a\n', 'torque').settings.map((setting) => setting.key),
      ['-t', '-N'],
    );
  });
});

describe('which value qsub keeps', () => {
  const overrides = (provider: PbsProviderClass, fields: Partial<PbsProProviderFields>) =>
    pbs.job!.read(provider, render(provider, fields)).overrides.map((override) => [override.lost.text, override.kept.text]);

  test('PBS Pro: the first -l resource, the last other option, the command line over both', () => {
    assert.deepEqual(
      overrides('PBSProProvider', { queue: 'short', scheduler_options: '#PBS -l walltime=48:00:00\n#PBS -N mine\n#PBS -q long\n#PBS -l mem=1gb,mem=2gb' }),
      [
        ['-q long', '-q short'],
        ['-l walltime=48:00:00', '-l walltime=00:20:00'],
        ['-l mem=2gb', '-l mem=1gb'],
        ['-N parsl.HighThroughputExecutor.block-0.1700000000.0', '-N mine'],
      ],
    );
  });

  test('Torque: the last value, so parsl\'s lines after scheduler_options win', () => {
    assert.deepEqual(
      overrides('TorqueProvider', { account: 'lab', scheduler_options: '#PBS -l nodes=1:ppn=16\n#PBS -A other\n#PBS -m abe' }),
      [
        ['-A other', '-A lab'],
        ['-l nodes=1:ppn=16', '-l nodes=1:ppn=1'],
        ['-m abe', '-m n'],
      ],
    );
  });

  test('options that set several attributes are not judged', () => {
    assert.deepEqual(overrides('PBSProProvider', { scheduler_options: '#PBS -W group_list=a\n#PBS -W umask=022\n#PBS -v A=1\n#PBS -v B=2' }), []);
  });

  test('directives after the header ended do not count', () => {
    assert.deepEqual(overrides('PBSProProvider', { scheduler_options: 'module load x\n#PBS -l walltime=48:00:00' }), []);
  });
});
