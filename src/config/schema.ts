/** The JSON Schema of the linter's config. Every table is closed: an unknown key is an error. */
import { BATCH_PROVIDERS } from '../scheduler/registry.js';
import { SEVERITIES } from '../engine/diagnostic.js';

export function configSchema(ruleIds: readonly string[]) {
  const globs = { type: 'array', items: { type: 'string', minLength: 1 } };
  const setting = { enum: ['off', ...SEVERITIES] };
  const fields = { type: 'array', items: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$' }, uniqueItems: true };
  return {
    type: 'object',
    additionalProperties: false,
    // One definition for every rule's setting: the validator checks them all with one function
    // (ajv's inlineRefs: false, src/config/load.ts), not with a copy of the check per rule.
    $defs: { setting },
    properties: {
      qiime2: { type: 'string' },
      parsl: { type: 'string' },
      include: globs,
      exclude: globs,
      rules: { type: 'object', additionalProperties: false, properties: Object.fromEntries(ruleIds.map((id) => [id, { $ref: '#/$defs/setting' }])) },
      // A file name, or the profile itself: src/site/profile-file.ts checks its contents.
      profile: { anyOf: [{ type: 'string' }, { type: 'object' }] },
      required: { type: 'object', additionalProperties: false, properties: Object.fromEntries(BATCH_PROVIDERS.map((name) => [name, fields])) },
      // Long options the site's SPANK plugins add to sbatch, without their dashes.
      slurm: {
        type: 'object',
        additionalProperties: false,
        properties: {
          'plugin-options': { type: 'array', items: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9_-]*$' }, uniqueItems: true },
          // The site's Slurm release, as `sbatch --version` prints it or as YY.MM.
          release: { type: 'string' },
        },
      },
    },
  };
}
