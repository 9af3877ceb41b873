/**
 * `--parsl VERSION` (and the `parsl` key of the linter's config) for a release the catalog does not
 * hold: the run judges against the newest catalogued release before it and says so once on stderr.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { binPath } from './support/paths.js';
import { tempDir } from './support/temp.js';

/** max_workers is a parameter up to parsl 2024.04.15 and unknown from 2024.09.09. */
const CONFIG = `[parsl]

[[parsl.executors]]
class = "HighThroughputExecutor"
label = "default"
max_workers = 4
`;

const NOTE = 'parsl-lint: parsl 2025.1.6 is not catalogued; judging against parsl 2024.12.09, the newest catalogued release before it\n';

function withWorkspace(files: Record<string, string>, body: (dir: string) => void): void {
  const dir = tempDir('parsl-lint-version-');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  body(dir);
}

function cli(args: string[], cwd: string) {
  const env = { ...process.env };
  delete env['FORCE_COLOR'];
  return spawnSync(process.execPath, [binPath, ...args], { cwd, encoding: 'utf8', env, input: '' });
}

describe('an uncatalogued parsl version', () => {
  test('--parsl: judged as the release before it, said once for many files', () => {
    withWorkspace({ 'a.toml': CONFIG, 'b.toml': CONFIG }, (dir) => {
      const run = cli(['--parsl', '2025.1.6', '--format', 'json', 'a.toml', 'b.toml'], dir);
      assert.equal(run.stderr, NOTE);
      const report = JSON.parse(run.stdout) as { files: { diagnostics: { rule: string; message: string }[] }[] };
      for (const file of report.files) {
        const versionError = file.diagnostics.find((d) => d.rule === 'parameter-version');
        assert.ok(versionError, 'max_workers is judged against parsl 2024.12.09');
        assert.match(versionError.message, /parsl 2024\.12\.09/);
      }
      assert.equal(run.status, 1);
    });
  });

  test('the parsl key of two config files: said once', () => {
    const files = { 'one/parsl-lint.toml': 'parsl = "2025.1.6"\n', 'one/config.toml': CONFIG, 'two/parsl-lint.toml': 'parsl = "2025.1.6"\n', 'two/config.toml': CONFIG };
    withWorkspace(files, (dir) => {
      const run = cli(['one/config.toml', 'two/config.toml'], dir);
      assert.equal(run.stderr, NOTE);
      assert.equal(run.status, 1);
    });
  });

  test('a catalogued version says nothing; one older than the catalog is a usage error', () => {
    withWorkspace({ 'a.toml': CONFIG }, (dir) => {
      const catalogued = cli(['--parsl', '2024.4.15', 'a.toml'], dir);
      assert.equal(catalogued.stderr, '');
      assert.equal(catalogued.status, 0);
      const old = cli(['--parsl', '2022.01.03', 'a.toml'], dir);
      assert.match(old.stderr, /^parsl-lint: parsl 2022\.01\.03 is older than every catalogued parsl release \(2023\.08\.28, .*\)\n$/);
      assert.equal(old.status, 2);
    });
  });

  test('schema --parsl says it too, and prints the schema of the release before it', () => {
    withWorkspace({}, (dir) => {
      const run = cli(['schema', '--parsl', '2025.1.6'], dir);
      assert.equal(run.stderr, NOTE);
      assert.equal(run.status, 0);
      assert.deepEqual(JSON.parse(run.stdout), JSON.parse(cli(['schema', '--parsl', '2024.12.09'], dir).stdout));
    });
  });
});
