/**
 * The bundle carries the config validator generated at build time (scripts/config-validator.mjs).
 * The command uses it only when it was generated for exactly the rule names the command passes
 * (ids and former ids), else every run with a config file would compile the schema again; and it
 * must judge as the run-time compile does, whose errors the messages are written from.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { test } from 'node:test';
import type { ValidateFunction } from 'ajv';
import { configSchema } from '../../src/config/schema.js';
import { ruleNames } from '../../src/engine/rule-names.js';
import { RULES } from '../../rules/index.js';
import { repoRoot } from '../support/paths.js';

const { generated } = createRequire(import.meta.url)(path.join(repoRoot, 'bin', 'dist', 'vendor', 'config-validator.cjs')) as { generated: { ruleIds: string[]; validate: ValidateFunction } };
const ruleIds = [...ruleNames(RULES).keys()];

test('the bundle has a validator generated for every rule name the command passes, in order', () => {
  assert.deepEqual(generated.ruleIds, ruleIds);
});

test('the generated validator judges as the run-time compile does, first error included', async () => {
  const { Ajv } = (await import('ajv')).default;
  const compiled = new Ajv({ verbose: true, validateSchema: false, inlineRefs: false, code: { optimize: false } }).compile(configSchema(ruleIds));
  const configs: unknown[] = [
    { parsl: '2025.10.06', rules: { 'missing-walltime': 'off', 'sbatch-header-ended': 'warning' } },
    { rules: { 'no-such-rule': 'off' } },
    { rules: { 'missing-walltime': 'loud' } },
    { include: [''] },
    { include: 'configs/*.toml' },
    { required: { SlurmProvider: ['account', 'account'] } },
    { required: { SlurmProvider: ['bad name'] } },
    { slurm: { 'plugin-options': ['container-image'] } },
    { slurm: { 'plugin-options': ['-x'] } },
    { profile: 3 },
    { qiime2: 2025.4 },
    { unknown: true },
  ];
  for (const config of configs) {
    const expected = compiled(config);
    assert.equal(generated.validate(config), expected, JSON.stringify(config));
    const pick = (errors: ValidateFunction['errors']) => errors?.slice(0, 1).map(({ keyword, instancePath, params, message, data }) => ({ keyword, instancePath, params, message, data }));
    assert.deepEqual(pick(generated.validate.errors), pick(compiled.errors), JSON.stringify(config));
  }
});
