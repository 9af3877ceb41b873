/**
 * The schema `parsl-lint schema` prints: ajv compiles it for every target, it accepts every real
 * config for each release SOURCES.md says it is valid for, and on every fixture ajv and the rules
 * agree: each ajv error lands on the key or value of a diagnostic, and each load-time error of the
 * rules the schema covers has an ajv error at the same place.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { Ajv, type ValidateFunction } from 'ajv';
import { PARSL_RELEASES, QIIME2_RELEASES, resolveTarget, type ResolvedTarget } from '../../src/catalog/index.js';
import { parseDocument } from '../../src/document/parse.js';
import { plainValue, type TomlNode, type TomlTable } from '../../src/document/tree.js';
import { lintText } from '../../src/engine/lint.js';
import { buildSchema, schemaText } from '../../src/schema/json-schema.js';
import { RULES } from '../../rules/index.js';
import { readCorpusSources, realDir } from '../support/corpus-sources.js';
import { readFixtureSpec } from '../support/expectations.js';
import { repoRoot, skipWithoutShared } from '../support/paths.js';
import { locateSchemaError } from './locate-error.js';

/** The rules whose errors are load-time failures the schema describes too. */
const SCHEMA_RULES = new Set([
  'missing-class',
  'unknown-class',
  'qualified-class-name',
  'unknown-parameter',
  'missing-parameter',
  'parameter-type',
  'parameter-version',
  'strategy-value',
  'executor-mapping-form',
]);

const validators = new Map<string, ValidateFunction>();

/** One compiled validator per target, as an editor would hold it. */
function validatorFor(target: ResolvedTarget): ValidateFunction {
  const key = `${target.qiime2?.version}/${target.parsl}`;
  if (!validators.has(key)) validators.set(key, new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, discriminator: true }).compile(buildSchema(target)));
  return validators.get(key)!;
}

function parse(text: string): TomlTable {
  const parsed = parseDocument(text);
  assert.ok(parsed.ok);
  return parsed.document.root;
}

interface SchemaErrors {
  /** Each error's place (its start offset, and that of the key of the value it is about) and message. */
  readonly errors: readonly { readonly starts: readonly number[]; readonly message: string }[];
  /** Offsets of every key and value below an unknown key, which the schema does not look into. */
  readonly unchecked: ReadonlySet<number>;
}

function schemaErrors(text: string, target: ResolvedTarget): SchemaErrors {
  const root = parse(text);
  const validate = validatorFor(target);
  validate(plainValue(root));
  const errors: { starts: number[]; message: string }[] = [];
  const unchecked = new Set<number>();
  for (const error of validate.errors ?? []) {
    const place = locateSchemaError(root, error);
    errors.push({ starts: [place.at.start, ...(place.key ? [place.key.start] : [])], message: `${error.instancePath} ${error.message} (${error.schemaPath})` });
    if (error.keyword === 'additionalProperties') addStarts(place.node, unchecked);
  }
  return { errors, unchecked };
}

function addStarts(node: TomlNode, starts: Set<number>): void {
  starts.add(node.span.start);
  if (node.kind === 'array') for (const item of node.items) addStarts(item, starts);
  if (node.kind === 'table') {
    for (const entry of node.entries.values()) {
      starts.add(entry.keySpan.start);
      addStarts(entry.value, starts);
    }
  }
}

describe('the schema of every target', () => {
  const targets = [...QIIME2_RELEASES.map((release) => resolveTarget({ qiime2: release.version })), ...PARSL_RELEASES.map((parsl) => resolveTarget({ parsl }))];
  for (const target of targets) {
    test(`compiles in ajv's strict mode: ${target.qiime2 ? `QIIME 2 ${target.qiime2.version}` : `parsl ${target.parsl}`}`, () => {
      assert.doesNotThrow(() => validatorFor(target));
    });
  }

  test('is printed as JSON with its draft', () => {
    const printed = JSON.parse(schemaText(resolveTarget({})));
    assert.equal(printed.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.match(printed.title, /QIIME 2 2026\.7 \(parsl 2026\.02\.23\)/);
  });
});

test('an error names the class whose parameters it checked', () => {
  const text = '[parsl]\n[[parsl.executors]]\nclass = "HighThroughputExecutor"\nlabel = "default"\n[parsl.executors.provider]\nclass = "SlurmProvider"\ncores_per_nodes = 2\n';
  const validate = new Ajv({ allErrors: true, verbose: true, allowUnionTypes: true, discriminator: true }).compile(buildSchema(resolveTarget({})));
  validate(plainValue(parse(text)));
  const unknownKey = validate.errors!.find((error) => error.keyword === 'additionalProperties')!;
  assert.deepEqual(unknownKey.params, { additionalProperty: 'cores_per_nodes' });
  assert.equal(unknownKey.parentSchema!['title'], 'SlurmProvider');
  assert.match(unknownKey.parentSchema!['description'], /^SlurmProvider\(.*\bcores_per_node\b.*\)$/);
});

describe('the real corpus', { skip: skipWithoutShared }, () => {
  for (const file of skipWithoutShared ? [] : readCorpusSources()) {
    test(`${file.name} is valid for ${file.validFor.split(' (')[0]}`, () => {
      const text = readFileSync(path.join(realDir, file.name), 'utf8');
      const failures = file.releases.flatMap((release) =>
        schemaErrors(text, resolveTarget({ qiime2: release.version })).errors.map((error) => `${release.version}: ${error.message}`),
      );
      assert.deepEqual(failures, []);
    });
  }
});

describe('ajv and the rules agree on every fixture', () => {
  const fixturesDir = path.join(repoRoot, 'fixtures');
  for (const dir of readdirSync(fixturesDir).sort()) {
    for (const name of readdirSync(path.join(fixturesDir, dir)).filter((file) => file.endsWith('.toml')).sort()) {
      const text = readFileSync(path.join(fixturesDir, dir, name), 'utf8');
      if (!parseDocument(text).ok) continue;
      test(`${dir}/${name}`, () => {
        const target = resolveTarget(readFixtureSpec(text).target);
        const diagnostics = lintText(text, { rules: RULES, target }).diagnostics;
        const reported = new Set(diagnostics.map((d) => d.span.start));
        const schema = schemaErrors(text, target);
        const unreported = schema.errors.filter((error) => !error.starts.some((start) => reported.has(start))).map((error) => error.message);
        const placed = new Set(schema.errors.map((error) => error.starts[0]));
        const missed = diagnostics
          .filter((d) => d.severity === 'error' && SCHEMA_RULES.has(d.rule) && !placed.has(d.span.start) && !schema.unchecked.has(d.span.start))
          .filter((d) => !isWholeFloat(text, d.span))
          .map((d) => `${d.rule} at ${d.start.line}:${d.start.column}`);
        assert.deepEqual({ unreported, missed }, { unreported: [], missed: [] });
      });
    }
  }
});

/** `12.0` where parsl wants an int: JSON cannot tell it from 12, so only the rule sees it. */
function isWholeFloat(text: string, span: { start: number; end: number }): boolean {
  return /^[+-]?\d+\.0+$/.test(text.slice(span.start, span.end));
}
