/**
 * The output people read (issue 10, item 5): the stylish layout (a headline, then `= note:` and
 * `= help:` lines, as rustc prints them), ruff's `[*]` marker and fix summary, --diff's report,
 * the warning for a named file that `exclude` leaves out, --quiet with --max-warnings and
 * --no-error-on-unmatched-pattern, each as ESLint behaves (see README, "Command line").
 * The golden file is rewritten with UPDATE_GOLDEN=1; review its diff.
 */
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { runCli, scratch } from './support/cli-run.js';
import { repoRoot } from './support/paths.js';

/** The command with the usual defaults, whatever the environment running the tests says. */
function cli(args: string[], cwd: string) {
  return runCli(['--no-color', ...args], { cwd, env: { GITHUB_ACTIONS: '', NO_COLOR: '' } });
}

/** A scratch folder with fixture files copied into `configs/`. */
function withFixtures(...fixtures: string[]): string {
  const dir = scratch();
  mkdirSync(path.join(dir, 'configs'));
  for (const fixture of fixtures) copyFileSync(path.join(repoRoot, 'fixtures', fixture), path.join(dir, 'configs', path.basename(fixture)));
  return dir;
}

// A message with a why and a repair and a suggestion; a safe fix; an unsafe fix; a warning without a repair.
const FIXTURES = ['address-not-ip/host-name.toml', 'byte-order-mark/with-bom.toml', 'unknown-executor-label/per-plugin-typo.toml', 'block-limits/init-above-max.toml'];

describe('stylish', () => {
  test('a headline per diagnostic, the why and the repair on = note: and = help: lines, [*] on what --fix fixes (golden)', () => {
    const run = cli(['--format', 'stylish', 'configs'], withFixtures(...FIXTURES));
    assert.equal(run.status, 1, run.stderr);
    const file = path.join(repoRoot, 'test', 'output', 'golden', 'stylish-parts.txt');
    if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(file, run.stdout);
    assert.ok(existsSync(file), `${file} is missing: run the tests with UPDATE_GOLDEN=1`);
    assert.equal(run.stdout, readFileSync(file, 'utf8'), 'the output differs from test/output/golden/stylish-parts.txt (UPDATE_GOLDEN=1 rewrites it)');
  });

  test('the diagnostic line holds the headline only; the parts follow on lines of their own', () => {
    const stdout = cli(['configs/host-name.toml'], withFixtures('address-not-ip/host-name.toml')).stdout;
    const lines = stdout.split('\n');
    const at = lines.findIndex((line) => line.startsWith('  8:11  error  '));
    assert.equal(lines[at], '  8:11  error  address = "login1.cluster.example.edu" is not an IP address  address-not-ip');
    const note = lines.findIndex((line) => line.startsWith('    = note: '));
    const help = lines.findIndex((line) => line.startsWith('    = help: '));
    assert.ok(at < note && note < help, stdout);
    assert.match(lines[note]!, /= note: from parsl 2024\.11\.25 the interchange on this machine refuses it \("does not appear to be an IPv4 or IPv6 address"\)/);
    assert.match(lines[help]!, /= help: Remove address \(parsl then offers the workers every address of this machine\)/);
  });

  test('[*] marks a safe fix only, and not after --fix: what is left there cannot be fixed by running again', () => {
    const dir = withFixtures('byte-order-mark/with-bom.toml', 'unknown-executor-label/per-plugin-typo.toml');
    const before = cli(['configs'], dir).stdout;
    assert.match(before, /^ {2}1:1 {2}error {2}\[\*\] the file starts with a UTF-8 byte order mark/m);
    assert.match(before, /^ {2}12:20 {2}error {2}no executor is labelled "big_mem"/m);
    const fixed = cli(['configs', '--fix'], dir);
    assert.doesNotMatch(fixed.stdout, /\[\*\]/);
    assert.match(fixed.stdout, /\n1 fix applied, 1 more with --unsafe-fixes\n$/);
  });

  test('the summary says what --fix and --unsafe-fixes would fix, in ruff\'s words', () => {
    const both = cli(['configs'], withFixtures('byte-order-mark/with-bom.toml', 'unknown-executor-label/per-plugin-typo.toml')).stdout;
    assert.match(both, /\n\[\*\] 1 fixable with --fix \(1 hidden fix can be applied with --fix --unsafe-fixes\)\n$/);
    const unsafeOnly = cli(['configs'], withFixtures('unknown-executor-label/per-plugin-typo.toml')).stdout;
    assert.match(unsafeOnly, /\nNo fixes available \(1 hidden fix can be applied with --fix --unsafe-fixes\)\n$/);
    const none = cli(['configs'], withFixtures('block-limits/init-above-max.toml')).stdout;
    assert.doesNotMatch(none, /fix/);
  });

  test('json keeps the full message and gives its parts; the one-line formats keep the full message', () => {
    const dir = withFixtures('address-not-ip/host-name.toml');
    const json = JSON.parse(cli(['--format', 'json', 'configs'], dir).stdout) as { files: { diagnostics: { message: string; headline: string; note: string | null; help: string | null }[] }[] };
    const first = json.files[0]!.diagnostics[0]!;
    assert.equal(first.headline, 'address = "login1.cluster.example.edu" is not an IP address');
    assert.match(first.note!, /^from parsl 2024\.11\.25 the interchange on this machine refuses it/);
    assert.match(first.help!, /^Remove address/);
    assert.equal(first.message, `${first.headline}: ${first.note} ${first.help}`);
    const compact = cli(['--format', 'compact', 'configs'], dir).stdout.split('\n')[0]!;
    assert.ok(compact.includes(first.message), compact);
  });
});

describe('--diff', () => {
  test('the diff on stdout, the report of what is left on stderr', () => {
    const dir = withFixtures('byte-order-mark/with-bom.toml', 'block-limits/init-above-max.toml');
    const run = cli(['configs', '--diff'], dir);
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /^--- a\/configs\/with-bom\.toml\n\+\+\+ b\/configs\/with-bom\.toml\n/);
    assert.doesNotMatch(run.stdout, /block-limits/);
    assert.match(run.stderr, /^configs\/init-above-max\.toml\n {2}13:1 {2}warning {2}init_blocks = 4 is above max_blocks = 2 {2}block-limits\n/m);
    assert.match(run.stderr, /\n1 fix to apply\n/);
  });

  test('a file that is not valid TOML: its syntax error, and why nothing in it can be fixed', () => {
    const dir = scratch({ 'broken.toml': '[parsl\n' });
    const run = cli(['broken.toml', '--diff'], dir);
    assert.equal(run.status, 1);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^ {2}2:1 {2}error {2}Unterminated table-key {2}toml-syntax$/m);
    assert.match(run.stderr, /parsl-lint: broken\.toml is not valid TOML, so nothing in it can be fixed: fixes are made from the parsed file; correct the syntax error first\n/);
  });
});

describe('a named file that exclude leaves out', () => {
  const files = { 'parsl-lint.toml': 'exclude = ["legacy"]\n', 'legacy/old.toml': readFileSync(path.join(repoRoot, 'fixtures', 'block-limits', 'init-above-max.toml'), 'utf8') };

  test('is a warning, as ESLint warns of a file it ignores, and it counts for --max-warnings', () => {
    const dir = scratch(files);
    const run = cli(['legacy/old.toml'], dir);
    assert.equal(run.status, 0);
    assert.equal(
      run.stderr,
      'parsl-lint: warning: legacy/old.toml was not linted: it matches `exclude` in parsl-lint.toml. Remove it from `exclude` (or use --no-config) to lint it, or use --no-warn-ignored to suppress this warning\n',
    );
    const strict = cli(['legacy/old.toml', '--max-warnings', '0'], dir);
    assert.equal(strict.status, 1);
    assert.match(strict.stderr, /too many warnings \(1, --max-warnings is 0\)/);
  });

  test('--no-warn-ignored silences it and does not count it; a directory walk, a glob and --only-parsl-configs never warn', () => {
    const dir = scratch(files);
    const quiet = cli(['legacy/old.toml', '--no-warn-ignored', '--max-warnings', '0'], dir);
    assert.deepEqual([quiet.status, quiet.stderr], [0, '']);
    for (const args of [['.', '--no-error-on-unmatched-pattern'], ['legacy/*.toml'], ['legacy/old.toml', '--only-parsl-configs']]) {
      const run = cli([...args, '--max-warnings', '0'], dir);
      assert.deepEqual([run.status, run.stderr], [0, ''], args.join(' '));
    }
  });
});

describe('--quiet and --max-warnings', () => {
  test('--quiet hides the warnings, and --max-warnings still counts them (as ESLint 9 does)', () => {
    const dir = withFixtures('block-limits/init-above-max.toml');
    const quiet = cli(['configs', '--quiet'], dir);
    assert.equal(quiet.status, 0);
    assert.doesNotMatch(quiet.stdout, /block-limits/);
    const limited = cli(['configs', '--quiet', '--max-warnings', '0'], dir);
    assert.equal(limited.status, 1);
    assert.doesNotMatch(limited.stdout, /block-limits/);
    assert.match(limited.stderr, /too many warnings \(1, --max-warnings is 0\)/);
    assert.equal(cli(['configs', '--quiet', '--max-warnings', '1'], dir).status, 0);
  });
});

describe('--no-error-on-unmatched-pattern', () => {
  test('a missing path, a glob that matches nothing and a folder without configs are errors, unless it is given', () => {
    const dir = scratch({ 'pyproject.toml': '[project]\nname = "x"\n', 'configs/.keep': '' });
    for (const [input, says] of [
      ['missing.toml', 'no such file or directory: missing.toml'],
      ['nothing/*.toml', 'no files match the pattern "nothing/*.toml"'],
      ['configs', 'no parsl config found in configs'],
    ] as const) {
      const run = cli([input], dir);
      assert.equal(run.status, 2, input);
      assert.ok(run.stderr.includes(says), run.stderr);
      const allowed = cli([input, '--no-error-on-unmatched-pattern'], dir);
      assert.deepEqual([allowed.status, allowed.stderr, allowed.stdout], [0, '', '✔ no problems in 0 files\n'], input);
    }
  });

  test('what is found is still linted', () => {
    const dir = withFixtures('block-limits/init-above-max.toml');
    const run = cli(['missing.toml', 'configs/init-above-max.toml', '--no-error-on-unmatched-pattern', '--max-warnings', '0'], dir);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /init_blocks = 4 is above max_blocks = 2/);
  });
});
