/**
 * The command writes stylish, compact and GitHub output file by file (src/cli/report.ts), in
 * pieces of up to 64 KiB, to stdout or to --output-file. Over enough files to take many pieces,
 * what it writes must be the report the formatters give for all the files at once.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { formatCompact, formatGithub, formatStylish, lintText, type LintReport } from '../../src/index.js';
import { binPath } from '../support/paths.js';

const workspace = mkdtempSync(path.join(tmpdir(), 'parsl-lint-streamed-'));
after(() => rmSync(workspace, { recursive: true, force: true }));

/** A config with a few problems that differ from file to file. */
function config(index: number): string {
  return `[parsl]

[[parsl.executors]]
class = "HighThroughputExecutor"
label = "default"
max_workers_per_node = ${index % 7}

[parsl.executors.provider]
class = "SlurmProvider"
walltime = "${index % 3 === 0 ? '2h' : `0${index % 10}:00:00`}"
scheduler_options = "#SBATCH --constraint=c${index}\\n#SBATCH --comment=run${index}"
`;
}

const COUNT = 300;
const names = Array.from({ length: COUNT }, (_, index) => `configs/config-${String(index).padStart(3, '0')}.toml`);
mkdirSync(path.join(workspace, 'configs'));
names.forEach((name, index) => writeFileSync(path.join(workspace, name), config(index)));
// What the command reports, file by file, in the order it walks them (sorted names).
const reports: LintReport[] = names.map((name, index) => lintText(config(index), { filePath: name }));

function cli(args: string[]) {
  const env = { ...process.env };
  for (const key of ['GITHUB_ACTIONS', 'FORCE_COLOR', 'NO_COLOR']) delete env[key];
  return spawnSync(process.execPath, [binPath, ...args], { cwd: workspace, encoding: 'utf8', env });
}

test('stylish, compact and GitHub output written file by file equal the whole report', () => {
  const summaryLine = /^.* in \d+ files? \(\d+ checked\)$/m;
  for (const [format, whole] of [
    ['stylish', formatStylish(reports)],
    ['compact', formatCompact(reports)],
    ['github', formatGithub(reports)],
  ] as const) {
    assert.ok(Buffer.byteLength(whole) > 64 * 1024, `${format}: output for more than one piece`);
    const run = cli(['--format', format, 'configs']);
    assert.equal(run.status, 1, run.stderr);
    // The stylish report ends with what --fix could do, which the library's formatter leaves to its caller.
    const written = format === 'stylish' ? run.stdout.replace(/^(\[\*\] \d+ fixable with --fix|No fixes available).*\n$/m, '') : run.stdout;
    assert.equal(written, whole, format);
    if (format === 'stylish') assert.match(written, summaryLine);
  }
});

test('--output-file gets what stdout gets, with its folder made', () => {
  for (const format of ['stylish', 'compact', 'json']) {
    const toStdout = cli(['--format', format, 'configs']);
    const toFile = cli(['--format', format, '--output-file', `reports/${format}/lint.txt`, 'configs']);
    assert.equal(toFile.status, toStdout.status);
    assert.equal(toFile.stdout, '');
    assert.equal(readFileSync(path.join(workspace, 'reports', format, 'lint.txt'), 'utf8'), toStdout.stdout, format);
  }
});
