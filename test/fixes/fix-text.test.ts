/** The --fix loop: passes until nothing changes, undoing a pass that breaks the file. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveTarget } from '../../src/catalog/index.js';
import type { FixSafety } from '../../src/engine/diagnostic.js';
import type { LintOptions } from '../../src/engine/lint.js';
import { defineRule, type Rule } from '../../src/engine/rule.js';
import { fixBytes } from '../../src/fixes/fix-bytes.js';
import { fixText, MAX_PASSES } from '../../src/fixes/fix-text.js';
import { RULES } from '../../rules/index.js';

const target = resolveTarget({});

/** A rule that, for each `[parsl]` key whose value is a string, offers a fix computed from that value. */
function stringRule(id: string, safety: FixSafety, repair: (value: string) => string | undefined): Rule {
  return defineRule({
    meta: { id, severity: 'warning', description: id, fix: safety },
    create: (context) => ({
      config(config) {
        for (const entry of config.configParams.values()) {
          const node = entry.value;
          if (node.kind !== 'scalar' || typeof node.value !== 'string') continue;
          const text = repair(node.value);
          if (text !== undefined) context.report({ at: node, message: id, fix: { safety, description: id, edits: [{ start: node.span.start, end: node.span.end, text }] } });
        }
      },
    }),
  });
}

const options = (...rules: Rule[]): LintOptions => ({ rules, target });
const shorten = stringRule('shorten', 'safe', (value) => (value.length > 1 ? JSON.stringify(value.slice(1)) : undefined));

test('passes repeat until nothing is left to fix', () => {
  const outcome = fixText('[parsl]\nstrategy = "abcd"\n', options(shorten), 'safe');
  assert.equal(outcome.text, '[parsl]\nstrategy = "d"\n');
  assert.equal(outcome.applied, 3);
  assert.ok(outcome.converged);
  assert.deepEqual(outcome.result.diagnostics, []);
});

test('unsafe fixes wait for --unsafe-fixes', () => {
  const risky = stringRule('risky', 'unsafe', (value) => (value === 'x' ? '"y"' : undefined));
  assert.equal(fixText('[parsl]\nstrategy = "x"\n', options(risky), 'safe').text, '[parsl]\nstrategy = "x"\n');
  assert.equal(fixText('[parsl]\nstrategy = "x"\n', options(risky), 'unsafe').text, '[parsl]\nstrategy = "y"\n');
});

test('a pass that breaks the file is undone and its rule named; the other rules still fix', () => {
  const breaking = stringRule('breaking', 'safe', (value) => (value === 'bad' ? '"unterminated' : undefined));
  const outcome = fixText('[parsl]\nstrategy = "abc"\nother = "bad"\n', options(shorten, breaking), 'safe');
  assert.deepEqual(outcome.broken, ['breaking']);
  assert.equal(outcome.text, '[parsl]\nstrategy = "c"\nother = "d"\n');
  assert.equal(outcome.result.syntaxError, false);
});

test('the fix to blame is found in the target\'s TOML dialect: nesting tomlkit 0.15.1 refuses, older tomlkit reads', () => {
  // QIIME 2 2026.7 (the default target) pins tomlkit 0.15.1, which refuses values nested more than
  // 100 levels; tomlkit before 0.15.1 reads 101 levels, so judged as TOML 1.0 no fix would be to blame.
  const nest = stringRule('nest', 'safe', (value) => (value === 'deep' ? `${'['.repeat(101)}1${']'.repeat(101)}` : undefined));
  assert.equal(resolveTarget({}).qiime2?.tomlkit, '0.15.1');
  const outcome = fixText('[parsl]\nstrategy = "abc"\nother = "deep"\n', options(shorten, nest), 'safe');
  assert.deepEqual(outcome.broken, ['nest']);
  assert.equal(outcome.text, '[parsl]\nstrategy = "c"\nother = "p"\n');
  assert.equal(outcome.result.syntaxError, false);
});

test('fixes that undo each other stop after the last pass', () => {
  const flip = stringRule('flip', 'safe', (value) => (value === 'a' ? '"b"' : '"a"'));
  const outcome = fixText('[parsl]\nstrategy = "a"\n', options(flip), 'safe');
  assert.equal(outcome.converged, false);
  assert.equal(outcome.applied, MAX_PASSES);
});

test('a file that is not valid TOML is not fixed', () => {
  const outcome = fixText('[parsl]\nstrategy = "abc"\n[parsl]\n', options(shorten), 'safe');
  assert.equal(outcome.text, '[parsl]\nstrategy = "abc"\n[parsl]\n');
  assert.equal(outcome.applied, 0);
  assert.ok(outcome.result.syntaxError);
  assert.equal(fixBytes(new Uint8Array([0x5b, 0xff, 0x5d]), options(shorten), 'safe').output, undefined);
});

test('a byte order mark is text like any other: kept unless a fix removes it', () => {
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('[parsl]\nstrategy = "ab"\n')]);
  const fixed = fixBytes(bytes, options(shorten), 'safe');
  assert.deepEqual([...fixed.output!.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  assert.equal(new TextDecoder().decode(fixed.output!.subarray(3)), '[parsl]\nstrategy = "b"\n');
  const withRule = fixBytes(bytes, { rules: RULES, target }, 'safe');
  assert.equal(new TextDecoder('utf-8', { ignoreBOM: true }).decode(withRule.output!), '[parsl]\nstrategy = "ab"\n');
});

test('the real rules: a misspelt executor label is fixed with --unsafe-fixes only', () => {
  const text = '[parsl]\n\n[[parsl.executors]]\nclass = "ThreadPoolExecutor"\nlabel = "default"\n\n[parsl.executor_mapping]\nimport = "defualt"\n';
  assert.equal(fixText(text, { rules: RULES, target }, 'safe').text, text);
  assert.equal(fixText(text, { rules: RULES, target }, 'unsafe').text, text.replace('"defualt"', '"default"'));
});

test('a pass broken by two fixes together blames only the rule of the one that completed it; the others are kept', () => {
  // Each fix alone is valid; together they write `extra` twice. `shorten` is innocent.
  const duplicate = stringRule('duplicate', 'safe', (value) => (value.startsWith('dup') ? `${JSON.stringify(value)}\nextra = "x"` : undefined));
  const text = '[parsl]\nstrategy = "abc"\na = "dup1"\nb = "dup2"\n';
  const outcome = fixText(text, options(shorten, duplicate), 'safe');
  assert.deepEqual(outcome.broken, ['duplicate']);
  assert.equal(outcome.text, '[parsl]\nstrategy = "c"\na = "1"\nb = "2"\n');
  assert.equal(outcome.result.syntaxError, false);
});

test('unknown-parameter renames neither memory to CPUs nor two keys to one (PBS Pro, issue 13)', () => {
  const provider = '[parsl]\n\n[[parsl.executors]]\nclass = "HighThroughputExecutor"\nlabel = "default"\n\n[parsl.executors.provider]\nclass = "PBSProProvider"\nwalltime = "24h"\n';
  const outcome = fixText(`${provider}mem_per_node = 96\ncores_per_node = 12\n`, { rules: RULES, target }, 'unsafe');
  assert.deepEqual(outcome.broken, []);
  assert.equal(outcome.text, `${provider.replace('"24h"', '"24:00:00"')}mem_per_node = 96\ncpus_per_node = 12\n`);
});
