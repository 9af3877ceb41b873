/**
 * The README's security note (issue 13, item 15) says what parsl-lint reads, writes and never runs,
 * and how --fix treats links; the "never runs" part is checked against the code: nothing in the
 * command imports child_process or evaluates code.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { repoRoot } from './support/paths.js';

const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');

test('the README has a security note: what is read, what is written, what is never run', () => {
  const note = /^### Security\n([\s\S]*?)(?=^##)/m.exec(readme)?.[1] ?? assert.fail('no "### Security" section in README.md');
  assert.match(note, /^What parsl-lint reads: /m);
  assert.match(note, /^What it writes: the files it linted, only with `--fix`/m);
  assert.match(note, /`PARSL_LINT_NO_CODE_CACHE=1`/);
  assert.match(note, /^What it never does: run anything\./m);
  assert.match(readme, /A file with several hard links is not fixed/);
  assert.match(readme, /A named symbolic link is followed/);
});

/**
 * The one exception, asked for by name: src/site/run-command.ts starts a Slurm client for
 * --sbatch-test (sbatch --test-only) and cluster-profile (scontrol show), and only those two
 * modules use it.
 */
const RUNS_SLURM_CLIENTS = path.join('src', 'site', 'run-command.ts');

test('only src/site/run-command.ts starts a process, and only --sbatch-test and cluster-profile use it', () => {
  const users = ['src', 'rules'].flatMap((dir) =>
    readdirSync(path.join(repoRoot, dir), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.ts$/.test(file) && /from '[./]*(site\/)?run-command\.js'/.test(readFileSync(path.join(repoRoot, dir, file), 'utf8')))
      .map((file) => path.join(dir, file)),
  );
  assert.deepEqual(users.sort(), [path.join('src', 'cli', 'cluster-profile.ts'), path.join('src', 'site', 'sbatch-test.ts')]);
  assert.match(readme, /^Two commands run a Slurm client, and only when asked for by name:/m);
});

/** The launcher compiles the command's own bundle with node:vm, to keep V8's code cache of it; nothing else may use vm. */
const COMPILES_THE_BUNDLE = path.join('src', 'launcher.ts');

test('the command runs nothing else: no child_process, eval, Function or vm in src/, rules/ or bin/parsl-lint.cjs outside run-command.ts and the launcher', () => {
  // bin/dist/ is the bundle of these and of the libraries (yargs, ajv…), whose code is theirs.
  const files = [
    ...['src', 'rules'].flatMap((dir) =>
      readdirSync(path.join(repoRoot, dir), { recursive: true, encoding: 'utf8' })
        .filter((file) => /\.[jt]s$/.test(file))
        .map((file) => path.join(repoRoot, dir, file))
        .filter((file) => path.relative(repoRoot, file) !== RUNS_SLURM_CLIENTS),
    ),
    path.join(repoRoot, 'bin', 'parsl-lint.cjs'),
  ];
  assert.ok(files.length > 50);
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    assert.doesNotMatch(code, /node:child_process|['"]child_process['"]|\beval\(|new Function\(/, path.relative(repoRoot, file));
    if (path.relative(repoRoot, file) !== COMPILES_THE_BUNDLE) assert.doesNotMatch(code, /['"]node:vm['"]|['"]vm['"]/, path.relative(repoRoot, file));
  }
  // The launcher compiles the file it is given, and bin/parsl-lint.cjs gives it the bundle.
  assert.match(readFileSync(path.join(repoRoot, COMPILES_THE_BUNDLE), 'utf8'), /new Script\(`\(function \(exports, require, module, __filename, __dirname\) \{\$\{source\}/);
});
