/**
 * Text from a config or a file name cannot drive the terminal or the CI log (issue 13, item 12):
 * printable() escapes it, and every human-readable output (stylish, github, explain, the one-line
 * errors) passes such text through it.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { printable } from '../../src/output/printable.js';
import { binPath } from '../support/paths.js';
import { tempDir } from '../support/temp.js';

test('controls, invisible and bidirectional characters are shown as escapes; tabs and plain text stay', () => {
  assert.equal(printable('a\tb c é 日本 🙂'), 'a\tb c é 日本 🙂');
  assert.equal(printable('x\ny\rz'), 'x\\ny\\rz');
  assert.equal(printable('\u0000\u0007\u001b[2J\u007f\u0085\u009b'), '\\u0000\\u0007\\u001b[2J\\u007f\\u0085\\u009b');
  const bidi = '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c';
  assert.equal(printable(bidi), '\\u202a\\u202b\\u202c\\u202d\\u202e\\u2066\\u2067\\u2068\\u2069\\u200e\\u200f\\u061c');
  assert.equal(printable('\u200b\u200c\u200d\u2060\ufeff\u2028\u2029'), '\\u200b\\u200c\\u200d\\u2060\\ufeff\\u2028\\u2029');
});

test('GitHub workflow commands are defused wherever they sit: `::` and `##[`', () => {
  assert.equal(printable('::error file=README.md::owned'), ':\\u003aerror file=README.md:\\u003aowned');
  assert.equal(printable('  ::warning::x'), '  :\\u003awarning:\\u003ax');
  assert.equal(printable('text ##[error]x'), 'text #\\u0023[error]x');
  assert.equal(printable('a:b, c: d # e'), 'a:b, c: d # e');
});

/** A config whose values, and a file whose name, try to clear the screen and forge GitHub annotations. */
const HOSTILE_NAME = 'x\n::error file=README.md::forged\u001b[2J\u202e.toml';
const HOSTILE = `[parsl]
[[parsl.executors]]
class = "HighThroughputExecutor"
label = "default\\u001b]0;title\\u0007\\u001b[2J\\u202e\\u200b\\u2028##[error]x"
[parsl.executors.provider]
class = "SlurmProvider"
partition = "p\\u001b[2J\\n::error::forged"
worker_init = "echo \\u001b[2J\\n::warning::forged"
`;

function run(args: string[], cwd: string) {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env['FORCE_COLOR'];
  return spawnSync(process.execPath, [binPath, '--no-color', ...args], { cwd, encoding: 'utf8', env });
}

/** What an ANSI terminal or the GitHub runner would act on. */
function assertInert(output: string, what: string): void {
  assert.doesNotMatch(output, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/, `${what}: a control or invisible character`);
  assert.doesNotMatch(output, /##\[/, `${what}: an old-style workflow command`);
  for (const line of output.split('\n')) assert.doesNotMatch(line.trimStart(), /^::/, `${what}: a workflow command line`);
}

test('stylish, github and explain print a hostile file name and hostile values inert', () => {
  const dir = tempDir('parsl-lint-printable-');
  writeFileSync(path.join(dir, HOSTILE_NAME), HOSTILE);
  const stylish = run([HOSTILE_NAME], dir);
  assert.equal(stylish.status, 1, stylish.stderr);
  assertInert(stylish.stdout, 'stylish');
  assert.match(stylish.stdout, /^x\\n:\\u003aerror file=README\.md:\\u003aforged\\u001b\[2J\\u202e\.toml$/m);

  const explain = run(['explain', HOSTILE_NAME], dir);
  assert.equal(explain.status, 0, explain.stderr);
  assertInert(explain.stdout, 'explain');
  assert.match(explain.stdout, /\.toml: executor "default\\u001b\]0;title\\u0007\\u001b\[2J\\u202e\\u200b\\u2028#\\u0023\[error\]x" → SlurmProvider/m);

  // In the github format, only parsl-lint's own annotations are commands: one line per diagnostic.
  const github = run(['--format', 'github', HOSTILE_NAME], dir);
  assert.equal(github.status, 1, github.stderr);
  const lines = github.stdout.trimEnd().split('\n');
  assert.equal(lines.length, 3, github.stdout);
  for (const line of lines) {
    assert.match(line, /^::(error|warning) file=x\\n%3A\\u003aerror file=README\.md%3A\\u003aforged\\u001b\[2J\\u202e\.toml,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=parsl-lint [a-z-]+::/);
    assertInert(line.replace(/^::(error|warning) .*?::/, ''), 'github message');
  }

  // A one-line error quoting a path.
  const missing = run(['--fix', `${HOSTILE_NAME}.missing`], dir);
  assert.equal(missing.status, 2);
  assertInert(missing.stderr, 'error line');
});
