/**
 * The official TOML test suite (../shared/corpus/toml-test), TOML 1.0 list, judged for a release
 * whose tomlkit reads TOML 1.0 (2026.4): every invalid document is a clean `toml-syntax` error
 * with a position, or, when it is valid TOML 1.1, a `toml-version` error on the TOML 1.1 form;
 * every valid one parses into exactly the tree the suite expects (which checks how headers, dotted
 * keys and arrays of tables merge). test/document/tomlkit-oracle.test.ts compares with tomlkit.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { parseDocument } from '../src/document/parse.js';
import type { TomlNode } from '../src/document/tree.js';
import { resolveTarget } from '../src/catalog/index.js';
import { lintBytes } from '../src/engine/lint.js';
import { RULES } from '../rules/index.js';
import { binPath, sharedDir, skipWithoutShared } from './support/paths.js';

const suiteDir = path.join(sharedDir, 'corpus', 'toml-test', 'tests');
const listed = skipWithoutShared ? [] : readFileSync(path.join(suiteDir, 'files-toml-1.0.0'), 'utf8').split('\n').filter(Boolean);
/**
 * Invalid only as bytes: QIIME 2 opens the file in text mode, whose universal newlines turn a lone
 * carriage return into a line feed before tomlkit reads it, so for QIIME 2 these read differently
 * (test/document/tomlkit-oracle.test.ts compares them with tomlkit fed the same way).
 */
const loneCarriageReturn = (file: string): boolean => /\r(?!\n)/.test(readFileSync(path.join(suiteDir, file), 'latin1'));
const invalid = listed.filter((file) => file.startsWith('invalid/') && file.endsWith('.toml') && !loneCarriageReturn(file));
const valid = listed.filter((file) => file.startsWith('valid/') && file.endsWith('.toml'));
const target = resolveTarget({ qiime2: '2026.4' });

describe('toml-test invalid documents', { skip: skipWithoutShared }, () => {
  test('the TOML 1.0 list is complete', () => assert.ok(invalid.length >= 480 && valid.length >= 200, `${invalid.length} invalid, ${valid.length} valid`));

  test('each gives a positioned toml-syntax error', () => {
    const failures: string[] = [];
    for (const file of invalid) {
      const result = lintBytes(readFileSync(path.join(suiteDir, file)), { rules: RULES, target });
      const syntax = result.diagnostics.filter((d) => d.rule === 'toml-syntax');
      const newer = result.diagnostics.filter((d) => d.rule === 'toml-version');
      const positioned = [...syntax, ...newer].every((d) => d.start.line >= 1 && d.start.column >= 1);
      const clean = syntax.length === 1 ? result.diagnostics.length === 1 : newer.length >= 1;
      if (!clean || !positioned) {
        failures.push(`${file}: ${JSON.stringify(result.diagnostics.map((d) => [d.rule, d.start]))}`);
      }
    }
    assert.deepEqual(failures, []);
  });

  test('the CLI exits 1 on all of them at once, with no stack trace', () => {
    const run = spawnSync(process.execPath, [binPath, '--qiime2', '2026.4', '--format', 'json', ...invalid], { cwd: suiteDir, encoding: 'utf8', maxBuffer: 64 << 20 });
    assert.equal(run.stderr, '');
    assert.equal(run.status, 1);
    const report = JSON.parse(run.stdout) as { files: { path: string; diagnostics: { rule: string }[] }[] };
    assert.equal(report.files.length, invalid.length);
    for (const file of report.files) {
      const rules = file.diagnostics.map((d) => d.rule);
      assert.ok(rules.includes('toml-version') || (rules.length === 1 && rules[0] === 'toml-syntax'), `${file.path}: ${rules.join(', ')}`);
    }
  });
});

describe('toml-test valid documents', { skip: skipWithoutShared }, () => {
  test('each parses into the expected tree', () => {
    const failures: string[] = [];
    for (const file of valid) {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path.join(suiteDir, file)));
      const parsed = parseDocument(text);
      if (!parsed.ok) {
        failures.push(`${file}: ${parsed.error.message}`);
        continue;
      }
      const expected = JSON.parse(readFileSync(path.join(suiteDir, file.replace(/\.toml$/, '.json')), 'utf8')) as unknown;
      const mismatch = compare(parsed.document.root, expected, '');
      if (mismatch) failures.push(`${file}: ${mismatch}`);
    }
    assert.deepEqual(failures, []);
  });

  test('linting them never crashes', () => {
    for (const file of valid) lintBytes(readFileSync(path.join(suiteDir, file)), { rules: RULES, target });
  });
});

/** toml-test's tagged JSON: scalars are {type, value} with the value as a string. */
function compare(node: TomlNode, expected: unknown, at: string): string | undefined {
  if (Array.isArray(expected)) {
    if (node.kind !== 'array' || node.items.length !== expected.length) return `${at}: expected an array of ${expected.length}`;
    for (let i = 0; i < expected.length; i++) {
      const mismatch = compare(node.items[i]!, expected[i], `${at}[${i}]`);
      if (mismatch) return mismatch;
    }
    return undefined;
  }
  const object = expected as Record<string, unknown>;
  if (typeof object['type'] === 'string' && typeof object['value'] === 'string' && Object.keys(object).length === 2) {
    return compareScalar(node, object['type'], object['value'], at);
  }
  if (node.kind !== 'table') return `${at}: expected a table, got ${node.kind}`;
  const keys = Object.keys(object).sort();
  const actualKeys = [...node.entries.keys()].sort();
  if (JSON.stringify(keys) !== JSON.stringify(actualKeys)) return `${at}: keys ${JSON.stringify(actualKeys)} ≠ ${JSON.stringify(keys)}`;
  for (const key of keys) {
    const mismatch = compare(node.entries.get(key)!.value, object[key], `${at}.${key}`);
    if (mismatch) return mismatch;
  }
  return undefined;
}

function compareScalar(node: TomlNode, type: string, value: string, at: string): string | undefined {
  if (node.kind !== 'scalar') return `${at}: expected a ${type}, got ${node.kind}`;
  const kind = type === 'bool' ? 'boolean' : type.startsWith('date') || type.startsWith('time') ? 'datetime' : type;
  if (node.type !== kind) return `${at}: expected ${kind}, got ${node.type}`;
  if (kind === 'string' && node.value !== value) return `${at}: ${JSON.stringify(node.value)} ≠ ${JSON.stringify(value)}`;
  if (kind === 'boolean' && String(node.value) !== value) return `${at}: ${String(node.value)} ≠ ${value}`;
  if ((kind === 'integer' || kind === 'float') && !sameNumber(node.value as number, value)) return `${at}: ${String(node.value)} ≠ ${value}`;
  return undefined;
}

function sameNumber(actual: number, expected: string): boolean {
  const text = expected.replace(/^\+/, '');
  const number = text === 'inf' ? Infinity : text === '-inf' ? -Infinity : Number(text);
  return Number.isNaN(number) ? Number.isNaN(actual) : actual === number;
}

