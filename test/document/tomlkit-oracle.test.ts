/**
 * The parser against tomlkit itself: test/document/tomlkit-answers.json holds what each tomlkit a
 * QIIME 2 release pins answered (scripts/record-tomlkit.py, run on the tomlkit sources at their
 * git tags) for the toml-test suite and for mutated real configs. For each document and each
 * version, parsing with that version's dialect must agree: valid or not, and for a valid one the
 * same value. Every disagreement is listed, with its reason, in tomlkit-disagreements.ts; a listed
 * one that no longer happens fails too, so the list stays true.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { QIIME2_RELEASES, tomlkitDialect, tomlkitRefusesLateExtension } from '../../src/catalog/index.js';
import { parseDocument } from '../../src/document/parse.js';
import { decodeToml } from '../../src/document/source.js';
import { lateArrayExtensions, tableHeaders } from '../../src/document/table-order.js';
import type { TomlNode } from '../../src/document/tree.js';
import { repoRoot, sharedDir, skipWithoutShared } from '../support/paths.js';
import { AOT_OUT_OF_ORDER, KNOWN_DISAGREEMENTS } from './tomlkit-disagreements.js';

interface Edit {
  readonly at?: number | 'end';
  readonly remove?: number;
  readonly insert?: readonly [string, number][];
  readonly newlines?: string;
}

type Answer = { versions: string[] } & ({ valid: true; value: unknown } | { valid: false; error: string });

interface RecordedDocument {
  readonly id: string;
  readonly source: string;
  readonly edit?: Edit;
  readonly answers: readonly Answer[];
}

const record = JSON.parse(readFileSync(path.join(repoRoot, 'test', 'document', 'tomlkit-answers.json'), 'utf8')) as {
  tomlkit: string[];
  documents: RecordedDocument[];
};

test('the answers cover the tomlkit of every catalogued release', () => {
  for (const release of QIIME2_RELEASES) assert.ok(record.tomlkit.includes(release.tomlkit), `${release.version} pins tomlkit ${release.tomlkit}`);
});

test('the parser agrees with tomlkit, or the disagreement is listed', { skip: skipWithoutShared }, () => {
  const found = new Map<string, string>();
  for (const document of record.documents) {
    const bytes = applyEdit(readFileSync(path.join(sharedDir, 'corpus', document.source)), document.edit);
    for (const answer of document.answers) {
      for (const version of answer.versions) {
        const mismatch = compare(bytes, version, answer);
        if (mismatch) found.set(`${document.id} @ ${version}`, mismatch);
      }
    }
  }
  const unlisted = [...found].filter(([key]) => !KNOWN_DISAGREEMENTS.has(key)).map(([key, why]) => `${key}: ${why}`);
  const stale = [...KNOWN_DISAGREEMENTS.keys()].filter((key) => !found.has(key));
  assert.deepEqual({ unlisted, stale }, { unlisted: [], stale: [] });
});

test('each document tomlkit refuses for its out-of-order array of tables is one the tomlkit-key-already-present rule reports', { skip: skipWithoutShared }, () => {
  const listed = [...KNOWN_DISAGREEMENTS].filter(([, reason]) => reason === AOT_OUT_OF_ORDER).map(([key]) => key.split(' @ ') as [string, string]);
  assert.ok(listed.length > 0);
  for (const [id, version] of listed) {
    const document = record.documents.find((candidate) => candidate.id === id)!;
    const text = applyEdit(readFileSync(path.join(sharedDir, 'corpus', document.source)), document.edit).toString('utf8');
    const parsed = parseDocument(text, tomlkitDialect(version));
    assert.ok(parsed.ok, id);
    const extensions = lateArrayExtensions(tableHeaders(parsed.document.root));
    assert.ok(extensions.some((extension) => tomlkitRefusesLateExtension(version, extension)), `${id} @ ${version}`);
  }
});

function applyEdit(raw: Buffer, edit: Edit | undefined): Buffer {
  if (!edit) return raw;
  if (edit.newlines !== undefined) return Buffer.from(raw.toString('latin1').replaceAll('\n', edit.newlines), 'latin1');
  const at = edit.at === 'end' ? raw.length : edit.at!;
  const insert = Buffer.from((edit.insert ?? []).map(([text, count]) => text.repeat(count)).join(''), 'utf8');
  return Buffer.concat([raw.subarray(0, at), insert, raw.subarray(at + (edit.remove ?? 0))]);
}

/** Why this parser's reading of `bytes` for tomlkit `version` differs from tomlkit's answer, or undefined. */
function compare(bytes: Buffer, version: string, answer: Answer): string | undefined {
  const decoded = decodeToml(bytes);
  // A byte order mark reaches tomlkit as a character (the byte-order-mark rule reports it).
  const parsed = decoded.ok && !decoded.text.startsWith('\uFEFF') ? parseDocument(decoded.text, tomlkitDialect(version)) : undefined;
  const valid = parsed?.ok === true && parsed.document.toml11Forms.length === 0;
  if (valid !== answer.valid) {
    const ours = !decoded.ok ? decoded.message : parsed === undefined ? 'byte order mark' : !parsed.ok ? parsed.error.message : valid ? 'valid' : 'TOML 1.1 forms';
    return `tomlkit: ${answer.valid ? 'valid' : answer.error}; parsl-lint: ${ours}`;
  }
  if (answer.valid && parsed?.ok) return compareValue(parsed.document.root, answer.value, '');
  return undefined;
}

/** toml-test's tagged JSON against the tree; strings over 1,000 characters are recorded as sha256 and length. */
function compareValue(node: TomlNode, expected: unknown, at: string): string | undefined {
  if (Array.isArray(expected)) {
    if (node.kind !== 'array' || node.items.length !== expected.length) return `${at}: expected an array of ${expected.length}`;
    for (let i = 0; i < expected.length; i++) {
      const mismatch = compareValue(node.items[i]!, expected[i], `${at}[${i}]`);
      if (mismatch) return mismatch;
    }
    return undefined;
  }
  const object = expected as Record<string, unknown>;
  if (typeof object['type'] === 'string' && (typeof object['value'] === 'string' || typeof object['sha256'] === 'string')) {
    return compareScalar(node, object, at);
  }
  if (node.kind !== 'table') return `${at}: expected a table, got ${node.kind}`;
  const keys = Object.keys(object).sort();
  const actualKeys = [...node.entries.keys()].sort();
  if (JSON.stringify(keys) !== JSON.stringify(actualKeys)) return `${at}: keys ${JSON.stringify(actualKeys).slice(0, 200)} ≠ ${JSON.stringify(keys).slice(0, 200)}`;
  for (const key of keys) {
    const mismatch = compareValue(node.entries.get(key)!.value, object[key], `${at}.${key}`);
    if (mismatch) return mismatch;
  }
  return undefined;
}

function compareScalar(node: TomlNode, expected: Record<string, unknown>, at: string): string | undefined {
  const type = expected['type'] as string;
  if (node.kind !== 'scalar') return `${at}: expected a ${type}, got ${node.kind}`;
  const kind = type === 'bool' ? 'boolean' : type;
  if (node.type !== kind) return `${at}: expected ${kind}, got ${node.type}`;
  const value = expected['value'] as string | undefined;
  if (kind === 'string') {
    const text = node.value as string;
    if (value !== undefined) return text === value ? undefined : `${at}: ${JSON.stringify(text).slice(0, 80)} ≠ ${JSON.stringify(value).slice(0, 80)}`;
    const digest = createHash('sha256').update(text, 'utf8').digest('hex');
    return digest === expected['sha256'] && [...text].length === expected['length'] ? undefined : `${at}: a different ${String(expected['length'])}-character string`;
  }
  if (kind === 'boolean') return String(node.value) === value ? undefined : `${at}: ${String(node.value)} ≠ ${value}`;
  if (kind === 'integer' || kind === 'float') return sameNumber(node.value as number, value!) ? undefined : `${at}: ${String(node.value)} ≠ ${value}`;
  return undefined; // datetimes: the type is compared; their value is not used by any rule
}

function sameNumber(actual: number, expected: string): boolean {
  const number = expected === 'inf' ? Infinity : expected === '-inf' ? -Infinity : Number(expected);
  return Number.isNaN(number) ? Number.isNaN(actual) : actual === number;
}
