/**
 * `npm run bench`: how long a user waits. Config files are tiny, so start-up dominates: this
 * measures a cold `parsl-lint FILE` against a bare `node`, then in-process lint time and memory.
 * Prints figures; asserts nothing (timings belong here, not in tests).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { resolveTarget } from '../src/catalog/index.js';
import { lintBytes } from '../src/engine/lint.js';
import { RULES } from '../rules/index.js';
import { binPath, repoRoot } from '../test/support/paths.js';

const example = path.join(repoRoot, 'fixtures', 'examples', 'slurm-mem-per-node.toml');

function timeProcess(args: string[], runs: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    spawnSync(process.execPath, args, { stdio: 'ignore' });
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

function describe(times: number[]): string {
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
  return `median ${at(0.5)} ms, p90 ${at(0.9)} ms (${times.length} runs)`;
}

const runs = Number(process.env['BENCH_RUNS'] ?? 20);
const bare = timeProcess(['-e', ''], runs);
const cli = timeProcess([binPath, example], runs);
console.log(`node -e '' (baseline):        ${describe(bare)}`);
console.log(`parsl-lint one file (cold):   ${describe(cli)}`);

const bytes = readFileSync(example);
const target = resolveTarget({});
const iterations = 2000;
lintBytes(bytes, { rules: RULES, target });
const start = performance.now();
for (let i = 0; i < iterations; i++) lintBytes(bytes, { rules: RULES, target });
const perFile = (performance.now() - start) / iterations;
console.log(`lint in process (warm):       ${(perFile * 1000).toFixed(0)} µs per file (${iterations} lints)`);
console.log(`resident memory after that:   ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);
