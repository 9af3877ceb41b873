/** The linter's config files: reading, validating, finding the closest one, globs. */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { NO_CONFIG } from '../../src/config/config.js';
import { ConfigResolver } from '../../src/config/discover.js';
import { globMatcher } from '../../src/config/globs.js';
import { loadConfig } from '../../src/config/load.js';
import { configSchema } from '../../src/config/schema.js';
import { RULES } from '../../rules/index.js';
import { tempDir } from '../support/temp.js';

const ruleIds = RULES.map((rule) => rule.meta.id);

function workspace(files: Record<string, string>): string {
  const dir = tempDir('parsl-lint-config-');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const load = (file: string) => loadConfig(file, ruleIds, path.basename(file));

test('the config schema is a valid JSON Schema', async () => {
  const { Ajv } = await import('ajv');
  const ajv = new Ajv();
  assert.ok(ajv.validateSchema(configSchema(ruleIds)), ajv.errorsText());
});

describe('reading a config file', () => {
  test('every setting', async () => {
    const dir = workspace({
      'parsl-lint.toml': [
        'qiime2 = "2024.10"',
        'include = ["cluster/*.toml"]',
        'exclude = ["legacy"]',
        '[rules]',
        'missing-walltime = "off"',
        'missing-worker-init = "error"',
        '[required]',
        'SlurmProvider = ["partition", "account"]',
        '[slurm]',
        'plugin-options = ["container-image"]',
        'release = "23.02.7"',
      ].join('\n'),
    });
    const config = await load(path.join(dir, 'parsl-lint.toml'));
    assert.deepEqual(config, {
      file: path.join(dir, 'parsl-lint.toml'),
      rules: new Map([['missing-walltime', 'off'], ['missing-worker-init', 'error']]),
      qiime2: '2024.10',
      parsl: undefined,
      include: ['cluster/*.toml'],
      exclude: ['legacy'],
      required: { SlurmProvider: ['partition', 'account'] },
      slurmPluginOptions: ['container-image'],
      slurmRelease: '23.02.7',
    });
  });

  test('[tool.parsl-lint] in pyproject.toml; a pyproject.toml without it or a missing file gives nothing', async () => {
    const dir = workspace({ 'a/pyproject.toml': '[project]\nname = "x"\n\n[tool.parsl-lint.rules]\nmissing-walltime = "info"\n', 'b/pyproject.toml': '[project]\nname = "x"\n' });
    assert.deepEqual((await load(path.join(dir, 'a', 'pyproject.toml')))?.rules, new Map([['missing-walltime', 'info']]));
    assert.equal(await load(path.join(dir, 'b', 'pyproject.toml')), undefined);
    assert.equal(await load(path.join(dir, 'nothing-here.toml')), undefined);
  });

  const invalid: [string, string, RegExp][] = [
    ['an unknown key', 'rulse = {}', /^parsl-lint\.toml: unknown key "rulse"; did you mean "rules"\?$/],
    ['an unknown rule', '[rules]\nmissing-walltme = "off"', /unknown key "missing-walltme" in \[rules\]; did you mean "missing-walltime"\?/],
    ['an unknown provider', '[required]\nSlurmProvder = ["partition"]', /unknown key "SlurmProvder" in \[required\]; did you mean "SlurmProvider"\?/],
    ['a misspelt required field', '[required]\nSlurmProvider = ["partition", "acount"]', /^parsl-lint\.toml: unknown field "acount" for SlurmProvider in \[required\]: no parsl release has that parameter; did you mean "account"\?$/],
    ['a bad severity', '[rules]\nmissing-walltime = "loud"', /rules\.missing-walltime must be one of "off", "error", "warning", "info", not "loud"/],
    ['an unquoted version', 'qiime2 = 2024.10', /qiime2 must be a string, not 2024\.1; write it in quotes/],
    ['an unknown version', 'qiime2 = "2099.1"', /Unknown QIIME 2 release "2099\.1"/],
    ['invalid TOML', 'a = = 1', /^parsl-lint\.toml: .* at line 1$/],
  ];
  for (const [what, text, message] of invalid) {
    test(`${what} is an error that names the file`, async () => {
      const dir = workspace({ 'parsl-lint.toml': text });
      await assert.rejects(load(path.join(dir, 'parsl-lint.toml')), (error: Error) => error.name === 'ConfigError' && message.test(error.message));
    });
  }

  test('a required field is checked against the provider in every catalogued parsl release', async () => {
    // `channel` left SlurmProvider in parsl 2024.12.09; `qos` came later than 2023.08.28.
    const dir = workspace({ 'parsl-lint.toml': '[required]\nSlurmProvider = ["channel", "qos"]\nPBSProProvider = ["account", "queue"]\n' });
    assert.deepEqual((await load(path.join(dir, 'parsl-lint.toml')))?.required, { SlurmProvider: ['channel', 'qos'], PBSProProvider: ['account', 'queue'] });
  });

  test('in pyproject.toml, keys are named from [tool.parsl-lint]', async () => {
    const dir = workspace({ 'pyproject.toml': '[tool.parsl-lint]\nrule = {}\n' });
    await assert.rejects(load(path.join(dir, 'pyproject.toml')), /unknown key "rule" in \[tool\.parsl-lint\]; did you mean "rules"\?/);
  });
});

describe('the closest config applies', () => {
  const resolver = () => new ConfigResolver(load);

  test('from the file\'s folder up; the closest is the whole config (no merging)', async () => {
    const dir = workspace({
      'parsl-lint.toml': '[rules]\nmissing-walltime = "off"\n',
      'team/.parsl-lint.toml': 'qiime2 = "2024.10"\n',
      'team/deep/er/config.toml': '',
      'other/config.toml': '',
    });
    const configs = resolver();
    const team = await configs.forFile(path.join(dir, 'team', 'deep', 'er', 'config.toml'));
    assert.equal(team.file, path.join(dir, 'team', '.parsl-lint.toml'));
    assert.deepEqual(team.rules, new Map());
    assert.equal((await configs.forFile(path.join(dir, 'other', 'config.toml'))).file, path.join(dir, 'parsl-lint.toml'));
  });

  test('in one folder: .parsl-lint.toml, then parsl-lint.toml, then pyproject.toml; a pyproject.toml without the table is passed over', async () => {
    const dir = workspace({
      'a/.parsl-lint.toml': '',
      'a/parsl-lint.toml': '',
      'b/parsl-lint.toml': '',
      'b/pyproject.toml': '[tool.parsl-lint]\n',
      'b/c/pyproject.toml': '[project]\nname = "x"\n',
    });
    const configs = resolver();
    assert.equal((await configs.forFile(path.join(dir, 'a', 'x.toml'))).file, path.join(dir, 'a', '.parsl-lint.toml'));
    assert.equal((await configs.forFile(path.join(dir, 'b', 'x.toml'))).file, path.join(dir, 'b', 'parsl-lint.toml'));
    assert.equal((await configs.forFile(path.join(dir, 'b', 'c', 'x.toml'))).file, path.join(dir, 'b', 'parsl-lint.toml'));
  });

  test('none up to the root of the file system: the defaults', async () => {
    const dir = workspace({ 'x.toml': '' });
    assert.equal(await resolver().forFile(path.join(dir, 'x.toml')), NO_CONFIG);
  });
});

test('globs are relative to the config\'s folder, and a folder covers what is inside it', async () => {
  const base = path.join(path.sep, 'repo');
  const matches = await globMatcher(['legacy', 'cluster/*.toml', '**/.hidden.toml', './local.toml'], base);
  const at = (...parts: string[]) => path.join(base, ...parts);
  assert.ok(matches(at('legacy', 'deep', 'a.toml')));
  assert.ok(matches(at('cluster', 'a.toml')));
  assert.ok(!matches(at('cluster', 'deep', 'a.toml')));
  assert.ok(matches(at('x', '.hidden.toml')));
  assert.ok(matches(at('local.toml')));
  assert.ok(!matches(path.join(path.sep, 'elsewhere', 'legacy', 'a.toml')));
  assert.ok(!(await globMatcher([], base))(at('a.toml')));
});
