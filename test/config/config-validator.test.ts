/**
 * The config validator generated at build time is the one the command uses: it was made for
 * exactly the rule names the command passes (ids and former ids), else every run with a config
 * file would compile the schema again, and it judges like the schema.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ruleIds, validate } from '../../src/config/config-validator.js';
import { ruleNames } from '../../src/engine/rule-names.js';
import { RULES } from '../../rules/index.js';

test('the generated validator knows every rule name the command passes, in the same order', () => {
  assert.deepEqual(ruleIds, [...ruleNames(RULES).keys()]);
});

test('the generated validator accepts a config and names what is wrong in one', () => {
  assert.equal(validate({ parsl: '2025.10.06', rules: { 'missing-walltime': 'off' } }), true);
  assert.equal(validate({ rules: { 'no-such-rule': 'off' } }), false);
  assert.equal(validate.errors?.[0]?.keyword, 'additionalProperties');
  assert.equal(validate({ include: [''] }), false);
  assert.equal(validate.errors?.[0]?.keyword, 'minLength');
});
