/**
 * Reading one config file: TOML (smol-toml), checked against the config's JSON Schema (with the
 * validator generated at build time, or ajv), turned into settings. Both are loaded only when
 * there is a file to read.
 */
import path from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { PARSL_RELEASES, parslCatalog, resolveTarget } from '../catalog/index.js';
import type { RuleSetting } from '../engine/lint.js';
import { NotAFileError, readProblem, readRegularFile } from '../read-file.js';
import { resolveSlurmRelease } from '../scheduler/slurm/releases.js';
import { closestMatch } from '../suggest.js';
import { ConfigError, type LinterConfig } from './config.js';
import { loadProfile } from './profile.js';
import { configSchema } from './schema.js';

/** In the order they are looked for in each folder: the first one found there wins. */
export const CONFIG_FILE_NAMES = ['.parsl-lint.toml', 'parsl-lint.toml', 'pyproject.toml'];

interface RawConfig {
  qiime2?: string;
  parsl?: string;
  include?: string[];
  exclude?: string[];
  rules?: Record<string, RuleSetting>;
  required?: Record<string, string[]>;
  profile?: string | Record<string, unknown>;
  slurm?: { 'plugin-options'?: string[]; release?: string };
}

/**
 * The settings in `file`; undefined when there is no such file, or when it is a pyproject.toml
 * without a [tool.parsl-lint] table. `shown` is how messages name the file.
 */
export async function loadConfig(file: string, ruleIds: readonly string[], shown: string): Promise<LinterConfig | undefined> {
  const text = await readText(file, shown);
  const inPyproject = path.basename(file) === 'pyproject.toml';
  if (text === undefined || (inPyproject && !text.includes('parsl-lint'))) return undefined;

  const { parse } = await import('smol-toml');
  let document: Record<string, unknown>;
  try {
    document = parse(text);
  } catch (error) {
    throw new ConfigError(`${shown}: ${(error as Error).message.split('\n')[0]} at line ${(error as { line?: number }).line ?? '?'}`);
  }
  const table = inPyproject ? (document['tool'] as Record<string, unknown> | undefined)?.['parsl-lint'] : document;
  if (table === undefined) return undefined;
  const tablePath = inPyproject ? 'tool.parsl-lint' : '';
  const raw = await validate(table, ruleIds, `${shown}: `, tablePath);
  checkRequiredFields(raw.required ?? {}, `${shown}: `, tablePath);
  try {
    if (raw.qiime2 !== undefined || raw.parsl !== undefined) resolveTarget({ qiime2: raw.qiime2, parsl: raw.parsl });
    if (raw.slurm?.release !== undefined) resolveSlurmRelease(raw.slurm.release);
  } catch (error) {
    throw new ConfigError(`${shown}: ${(error as Error).message}`);
  }
  const profile = await loadProfile(raw.profile, file, shown, text, inPyproject ? ['tool', 'parsl-lint'] : []);
  return {
    file,
    rules: new Map(Object.entries(raw.rules ?? {})),
    qiime2: raw.qiime2,
    parsl: raw.parsl,
    include: raw.include ?? [],
    exclude: raw.exclude ?? [],
    required: Object.fromEntries(Object.entries(raw.required ?? {})),
    ...(profile && { profile }),
    slurmPluginOptions: raw.slurm?.['plugin-options'] ?? [],
    slurmRelease: raw.slurm?.release,
  };
}

async function readText(file: string, shown: string): Promise<string | undefined> {
  try {
    return readRegularFile(file).toString('utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | NotAFileError).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return undefined;
    throw new ConfigError(`cannot read ${shown}: ${readProblem(error)}`);
  }
}

async function validate(table: unknown, ruleIds: readonly string[], prefix: string, tablePath: string): Promise<RawConfig> {
  const check = await validator(ruleIds);
  if (check(table)) return table as RawConfig;
  throw new ConfigError(prefix + describeError(check.errors![0]!, tablePath));
}

/**
 * The validator generated at build time when the rules are those it was generated for (always,
 * in the command); otherwise (tsc's output, tests with rules of their own) one compiled now.
 */
async function validator(ruleIds: readonly string[]): Promise<ValidateFunction> {
  const { generated } = await import('./config-validator.js');
  if (generated && generated.ruleIds.length === ruleIds.length && generated.ruleIds.every((id, index) => id === ruleIds[index])) return generated.validate;
  // ajv is CommonJS: its module.exports (the default import, in Node and in the bundle alike) carries Ajv.
  const { Ajv } = (await import('ajv')).default;
  // The schema is ours and checked against JSON Schema's meta-schema by the tests, so skip that
  // step here and generate plain code: it halves the compile time, paid on every run with a config.
  return new Ajv({ verbose: true, validateSchema: false, inlineRefs: false, code: { optimize: false } }).compile(configSchema(ruleIds));
}

/**
 * A `[required]` field must be a parameter of its provider in some catalogued parsl release: a
 * misspelt one would fail every file with an error no edit of the file can fix.
 */
function checkRequiredFields(required: Record<string, string[]>, prefix: string, tablePath: string): void {
  for (const [provider, fields] of Object.entries(required)) {
    const params = new Set(PARSL_RELEASES.flatMap((version) => [...(parslCatalog(version).lookup('providers', provider)?.params.keys() ?? [])]));
    const unknown = fields.find((field) => !params.has(field));
    if (unknown === undefined) continue;
    const guess = closestMatch(unknown, params);
    const hint = guess ? `; did you mean "${guess}"?` : `; its parameters are: ${[...params].sort().join(', ')}`;
    const table = [tablePath, 'required'].filter(Boolean).join('.');
    throw new ConfigError(`${prefix}unknown field "${unknown}" for ${provider} in [${table}]: no parsl release has that parameter${hint}`);
  }
}

const TYPE_NAMES: Readonly<Record<string, string>> = { string: 'a string', array: 'an array', object: 'a table' };

/** One ajv error as a sentence about the TOML the user wrote. */
function describeError(error: ErrorObject, tablePath: string): string {
  const keys = error.instancePath.split('/').slice(1).map((key) => key.replaceAll('~1', '/').replaceAll('~0', '~'));
  const table = [tablePath, ...keys].filter(Boolean).join('.');
  const key = table === '' ? 'the config' : table;
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = (error.params as { additionalProperty: string }).additionalProperty;
      const known = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
      const guess = closestMatch(name, known);
      const hint = guess ? `; did you mean "${guess}"?` : `; the keys are: ${known.join(', ')}`;
      return `unknown key "${name}"${table ? ` in [${table}]` : ''}${hint}`;
    }
    case 'enum':
      return `${key} must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((value) => JSON.stringify(value)).join(', ')}, not ${JSON.stringify(error.data)}`;
    case 'type': {
      const type = (error.params as { type: string }).type;
      const quote = type === 'string' && typeof error.data === 'number' ? '; write it in quotes' : '';
      return `${key} must be ${TYPE_NAMES[type] ?? type}, not ${JSON.stringify(error.data)}${quote}`;
    }
    default:
      return `${key} ${error.message ?? 'is invalid'}`;
  }
}
