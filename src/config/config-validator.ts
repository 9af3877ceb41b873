/**
 * The config file's validator, when it was generated at build time: the bundle (`npm run bundle`)
 * replaces this module with ajv's standalone code for the schema with every rule name
 * (scripts/config-validator.mjs), so that the command neither loads ajv nor compiles the schema.
 * In tsc's output, which the tests run, there is none and src/config/load.ts compiles one.
 */
import type { ValidateFunction } from 'ajv';

export const generated: { readonly ruleIds: readonly string[]; readonly validate: ValidateFunction } | undefined = undefined;
