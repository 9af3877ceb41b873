import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { scanGridEngineScript } from '../../src/scheduler/grid-engine/directives.js';
import { gridEngine } from '../../src/scheduler/grid-engine/adapter.js';
import { renderGridEngineHeader } from '../../src/scheduler/grid-engine/header.js';

const SCRIPT_DIR = '/runs/000/submit_scripts';
const JOB = 'parsl.HighThroughputExecutor.block-0.1700000000.0';

/**
 * The expected text is what parsl itself wrote (GridEngineProvider(**fields).submit(), parsl
 * b8b474c7 and 2024.04.15, as in pbs.test.ts).
 */
test('the script parsl writes: h_rt as given, then scheduler_options', () => {
  const script = renderGridEngineHeader({ walltime: '48:00:00', scheduler_options: '#$ -pe smp 8', worker_init: 'module load x' }, { scriptDir: SCRIPT_DIR });
  assert.equal(
    script.text,
    `#!/bin/bash\n#$ -S /bin/bash\n#$ -o ${SCRIPT_DIR}/${JOB}.submit.stdout\n#$ -e ${SCRIPT_DIR}/${JOB}.submit.stderr\n#$ -cwd\n` +
      `#$ -l h_rt=48:00:00\n#$ -pe smp 8\n\nmodule load x\n\nexport JOBNAME="${JOB}"\n`,
  );
  assert.deepEqual(
    script.lines.slice(5, 9).map((line) => [line.source, line.field ?? null]),
    [
      ['template', 'walltime'],
      ['scheduler_options', 'scheduler_options'],
      ['template', null],
      ['worker_init', 'worker_init'],
    ],
  );
});

describe('which lines qsub reads (sge_submit(1); SoGE parse_script_file())', () => {
  test('"#$" in the first column only, on any line', () => {
    const scan = scanGridEngineScript('module load x\n#$ -l h_vmem=4G\n  #$ -pe smp 8\n-l h_rt=1:00:00\n');
    assert.deepEqual(
      scan.lines.map((line) => line.kind),
      ['command', 'directive', 'comment', 'command', 'blank'],
    );
    assert.deepEqual(
      scan.issues.map((issue) => [issue.kind, issue.line, issue.repair?.text]),
      [
        ['lookalike-directive', 2, ''],
        ['missing-prefix', 3, '#$ '],
      ],
    );
    assert.deepEqual(
      scan.settings.map((setting) => setting.text),
      ['-l h_vmem=4G'],
    );
  });

  test('hard -l resources, one per name; "#" starts a comment; -soft lasts to the end of its line', () => {
    const text = '#$ -pe smp 8 -l h_rt=1:00:00,h_vmem=4G # -l s_rt=1\n#$ -soft -l h_rt=2:00:00 -hard -l mem_free=1G\n#$ -l arch=x\n';
    const settings = scanGridEngineScript(text).settings;
    assert.deepEqual(
      settings.map((setting) => [setting.key, text.slice(setting.span!.start, setting.span!.end)]),
      [
        ['-l h_rt', '-l h_rt=1:00:00'],
        ['-l h_vmem', 'h_vmem=4G'],
        ['-l mem_free', '-l mem_free=1G'],
        ['-l arch', '-l arch=x'],
      ],
    );
  });
});

test('the later of two hard requests for a resource wins (cull_compress_definition_list)', () => {
  const script = gridEngine.job!.render('GridEngineProvider', { walltime: '24:00:00', scheduler_options: '#$ -l h_rt=48:00:00\n#$ -soft -l h_rt=72:00:00', worker_init: '' }, {});
  const { overrides } = gridEngine.job!.read('GridEngineProvider', script);
  assert.deepEqual(
    overrides.map((override) => [override.lost.text, override.kept.text]),
    [['-l h_rt=24:00:00', '-l h_rt=48:00:00']],
  );
});
