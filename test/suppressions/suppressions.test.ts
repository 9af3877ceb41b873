/** `# parsl-lint-disable…` comments: the four scopes, reasons, and what is reported about them. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { resolveTarget } from '../../src/catalog/index.js';
import { lintText, type LintOptions } from '../../src/engine/lint.js';
import { applyFixes } from '../../src/fixes/apply.js';
import { RULES } from '../../rules/index.js';

const ALL = ['missing-default-executor', 'missing-walltime', 'missing-worker-init', 'unknown-executor-label'];
// A fixed set of rules, so that rules added later cannot change what these configs report.
const options: LintOptions = { rules: RULES.filter((rule) => [...ALL, 'missing-class', 'unused-disable-directive'].includes(rule.meta.id)), target: resolveTarget({}) };

/** An executor labelled "tpool" (missing-default-executor at its header) and a Slurm provider without walltime or worker_init. */
function config(directives: { top?: string; executor?: string; provider?: string; mapping?: string } = {}): string {
  return [
    ...(directives.top ? [directives.top, ''] : []),
    '[parsl]',
    '',
    ...(directives.executor ? [directives.executor] : []),
    '[[parsl.executors]]',
    'class = "HighThroughputExecutor"',
    'label = "tpool"',
    '',
    ...(directives.provider ? [directives.provider] : []),
    '[parsl.executors.provider]',
    'class = "SlurmProvider"',
    '',
    '[parsl.executor_mapping.moshpit]',
    `import = "tpol"${directives.mapping ? `  ${directives.mapping}` : ''}`,
    '',
  ].join('\n');
}

const rules = (text: string, lintOptions = options) => lintText(text, lintOptions).diagnostics.map((d) => `${d.rule}@${d.start.line}`);
test('the example config reports what the tests below silence', () => {
  assert.deepEqual(lintText(config(), options).diagnostics.map((d) => d.rule).sort(), ALL);
});

describe('scopes', () => {
  test('disable-next-line: the next line, with the reason kept', () => {
    const result = lintText(config({ executor: '# parsl-lint-disable-next-line missing-default-executor -- default comes from the site config' }), options);
    assert.ok(!result.diagnostics.some((d) => d.rule === 'missing-default-executor'));
    assert.deepEqual(
      result.suppressed.map((d) => [d.rule, d.suppressedBy]),
      [['missing-default-executor', { directive: 'disable-next-line', line: 3, reason: 'default comes from the site config' }]],
    );
  });

  test('disable-line: its own line', () => {
    const result = lintText(config({ mapping: '# parsl-lint-disable-line unknown-executor-label' }), options);
    assert.deepEqual(result.suppressed.map((d) => [d.rule, d.suppressedBy.reason]), [['unknown-executor-label', undefined]]);
    assert.equal(result.diagnostics.length, 3);
  });

  test('disable right above a header: that table, up to the next header', () => {
    const text = config({ provider: '# parsl-lint-disable missing-walltime, missing-worker-init -- site prolog' });
    assert.deepEqual(rules(text), ['missing-default-executor@3', 'unknown-executor-label@12']);
    // Above the executor's header it covers the executor table only, not the provider below it.
    const executorOnly = config({ executor: '# parsl-lint-disable missing-walltime, missing-default-executor' });
    assert.deepEqual(rules(executorOnly).sort(), ['missing-walltime@8', 'missing-worker-init@8', 'unknown-executor-label@12', 'unused-disable-directive@3']);
  });

  test('disable before the first key, apart from it: the whole file', () => {
    const text = config({ top: `# parsl-lint-disable ${ALL.join(', ')}` });
    assert.deepEqual(rules(text), []);
    assert.equal(lintText(text, options).suppressed.length, 4);
  });

  test('disable at the top of the file, right above the first header: the whole file, not just that table', () => {
    const text = `# parsl-lint-disable missing-walltime -- site prolog\n${config()}`;
    assert.deepEqual(rules(text), ['missing-default-executor@4', 'missing-worker-init@8', 'unknown-executor-label@12']);
    assert.deepEqual(lintText(text, options).suppressed.map((d) => [d.rule, d.suppressedBy.directive]), [['missing-walltime', 'disable']]);
  });

  test('a comment line between the directive and the header is fine; a blank line is not', () => {
    const withComment = config({ provider: '# parsl-lint-disable missing-walltime\n# the site sets the time' });
    assert.ok(!rules(withComment).some((rule) => rule.startsWith('missing-walltime')));
    const withBlank = config({ provider: '# parsl-lint-disable missing-walltime\n' });
    assert.ok(rules(withBlank).includes('unused-disable-directive@7'));
  });

  test('the narrowest directive is the one used; the broader one is reported', () => {
    const text = config({ top: '# parsl-lint-disable missing-default-executor', executor: '# parsl-lint-disable-next-line missing-default-executor' });
    const result = lintText(text, options);
    assert.equal(result.suppressed[0]!.suppressedBy.directive, 'disable-next-line');
    assert.deepEqual(result.diagnostics.filter((d) => d.rule === 'unused-disable-directive').map((d) => d.start.line), [1]);
  });

  test('text in a multi-line string is not a directive', () => {
    const text = config({ mapping: '' }).replace('class = "SlurmProvider"', 'class = "SlurmProvider"\nscheduler_options = """\n# parsl-lint-disable-next-line missing-walltime\n"""');
    assert.equal(lintText(text, options).suppressed.length, 0);
  });
});

describe('a key/value over several lines (a multi-line string)', () => {
  const withSbatch: LintOptions = { ...options, rules: RULES.filter((rule) => ['unknown-sbatch-option', 'unused-disable-directive'].includes(rule.meta.id)) };
  /** A site's SPANK option, which unknown-sbatch-option reports inside the string (line 11). */
  const sbatch = (before: string, after: string) =>
    config().replace('class = "SlurmProvider"\n', `class = "SlurmProvider"\n${before}scheduler_options = """\n#SBATCH --time=01:00:00\n#SBATCH --container-image=x\n"""${after}\ncores_per_node = 4\n`);
  const report = (text: string) => {
    const result = lintText(text, withSbatch);
    return { left: result.diagnostics.map((d) => `${d.rule}@${d.start.line}`), suppressed: result.suppressed.map((d) => `${d.rule}@${d.start.line}`) };
  };

  test('the example reports the option inside the string', () => {
    assert.deepEqual(report(sbatch('', '')), { left: ['unknown-sbatch-option@11'], suppressed: [] });
  });

  test('disable-next-line above the key covers every line of its value', () => {
    assert.deepEqual(report(sbatch('# parsl-lint-disable-next-line unknown-sbatch-option -- a SPANK option\n', '')), { left: [], suppressed: ['unknown-sbatch-option@12'] });
  });

  test('disable-line after the closing quotes covers the whole key/value', () => {
    assert.deepEqual(report(sbatch('', '  # parsl-lint-disable-line unknown-sbatch-option')), { left: [], suppressed: ['unknown-sbatch-option@11'] });
  });

  test('it reaches no further than the value', () => {
    const after = sbatch('', '').replace('cores_per_node = 4\n', 'cores_per_node = 4  # parsl-lint-disable-line unknown-sbatch-option\n');
    assert.deepEqual(report(after).left, ['unknown-sbatch-option@11', 'unused-disable-directive@13']);
    const stock = sbatch('# parsl-lint-disable-next-line unknown-sbatch-option\n', '').replace('--container-image=x', '--qos=x');
    const unused = lintText(stock, withSbatch).diagnostics.find((d) => d.rule === 'unused-disable-directive');
    assert.equal(unused?.message, 'no unknown-sbatch-option diagnostic in lines 10-13 to suppress');
  });
});

describe('reported directives (unused-disable-directive)', () => {
  const reported = (text: string) => lintText(text, options).diagnostics.filter((d) => d.rule === 'unused-disable-directive');

  test('a rule that reports nothing there, at its name', () => {
    const [diagnostic, ...rest] = reported(config({ executor: '# parsl-lint-disable-next-line missing-walltime' }));
    assert.deepEqual(rest, []);
    assert.equal(diagnostic!.message, 'no missing-walltime diagnostic on the next line to suppress');
    assert.deepEqual([diagnostic!.start.line, diagnostic!.start.column], [3, 32]);
    assert.equal(diagnostic!.fix?.safety, 'unsafe');
  });

  test('an unknown rule, with a did-you-mean suggestion', () => {
    const [diagnostic] = reported(config({ executor: '# parsl-lint-disable-next-line missing-default-executer' }));
    assert.equal(diagnostic!.message, 'no rule is named "missing-default-executer"; did you mean "missing-default-executor"?');
    assert.equal(diagnostic!.fix, undefined);
    assert.equal(diagnostic!.suggestions[0]!.edits[0]!.text, 'missing-default-executor');
  });

  test('no rule list, a misplaced disable and a misspelt directive', () => {
    const text = config({ executor: '# parsl-lint-disable-next-line -- all of them', mapping: '# parsl-lint-disable unknown-executor-label' }).replace('[parsl]\n', '[parsl]\n# parsl-lint-disable-nextline missing-class\n');
    const messages = reported(text).map((d) => d.message);
    assert.equal(messages.length, 3);
    assert.match(messages[0]!, /is not a parsl-lint directive; did you mean "parsl-lint-disable-next-line"\?/);
    assert.match(messages[1]!, /names no rule/);
    assert.match(messages[2]!, /applies nowhere/);
  });

  test('the fix removes an unused name, or the whole comment when none is used', () => {
    const partly = config({ executor: '# parsl-lint-disable-next-line missing-walltime, missing-default-executor -- why' });
    const [unused] = reported(partly);
    assert.match(applyFixes(partly, [unused!]).text, /^# parsl-lint-disable-next-line missing-default-executor -- why$/m);
    const wholly = config({ executor: '# parsl-lint-disable-next-line missing-walltime' });
    assert.equal(applyFixes(wholly, reported(wholly)).text, config());
    const trailing = config({ mapping: '# parsl-lint-disable-line missing-class' });
    assert.equal(applyFixes(trailing, reported(trailing)).text, config());
  });

  test('turned off, it reports nothing', () => {
    const text = config({ executor: '# parsl-lint-disable-next-line missing-walltime' });
    assert.deepEqual(reported(text).length, 1);
    const off = lintText(text, { ...options, settings: new Map([['unused-disable-directive', 'off']]) });
    assert.ok(!off.diagnostics.some((d) => d.rule === 'unused-disable-directive'));
  });
});

test('inlineConfig: false ignores every directive', () => {
  const text = config({ top: `# parsl-lint-disable ${ALL.join(', ')}`, executor: '# parsl-lint-disable-next-line no-such-rule' });
  const result = lintText(text, { ...options, inlineConfig: false });
  assert.deepEqual(result.diagnostics.map((d) => d.rule).sort(), ALL);
  assert.deepEqual(result.suppressed, []);
});
