/**
 * The scheduler module against real sbatch 22.05.8 output (oracle-cases.ts): for every script
 * sbatch rejects while reading the header, the module predicts sbatch's first error line; for
 * every script whose header sbatch reads fine, the module reports nothing sbatch would reject.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanBatchHeader } from '../../src/scheduler/slurm/directives.js';
import { checkSbatchValue } from '../../src/scheduler/slurm/values.js';
import { ORACLE_CASES } from './oracle-cases.js';

/**
 * sbatch's order (slurm.md B2): script sanity checks; then, one heterogeneous-job component after
 * the other, tokenising that component's lines (errors are fatal at once), then getopt and each
 * option's value check, argument by argument.
 */
function predictedFirstError(script: string): string | undefined {
  const scan = scanBatchHeader(script);
  const rejected = scan.problems.filter((problem) => problem.consequence === 'rejected');
  const firstLine = (text: string | undefined) => text?.split('\n')[0];

  const sanity = rejected.find((problem) => problem.kind === 'dos-line-break' || problem.kind === 'nul-character');
  if (sanity) return firstLine(sanity.sbatchSays);
  const components = new Set(scan.lines.map((line) => line.component ?? 0));
  for (const component of [...components].sort((a, b) => a - b)) {
    const inComponent = rejected.filter((problem) => (scan.lines[problem.line]!.component ?? 0) === component);
    const fatal = inComponent.find((problem) => problem.kind === 'unmatched-quote' || problem.kind === 'unexpected-colon');
    if (fatal) return firstLine(fatal.sbatchSays)!.replace('sbatch: fatal: ', `sbatch: fatal: s.sh: line ${fatal.line + 1}: `);
    const errors = [
      ...inComponent.map((problem) => ({ at: problem.span.start, says: firstLine(problem.sbatchSays)! })),
      ...scan.directives
        .filter((directive) => directive.component === component)
        .flatMap((directive) => {
          const checked = checkSbatchValue(directive.option.name, directive.value?.text);
          return checked !== undefined && !checked.ok ? [{ at: directive.span.start, says: `sbatch: error: ${checked.reason}` }] : [];
        }),
    ].sort((a, b) => a.at - b.at);
    if (errors.length > 0) return errors[0]!.says;
  }
  return undefined;
}

for (const oracle of ORACLE_CASES) {
  test(`${oracle.section}: ${oracle.lines.join(' ⏎ ')}`, () => {
    const script = `#!/bin/bash\n${oracle.lines.join('\n')}\necho hi\n`;
    const predicted = predictedFirstError(script);
    if (oracle.scope === 'parse') assert.equal(predicted, oracle.stderr);
    else assert.equal(predicted, undefined, `sbatch read this header without error (${oracle.stderr})`);
  });
}

test('the #SLURM warning is the line sbatch prints', () => {
  const oracle = ORACLE_CASES.find((entry) => entry.lines[0] === '#SLURM -p debug')!;
  const scan = scanBatchHeader(`#!/bin/bash\n${oracle.lines.join('\n')}\necho hi\n`);
  const warning = scan.problems.find((problem) => problem.kind === 'slurm-marker');
  assert.equal(warning?.sbatchSays, oracle.stderr);
  assert.equal(warning?.consequence, 'warned');
});
