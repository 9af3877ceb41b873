/**
 * The config file's validator, generated at build time by scripts/build-config-validator.mjs
 * (ajv standalone code for `configSchema(ruleIds)`), so that a run does not compile it.
 */
import type { ValidateFunction } from 'ajv';

/** The rules the validator was generated for (a config's `[rules]` keys). */
export const ruleIds: readonly string[];
export const validate: ValidateFunction;
