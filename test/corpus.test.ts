/**
 * Real configs (../shared/corpus/real), written by real users and projects. Each is judged against
 * every QIIME 2 release its row in SOURCES.md says it is valid for, and gets no error there. At
 * the newest release, the files written for older ones get exactly the version errors listed
 * below: what a user of the newest release needs to see. The fragments
 * (../shared/corpus/real-fragments) are broken on purpose and must only never crash the linter.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { NEWEST_QIIME2_RELEASE, PARSL_RELEASES, QIIME2_RELEASES, resolveTarget, type ResolvedTarget } from '../src/catalog/index.js';
import { lintBytes } from '../src/engine/lint.js';
import { RULES } from '../rules/index.js';
import { readCorpusSources, realDir } from './support/corpus-sources.js';
import { sharedDir, skipWithoutShared } from './support/paths.js';

const VERSION_ERRORS_AT_NEWEST: Readonly<Record<string, readonly string[]>> = {
  // max_workers: removed in parsl 2024.09.09.
  'bokulich-lab__moshpit-docs___sources__chapters__00_setup.md.toml': ['parameter-version'],
  'bokulich-lab__moshpit-docs__book__chapters__02_howtos__02_parsl.md.toml': ['parameter-version'],
  'bokulich-lab__q2-fondue__parallel.config.toml': ['parameter-version'],
  'caporaso-lab__q2-books__q2-metagenomics__book__90-tips.md.toml': ['parameter-version'],
  'caporaso-lab__using-qiime2__book__references__parallel-configuration.md__slurm-example-2025-02.toml': ['parameter-version'],
  'qiime2__qiime2__qiime2__sdk__parallel_config.py__VENDORED_CONFIG-2023.5-cpu8.toml': ['parameter-version'],
  'qiime2__qiime2__qiime2__sdk__parallel_config.py__VENDORED_CONFIG-2024.10-cpu8.toml': ['parameter-version'],
  // max_workers twice, SlurmProvider's channel; AdHocProvider and both channels' parsl.channels.
  'qiime2__qiime2__qiime2__sdk__tests__data__complex_config.toml': [
    'parameter-version',
    'parameter-version',
    'parameter-version',
    'unknown-class',
    'unknown-class',
    'unknown-class',
  ],
  // The flat executor mapping, and max_workers.
  'qiime2__qiime2__qiime2__sdk__tests__data__mapping_config__at-2023.5.0.toml': ['executor-mapping-form', 'parameter-version'],
  'qiime2__qiime2__qiime2__sdk__tests__data__mapping_config__at-2023.7.0.toml': ['executor-mapping-form'],
  'qiime2__qiime2__qiime2__sdk__tests__data__mapping_only_config__at-2023.7.0.toml': ['executor-mapping-form'],
};

/**
 * A documentation template kept in real/ although it cannot run as written: its worker_init is
 * `source /path/to/miniforge3/etc/profile.d/conda.sh; conda activate <your-qiime2-env>;`, and
 * bash reads `<your-qiime2-env>` as an input redirection (a syntax error before `;`), so every
 * worker start fails. These two placeholder errors are true ones, on every release.
 */
const TEMPLATE_ERRORS: Readonly<Record<string, readonly string[]>> = {
  'rachis-org__using-qiime2__book__how-to-guides__parallel-config-toml.md__slurm.toml': ['placeholder-value', 'placeholder-value'],
};

const sources = skipWithoutShared ? [] : readCorpusSources();

function ruleOf(error: string): string {
  return error.split(' ')[1]!.slice(0, -1);
}

function errorsIn(name: string, target: ResolvedTarget): string[] {
  const result = lintBytes(readFileSync(path.join(realDir, name)), { rules: RULES, target });
  return result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.start.line}:${d.start.column} ${d.rule}: ${d.message}`);
}

test('the real corpus is present and SOURCES.md has a row for every file', { skip: skipWithoutShared }, () => {
  const onDisk = readdirSync(realDir).filter((name) => name.endsWith('.toml')).sort();
  assert.ok(onDisk.length >= 30, `expected the 32 real configs, found ${onDisk.length}`);
  assert.deepEqual(sources.map((file) => file.name).sort(), onDisk);
});

for (const file of sources) {
  const range = `${file.releases[0]!.version}–${file.releases.at(-1)!.version}`;
  const expected = TEMPLATE_ERRORS[file.name] ?? [];
  const what = expected.length === 0 ? 'no error' : `only its template errors (${expected.join(', ')})`;
  test(`real/${file.name} has ${what} on QIIME 2 ${range}`, { skip: skipWithoutShared }, () => {
    for (const release of file.releases) {
      const errors = errorsIn(file.name, resolveTarget({ qiime2: release.version }));
      assert.deepEqual(errors.map(ruleOf).sort(), [...expected], `${release.version}: ${errors.join('; ')}`);
    }
  });

  if (file.releases.includes(NEWEST_QIIME2_RELEASE)) continue;
  test(`real/${file.name} gets only its version errors on QIIME 2 ${NEWEST_QIIME2_RELEASE.version}`, { skip: skipWithoutShared }, () => {
    const rules = errorsIn(file.name, resolveTarget({})).map(ruleOf);
    assert.deepEqual(rules.sort(), VERSION_ERRORS_AT_NEWEST[file.name] ?? ['(none listed)']);
  });
}

const fragmentsDir = path.join(sharedDir, 'corpus', 'real-fragments');
const fragments = skipWithoutShared ? [] : readdirSync(fragmentsDir).filter((name) => name.endsWith('.toml')).sort();
const everyTarget = [
  ...QIIME2_RELEASES.map((release) => resolveTarget({ qiime2: release.version })),
  ...PARSL_RELEASES.map((version) => resolveTarget({ parsl: version })),
];

for (const name of fragments) {
  test(`real-fragments/${name} is linted without crashing on every release`, { skip: skipWithoutShared }, () => {
    const bytes = readFileSync(path.join(fragmentsDir, name));
    for (const target of everyTarget) lintBytes(bytes, { rules: RULES, target });
  });
}
