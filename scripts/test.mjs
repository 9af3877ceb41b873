#!/usr/bin/env node
// `npm test` after the build: node --test over the tests in dist/test/ (or the paths given) with a temporary
// directory of its own, which must be empty when the tests end: a test that leaves a file or a
// folder behind fails the run, even though the tests run in parallel processes.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const temp = mkdtempSync(path.join(tmpdir(), 'parsl-lint-test-run-'));
chmodSync(temp, 0o1777); // like /tmp: tests that run the command as another user make their folders in it
// The *.test.js files only: node --test given a folder would also run every other module under a
// `test` folder (the bench, the fuzz runner, the helpers).
const targets = process.argv.length > 2 ? process.argv.slice(2) : readdirSync('dist/test', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.test.js')).map((file) => path.join('dist/test', file));
// The command's code cache (src/launcher.ts) goes to a folder of the run's own, not the user's ~/.cache.
const cache = mkdtempSync(path.join(tmpdir(), 'parsl-lint-test-cache-'));
const run = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...targets], { stdio: 'inherit', env: { ...process.env, TMPDIR: temp, XDG_CACHE_HOME: cache } });
const left = readdirSync(temp);
rmSync(temp, { recursive: true, force: true });
rmSync(cache, { recursive: true, force: true });
if (left.length > 0) {
  process.stderr.write(`the tests left ${left.length} temporary ${left.length === 1 ? 'entry' : 'entries'} behind: ${left.slice(0, 5).join(', ')}${left.length > 5 ? ', …' : ''}\n`);
  process.exit(1);
}
process.exit(run.status ?? 1);
