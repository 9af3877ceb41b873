/**
 * `parsl-lint which` follows QIIME 2's discovery order (qiime2/sdk/parallel_config.py at 2024.10.0,
 * `_get_vendored_config_path` and `get_vendored_config`; directories of appdirs 1.4.4): one test
 * per step, with a fake file system, then the command itself with a real environment.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { discoverQiime2Config, type DiscoveryEnvironment } from '../../src/model/config-discovery.js';
import { binPath } from '../support/paths.js';

const HOME = '/home/ana';
const USER_FILE = '/home/ana/.config/qiime2/qiime2_config.toml';
const SITE_FILE = '/etc/xdg/qiime2/qiime2_config.toml';
const CONDA_FILE = '/opt/conda/envs/q2/etc/qiime2_config.toml';

function discover(env: Record<string, string>, files: string[], platform: NodeJS.Platform = 'linux') {
  const environment: DiscoveryEnvironment = { env, platform, home: HOME, exists: (file) => files.includes(file) };
  return discoverQiime2Config(environment);
}

const ALL = [USER_FILE, SITE_FILE, CONDA_FILE, '/data/mine.toml'];

test('0. QIIMETEST set (even empty): the built-in test config, whatever else exists', () => {
  const found = discover({ QIIMETEST: '', QIIME2_CONFIG: '/data/mine.toml', CONDA_PREFIX: '/opt/conda/envs/q2' }, ALL);
  assert.equal(found.file, undefined);
  assert.match(found.reason, /QIIMETEST is set/);
  assert.deepEqual(found.steps.map((step) => step.outcome !== undefined), [true, false, false, false, false]);
});

test('1. $QIIME2_CONFIG wins over every file, used even when missing; empty means the built-in config', () => {
  assert.equal(discover({ QIIME2_CONFIG: '/data/mine.toml', CONDA_PREFIX: '/opt/conda/envs/q2' }, ALL).file, '/data/mine.toml');
  const missing = discover({ QIIME2_CONFIG: '/data/gone.toml' }, ALL);
  assert.equal(missing.file, '/data/gone.toml');
  assert.match(missing.steps[1]!.outcome!, /FileNotFoundError/);
  const empty = discover({ QIIME2_CONFIG: '', CONDA_PREFIX: '/opt/conda/envs/q2' }, ALL);
  assert.equal(empty.file, undefined);
  assert.match(empty.reason, /empty/);
});

test('2. the user config dir ($XDG_CONFIG_HOME, else ~/.config; macOS ~/Library/Application Support)', () => {
  assert.equal(discover({ CONDA_PREFIX: '/opt/conda/envs/q2' }, ALL).file, USER_FILE);
  assert.equal(discover({ XDG_CONFIG_HOME: '/cfg' }, ['/cfg/qiime2/qiime2_config.toml', USER_FILE]).file, '/cfg/qiime2/qiime2_config.toml');
  const mac = '/home/ana/Library/Application Support/qiime2/qiime2_config.toml';
  assert.equal(discover({}, [mac, USER_FILE], 'darwin').file, mac);
  assert.equal(discover({ LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local' }, ['C:\\Users\\ana\\AppData\\Local\\qiime2\\qiime2\\qiime2_config.toml'], 'win32').file, 'C:\\Users\\ana\\AppData\\Local\\qiime2\\qiime2\\qiime2_config.toml');
});

test('3. the site config dir (the first of $XDG_CONFIG_DIRS, else /etc/xdg; macOS /Library/Application Support)', () => {
  const found = discover({ CONDA_PREFIX: '/opt/conda/envs/q2' }, [SITE_FILE, CONDA_FILE]);
  assert.equal(found.file, SITE_FILE);
  assert.deepEqual(found.steps.map((step) => step.outcome), ['not set', 'not set', 'no such file', 'exists: used', undefined]);
  assert.equal(discover({ XDG_CONFIG_DIRS: '/site/a/:/site/b' }, ['/site/b/qiime2/qiime2_config.toml', '/site/a/qiime2/qiime2_config.toml']).file, '/site/a/qiime2/qiime2_config.toml');
  assert.equal(discover({ XDG_CONFIG_DIRS: '/site/a:/site/b' }, ['/site/b/qiime2/qiime2_config.toml']).file, undefined, 'only the first entry is looked at');
  assert.equal(discover({}, ['/Library/Application Support/qiime2/qiime2_config.toml'], 'darwin').file, '/Library/Application Support/qiime2/qiime2_config.toml');
});

test("4. the conda environment's etc/qiime2_config.toml, when CONDA_PREFIX is set and the file exists", () => {
  assert.equal(discover({ CONDA_PREFIX: '/opt/conda/envs/q2' }, [CONDA_FILE]).file, CONDA_FILE);
  assert.equal(discover({ CONDA_PREFIX: '' }, [CONDA_FILE]).file, undefined);
});

test('5. CONDA_PREFIX set, no file anywhere: QIIME 2 writes its built-in config there and loads it', () => {
  const found = discover({ CONDA_PREFIX: '/opt/conda/envs/q2' }, []);
  assert.equal(found.file, CONDA_FILE);
  assert.match(found.reason, /will write its built-in config/);
});

test('6. no conda environment and no file: the built-in config, in memory', () => {
  const found = discover({}, []);
  assert.equal(found.file, undefined);
  assert.match(found.reason, /no conda environment/);
});

test('parsl-lint which: the file, why, and each step, from the real environment', (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'parsl-lint-which-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(path.join(dir, 'site', 'qiime2'), { recursive: true });
  const site = path.join(dir, 'site', 'qiime2', 'qiime2_config.toml');
  writeFileSync(site, '[parsl]\n');
  const env = { PATH: process.env['PATH'], HOME: dir, XDG_CONFIG_HOME: path.join(dir, 'config'), XDG_CONFIG_DIRS: path.join(dir, 'site'), CONDA_PREFIX: path.join(dir, 'conda') };
  const run = spawnSync(process.execPath, [binPath, 'which'], { encoding: 'utf8', env });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(
    run.stdout,
    [
      site,
      '  why: it is the first that exists: QIIME2_CONFIG is not set, and this is in the site config dir',
      '  QIIME 2 looks, in order, at:',
      '  0. QIIMETEST: not set',
      '  1. $QIIME2_CONFIG: not set',
      `  2. user config dir ${path.join(dir, 'config', 'qiime2', 'qiime2_config.toml')}: no such file`,
      `  3. site config dir ${site}: exists: used`,
      `  4. $CONDA_PREFIX/etc ${path.join(dir, 'conda', 'etc', 'qiime2_config.toml')}: not reached`,
      '',
    ].join('\n'),
  );
  const json = JSON.parse(spawnSync(process.execPath, [binPath, 'which', '--format', 'json'], { encoding: 'utf8', env }).stdout) as { file: string };
  assert.equal(json.file, site);
});
