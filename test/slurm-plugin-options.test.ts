/**
 * `[slurm] plugin-options` in the linter's config: long options a site's SPANK plugins add to
 * sbatch are neither unknown nor typos there.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { resolveTarget } from '../src/catalog/index.js';
import { lintText } from '../src/engine/lint.js';
import { RULES } from '../rules/index.js';
import { binPath } from './support/paths.js';
import { tempDir } from './support/temp.js';

const CONFIG = `[parsl]

[[parsl.executors]]
class = "HighThroughputExecutor"
label = "default"

[parsl.executors.provider]
class = "SlurmProvider"
exclusive = false
walltime = "24:00:00"
worker_init = "source ~/.bashrc && conda activate qiime2"
scheduler_options = """
#SBATCH --container-image=nvcr.io/qiime2:2026.7
#SBATCH --gpu-bind-x=closest
"""
`;

const optionRules = (pluginOptions?: string[]) =>
  lintText(CONFIG, { rules: RULES, target: resolveTarget({}), ...(pluginOptions && { slurmPluginOptions: pluginOptions }) })
    .diagnostics.filter((d) => d.rule === 'unknown-sbatch-option' || d.rule === 'misspelt-sbatch-option')
    .map((d) => `${d.rule} ${d.start.line}:${d.start.column}`);

test('without the site’s plugin options, both are reported', () => {
  assert.deepEqual(optionRules(), ['unknown-sbatch-option 13:9', 'misspelt-sbatch-option 14:9']);
});

test('a declared plugin option is neither unknown nor a typo', () => {
  assert.deepEqual(optionRules(['container-image', 'gpu-bind-x']), []);
  assert.deepEqual(optionRules(['container-image']), ['misspelt-sbatch-option 14:9']);
});

test('the linter’s config declares them, and refuses a malformed list', () => {
  const dir = tempDir('parsl-lint-plugins-');
  writeFileSync(path.join(dir, 'config.toml'), CONFIG);
  const run = (config: string) => {
    writeFileSync(path.join(dir, 'parsl-lint.toml'), config);
    return spawnSync(process.execPath, [binPath, '--format', 'compact', 'config.toml'], { cwd: dir, encoding: 'utf8' });
  };
  const declared = run('[slurm]\nplugin-options = ["container-image", "gpu-bind-x"]\n');
  assert.equal(declared.stderr, '');
  assert.doesNotMatch(declared.stdout, /sbatch-option/);
  const typo = run('[slurm]\nplugin-option = ["container-image"]\n');
  assert.equal(typo.status, 2);
  assert.match(typo.stderr, /plugin-option/);
  const dashes = run('[slurm]\nplugin-options = ["--container-image"]\n');
  assert.equal(dashes.status, 2);
});
