/** The checks the property tests rely on do catch bad fixes. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveTarget } from '../../src/catalog/index.js';
import type { TextEdit } from '../../src/document/edits.js';
import { defineRule } from '../../src/engine/rule.js';
import { checkFixes } from './fix-checks.js';

const TEXT = '[parsl]\nstrategy = "simple"  # why\nmax_idletime = 1\n';

/** A rule with one fix on `strategy = "simple"`, whose edits are computed from the current text. */
function check(safety: 'safe' | 'unsafe', edits: (text: string) => TextEdit[]) {
  const rule = defineRule({
    meta: { id: 'fixer', severity: 'warning', description: 'fixer', fix: safety },
    create: (context) => ({
      config(config) {
        const entry = config.configParams.get('strategy');
        if (entry && entry.value.kind === 'scalar' && entry.value.value === 'simple') {
          context.report({ at: entry.value, message: 'fix me', fix: { safety, description: 'fix', edits: edits(context.source.text) } });
        }
      },
    }),
  });
  return () => checkFixes(TEXT, { rules: [rule], target: resolveTarget({}) }, 'test', { safe: 0, unsafe: 0 });
}

const at = (text: string, part: string, replacement: string): TextEdit => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length, text: replacement });

test('a fix that only changes its target passes', () => {
  assert.doesNotThrow(check('safe', (text) => [at(text, '"simple"', '"htex_auto_scale"')]));
  assert.doesNotThrow(check('safe', (text) => [at(text, 'strategy', 'strategy_renamed')]));
});

test('a safe fix that also changes another value fails', () => {
  assert.throws(check('safe', (text) => [at(text, '"simple"', '"none"'), at(text, '= 1', '= 2')]), /changes no other value/);
});

test('a safe fix that drops a comment fails', () => {
  assert.throws(check('safe', (text) => [at(text, '"simple"  # why', '"none"')]), /survives/);
});

test('a fix that swallows a comment into a string fails, safe or not', () => {
  const swallow = (text: string) => [at(text, '"simple"', "'''simple"), at(text, '\nmax_idletime', "'''\nmax_idletime")];
  assert.throws(check('unsafe', swallow), /survives/);
});

test('a fix that breaks the file fails', () => {
  assert.throws(check('unsafe', (text) => [at(text, '"simple"', '"none')]), /parses/);
});

test('a fix that keeps finding something to fix fails', () => {
  assert.throws(check('unsafe', (text) => [at(text, '= 1', '= 11')]), /removes the problem it was made for|settles/);
});
