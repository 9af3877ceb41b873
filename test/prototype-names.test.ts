/**
 * Names that are properties of every JavaScript object (`constructor`, `toString`, `__proto__`, …)
 * as a class, label, key and value, through every rule, the fixes, launchers, executor_mapping,
 * scheduler_options and `explain`: a lookup keyed by file content that is a plain object finds
 * Object.prototype's function instead of nothing (issue 13, item 7).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { resolveTarget } from '../src/catalog/index.js';
import { parseDocument } from '../src/document/parse.js';
import { lintText, type LintOptions } from '../src/engine/lint.js';
import { fixText } from '../src/fixes/fix-text.js';
import { RULES } from '../rules/index.js';
import { binPath } from './support/paths.js';
import { tempDir } from './support/temp.js';


export const PROTOTYPE_NAMES: readonly string[] = [...Object.getOwnPropertyNames(Object.prototype), '__proto__'];

const q = JSON.stringify;

/** Configs with `name` in every place a name from the file is looked up. */
export function configsNaming(name: string): string[] {
  const directives = [`#SBATCH --${name}=${name}`, `#PBS -l ${name}=${name}`, `#PBS -${name} ${name}`, `#$ -${name} ${name}`, `#BSUB -${name} ${name}`].join('\\n');
  const provider = (cls: string) => `[parsl.executors.provider]
class = ${q(cls)}
${q(name)} = ${q(name)}
scheduler_options = "${directives}"
worker_init = "${name}; module load ${name}; conda activate ${name}; export ${name}=1"
walltime = ${q(name)}
partition = ${q(name)}
queue = ${q(name)}
mem_per_node = ${q(name)}

[parsl.executors.provider.launcher]
class = ${q(name)}
${q(name)} = ${q(name)}
`;
  return [
    `[parsl]\n[[parsl.executors]]\nclass = ${q(name)}\nlabel = ${q(name)}\n${q(name)} = ${q(name)}\n`,
    ...['SlurmProvider', 'PBSProProvider', 'TorqueProvider', 'GridEngineProvider', 'LSFProvider', name].map(
      (cls) => `${q(name)} = 1\n[parsl]\nstrategy = ${q(name)}\n${q(name)} = ${q(name)}\n[[parsl.executors]]\nclass = "HighThroughputExecutor"\nlabel = ${q(name)}\n${provider(cls)}`,
    ),
    `[parsl]\n[[parsl.executors]]\nclass = "HighThroughputExecutor"\nlabel = "default"\n[parsl.executor_mapping]\n${q(name)} = ${q(name)}\n`,
    `[parsl]\n[[parsl.executors]]\nclass = "HighThroughputExecutor"\nlabel = "default"\n[parsl.executor_mapping.${q(name)}]\n${q(name)} = ${q(name)}\n`,
  ];
}

/** What a message shows when it quoted a function found on Object.prototype. */
const LEAKED = /\[native code\]|\[object Object\]|\bfunction \w*\(/;

test('every rule and every fix, with Object.prototype names everywhere a name is looked up', () => {
  const target = resolveTarget({});
  for (const name of PROTOTYPE_NAMES) {
    // The site's required fields come from the linter's config file: its keys are file content too.
    const requiredFields = JSON.parse(`{${q(name)}: ["partition"], "SlurmProvider": ["account"]}`) as LintOptions['requiredFields'];
    for (const text of configsNaming(name)) {
      for (const options of [{ rules: RULES, target }, { rules: RULES, target, requiredFields }]) {
        const result = lintText(text, options);
        assert.equal(result.syntaxError, false, text);
        for (const diagnostic of result.diagnostics) assert.doesNotMatch(diagnostic.message, LEAKED, `${diagnostic.rule} on ${name}`);
        const fixed = fixText(text, options, 'unsafe');
        assert.ok(parseDocument(fixed.text).ok, `fixed text of ${name} parses`);
        assert.deepEqual(fixed.broken, [], `no fix of ${name} broke the file`);
      }
    }
  }
});

test('site-required-field asks for its fields by the class name only when the config names that class', () => {
  const text = `[parsl]\n[[parsl.executors]]\nclass = "HighThroughputExecutor"\nlabel = "default"\n[parsl.executors.provider]\nclass = "constructor"\n`;
  const result = lintText(text, { rules: RULES, target: resolveTarget({}), requiredFields: { SlurmProvider: ['partition'] } });
  assert.deepEqual(result.diagnostics.filter((diagnostic) => diagnostic.rule === 'site-required-field'), []);
  const asked = lintText(text, { rules: RULES, target: resolveTarget({}), requiredFields: JSON.parse('{"constructor": ["partition"]}') as Record<string, string[]> });
  assert.deepEqual(
    asked.diagnostics.filter((diagnostic) => diagnostic.rule === 'site-required-field').map((diagnostic) => diagnostic.message),
    ['constructor has no `partition`, which this site requires ([required] in the parsl-lint config): the scheduler refuses or misplaces the job'],
  );
});

test('explain, with Object.prototype names everywhere', () => {
  const dir = tempDir('parsl-lint-prototype-');
  const files: string[] = [];
  for (const name of PROTOTYPE_NAMES) {
    for (const [index, text] of configsNaming(name).entries()) {
      const file = path.join(dir, `${files.length}-${index}.toml`);
      writeFileSync(file, text);
      files.push(file);
    }
  }
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env['FORCE_COLOR'];
  const run = spawnSync(process.execPath, [binPath, 'explain', '--no-color', ...files], { encoding: 'utf8', cwd: dir, env });
  assert.equal(run.status, 0, run.stderr);
  assert.doesNotMatch(run.stderr, /internal error|\n\s+at /);
  assert.doesNotMatch(run.stdout, LEAKED);
  for (const file of files) assert.ok(run.stdout.includes(path.basename(file)), `${path.basename(file)} is explained`);
});
