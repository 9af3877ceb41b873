/**
 * Properties of --fix over generated configs, every fixture and the real corpus: a fixed file
 * parses, fixing twice changes nothing, a safe fix changes no value but its target, and comments
 * survive (fix-checks.ts). They hold for every rule's fixes, so new fixes are covered as written.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { resolveTarget } from '../../src/catalog/index.js';
import { RULES } from '../../rules/index.js';
import { readFixtureSpec } from '../support/expectations.js';
import { repoRoot, sharedDir, skipWithoutShared } from '../support/paths.js';
import { checkFixes, type Checked } from './fix-checks.js';
import { tomlNumber } from '../support/toml-numbers.js';

const SEED = 20_251_125;
const RUNS = 300;
const options = { rules: RULES, target: resolveTarget({}) };

const comment = fc.option(fc.constantFrom('# keep me', '# "quoted" # note', '# parsl-lint-disable-line walltime-format -- site rule'), { nil: undefined });
const line = (text: string) => fc.tuple(fc.constant(text), comment).map(([body, note]) => (note ? `${body}  ${note}` : body));
const optionalLine = (key: string, values: string[]) => fc.option(fc.constantFrom(...values).chain((value) => line(`${key} = ${value}`)), { nil: undefined });

const provider = fc.record({
  header: line('[parsl.executors.provider]'),
  class: fc.constantFrom('SlurmProvider', 'parsl.providers.SlurmProvider', 'PBSProProvider', 'LocalProvider', 'SlurmProvder').chain((name) => line(`class = "${name}"`)),
  walltime: optionalLine('walltime', ['"24:00:00"', '"24h"', '"90m"', '"1-00:00:00"', '"00:30"', '"2:00:00"', '60']),
  memory: optionalLine('mem_per_node', ['96', '"96GB"', '"8G"', '250']),
  options: optionalLine('scheduler_options', ['"#SBATCH --qos=long"', '"--mem-per-cpu=8G"', '"#SBATCH --partition=x\\n--qos=long"', '"""\n#SBATCH --qos=long\n --time=01:00:00\n"""']),
  init: optionalLine('worker_init', ['"source ~/.bashrc && conda activate qiime2"', '"conda activate qiime2"', '"module load x"']),
  blocks: optionalLine('max_blocks', ['25', '0', '"4"']),
  numbers: fc.array(fc.tuple(fc.constantFrom('max_blocks', 'min_blocks', 'init_blocks', 'nodes_per_block', 'cores_per_node', 'cpus_per_node', 'mem_per_node', 'parallelism', 'cmd_timeout'), tomlNumber), { maxLength: 3 }),
  partition: optionalLine('partition', ['"<your-partition>"', '"long"']),
});

const executor = fc.record({
  header: line('[[parsl.executors]]'),
  class: fc.constantFrom('HighThroughputExecutor', 'ThreadPoolExecutor', 'parsl.executors.HighThroughputExecutor').chain((name) => line(`class = "${name}"`)),
  label: fc.constantFrom('default', 'bigmem', 'gpu').chain((label) => line(`label = "${label}"`)),
  provider: fc.option(provider, { nil: undefined }),
});

const mapping = fc.array(
  fc.tuple(fc.constantFrom('assemble_megahit', 'classify_kraken2', 'bin_contigs'), fc.constantFrom('default', 'bigmem', 'defualt', 'bigmen', 'gpus', 'Default')),
  { maxLength: 3 },
);

const config = fc
  .record({
    leading: comment,
    strategy: optionalLine('strategy', ['"none"', '"simple"']),
    executors: fc.array(executor, { minLength: 1, maxLength: 3 }),
    mapping,
    crlf: fc.boolean(),
    finalNewline: fc.boolean(),
  })
  .map(({ leading, strategy, executors, mapping, crlf, finalNewline }) => {
    const lines = [...(leading ? [leading] : []), '[parsl]', ...(strategy ? [strategy] : []), ''];
    for (const executor of executors) {
      lines.push(executor.header, executor.class, executor.label, '');
      const provider = executor.provider;
      if (provider) {
        const numbers = [...new Map(provider.numbers.filter(([key]) => !(key === 'max_blocks' && provider.blocks) && !(key === 'mem_per_node' && provider.memory)))].map(([key, value]) => `${key} = ${value}`);
        lines.push(...[provider.header, provider.class, provider.walltime, provider.memory, provider.options, provider.init, provider.blocks, provider.partition, ...numbers].filter((l) => l !== undefined), '');
      }
    }
    const actions = new Map(mapping);
    if (actions.size > 0) lines.push('[parsl.executor_mapping.moshpit]', ...[...actions].map(([action, label]) => `${action} = "${label}"`));
    const text = lines.join('\n').replace(/\n*$/, finalNewline ? '\n' : '');
    return crlf ? text.replaceAll('\n', '\r\n') : text;
  });

test(`generated configs (fast-check, seed ${SEED}, ${RUNS} runs)`, (t) => {
  const checked: Checked = { safe: 0, unsafe: 0 };
  fc.assert(
    fc.property(config, (text) => checkFixes(text, options, 'generated config', checked)),
    { seed: SEED, numRuns: RUNS },
  );
  assert.ok(checked.safe + checked.unsafe > 0, 'the generated configs have fixes to check');
  t.diagnostic(describe(checked));
});

test('every fixture', (t) => {
  const checked: Checked = { safe: 0, unsafe: 0 };
  const fixtures = path.join(repoRoot, 'fixtures');
  for (const dir of readdirSync(fixtures)) {
    for (const name of readdirSync(path.join(fixtures, dir)).filter((file) => file.endsWith('.toml'))) {
      const text = readFileSync(path.join(fixtures, dir, name), 'utf8').replace(/^\uFEFF/, '');
      checkFixes(text, { ...options, target: resolveTarget(readFixtureSpec(text).target) }, `fixtures/${dir}/${name}`, checked);
    }
  }
  t.diagnostic(describe(checked));
});

test('every real config', { skip: skipWithoutShared }, (t) => {
  const realDir = path.join(sharedDir, 'corpus', 'real');
  const checked: Checked = { safe: 0, unsafe: 0 };
  for (const name of readdirSync(realDir).filter((file) => file.endsWith('.toml'))) {
    checkFixes(readFileSync(path.join(realDir, name), 'utf8'), options, `real/${name}`, checked);
  }
  t.diagnostic(describe(checked));
});

function describe(checked: Checked): string {
  return `${checked.safe} safe and ${checked.unsafe} unsafe fixes checked one by one`;
}
