import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { scanLsfScript } from '../../src/scheduler/lsf/directives.js';
import { renderLsfHeader, type LsfProviderFields } from '../../src/scheduler/lsf/header.js';
import { withDefaults } from '../support/provider-defaults.js';

const SCRIPT_DIR = '/runs/000/submit_scripts';
const JOB = 'parsl.HighThroughputExecutor.block-0.1700000000.0';
const PREAMBLE = `#BSUB -J ${JOB}\n#BSUB -o ${SCRIPT_DIR}/${JOB}.submit.stdout\n#BSUB -e ${SCRIPT_DIR}/${JOB}.submit.stderr\n`;

function render(fields: Partial<LsfProviderFields>) {
  return renderLsfHeader(withDefaults('LSFProvider', fields), { scriptDir: SCRIPT_DIR });
}

/**
 * Expected texts are what parsl itself wrote (LSFProvider(**fields).submit(),
 * parsl b8b474c7 and 2024.04.15, as in pbs.test.ts).
 */
describe('the script parsl writes', () => {
  test('walltime in minutes; project, queue and the node request after scheduler_options', () => {
    const script = render({ walltime: '01:30:00', project: 'p', queue: 'q', scheduler_options: '#BSUB -M 4000', worker_init: 'module load x' });
    assert.equal(
      script.text,
      `#!/bin/bash\n\n#BSUB -W 90\n${PREAMBLE}#BSUB -M 4000\n#BSUB -P p\n#BSUB -q q\n#BSUB -nnodes 1\n\n\nmodule load x\n\nexport JOBNAME="${JOB}"\n`,
    );
    assert.deepEqual(
      script.lines.slice(6, 10).map((line) => [line.source, line.field]),
      [
        ['scheduler_options', 'scheduler_options'],
        ['appended', 'project'],
        ['appended', 'queue'],
        ['appended', 'nodes_per_block'],
      ],
    );
  });

  test('cores instead of nodes', () => {
    const script = render({ request_by_nodes: false, cores_per_block: 8, cores_per_node: 4 });
    assert.equal(script.text, `#!/bin/bash\n\n#BSUB -W 10\n${PREAMBLE}\n#BSUB -n 8\n#BSUB -R "span[ptile=4]"\n\n\n\n\nexport JOBNAME="${JOB}"\n`);
  });

  test('what makes parsl raise is left out', () => {
    assert.doesNotMatch(render({ walltime: '1-00:00' }).text, /-W/);
    assert.doesNotMatch(render({ request_by_nodes: false, cores_per_block: 8 }).text, /#BSUB -n/);
    assert.doesNotMatch(render({ request_by_nodes: false, cores_per_block: 8, cores_per_node: 0 }).text, /#BSUB -n/);
  });
});

describe('which lines bsub reads (slurm.md A11)', () => {
  test('#BSUB anywhere, lookalikes and bare options reported, an indented #BSUB not judged', () => {
    const text = '#BSUB -n 4\nmodule load x\n#BSUB -q long\n#bsub -M 4000\n# BSUB -W 10\n-M 4000\n--mem=4G\n  #BSUB -x\n';
    const scan = scanLsfScript(text);
    assert.equal(scan.headerEnd, undefined);
    assert.deepEqual(
      scan.lines.map((line) => line.kind),
      ['directive', 'command', 'directive', 'comment', 'comment', 'command', 'command', 'comment', 'blank'],
    );
    assert.deepEqual(
      scan.issues.map((issue) => [issue.kind, issue.line]),
      [
        ['lookalike-directive', 3],
        ['lookalike-directive', 4],
        ['missing-prefix', 5],
      ],
    );
    const bare = text.indexOf('-M 4000\n--');
    assert.deepEqual(scan.issues[2]!.repair, { span: { start: bare, end: bare }, text: '#BSUB ', description: 'start the line with "#BSUB "' });
  });
});
