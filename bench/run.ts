/**
 * `npm run bench`: how long a user waits, as ratios. The machine this runs on may be shared, so
 * no absolute time is a result: each figure is a ratio of medians of runs that alternate with
 * the thing compared (one after the other, round after round), so that a busy neighbour slows
 * both sides alike. Prints figures; asserts nothing (timings belong here, not in tests).
 *
 * - one file against `node -e 0`, with NODE_EXTRA_CA_CERTS unset (as on most machines: with it,
 *   every Node start reads a CA bundle) and, when it is set here, with it; with a config file;
 *   and without the code cache (src/launcher.ts), as a user's first run starts;
 * - files per second over 1,000 and 10,000 generated configs, and peak memory; the same files
 *   through ESLint + eslint-plugin-toml and taplo when they are installed (BENCH_TOOLS=folder
 *   holding node_modules/.bin/eslint or taplo, else the repository's own node_modules);
 * - a "linear on any input" table: each shape at size N and 2N, and how time and memory grow.
 *
 * BENCH_RUNS sets the rounds of the start-up comparison (default 15).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { binPath, repoRoot } from '../test/support/paths.js';
import { SHAPES } from './shapes.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const work = mkdtempSync(path.join(tmpdir(), 'parsl-lint-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

// A preload that reports the process's peak resident memory when it exits.
const peakFile = path.join(work, 'peak-rss');
const preload = path.join(work, 'peak-rss.cjs');
writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(peakFile)}, String(process.resourceUsage().maxRSS)));\n`);

interface Run {
  readonly ms: number;
  /** Peak resident memory in MiB, when measured. */
  readonly mib?: number;
}

type Env = NodeJS.ProcessEnv;
// The command's code cache (src/launcher.ts) in the bench's own folder: the figures do not depend
// on what an earlier run left in ~/.cache, and nothing is left behind.
const withCa: Env = { ...process.env, XDG_CACHE_HOME: path.join(work, 'cache') };
const clean: Env = { ...withCa };
delete clean['NODE_EXTRA_CA_CERTS'];
const noCodeCache: Env = { ...clean, PARSL_LINT_NO_CODE_CACHE: '1' };

function timeRun(command: string, args: readonly string[], env: Env, options: { cwd?: string; peak?: boolean } = {}): Run {
  const start = performance.now();
  const argv = options.peak ? ['--require', preload, ...args] : args;
  const run = spawnSync(command, argv, { env, cwd: options.cwd, stdio: 'ignore' });
  const ms = performance.now() - start;
  if (run.error) throw run.error;
  // 0 or 1 (problems found) is a run that did its job; anything else timed a failure.
  if (run.status !== 0 && run.status !== 1) throw new Error(`${path.basename(command)} ${args.join(' ')} exited with ${run.status}`);
  if (!options.peak) return { ms };
  return { ms, mib: Number(readFileSync(peakFile, 'utf8')) / 1024 };
}

/** Runs each contender once per round, in turn, and returns each one's runs. */
function alternate(rounds: number, contenders: readonly (() => Run)[]): Run[][] {
  const runs: Run[][] = contenders.map(() => []);
  for (let round = 0; round < rounds; round++) contenders.forEach((contender, index) => runs[index]!.push(contender()));
  return runs;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const medianMs = (runs: readonly Run[]) => median(runs.map((run) => run.ms));
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

console.log('parsl-lint bench. Ratios of medians of alternating runs; absolute times on a shared machine mean little.\n');

// --- One file -----------------------------------------------------------------------------
const example = path.join(repoRoot, 'fixtures', 'examples', 'slurm-mem-per-node.toml');
const withConfig = path.join(work, 'with-config');
mkdirSync(withConfig);
writeFileSync(path.join(withConfig, 'parsl.toml'), readFileSync(example));
writeFileSync(path.join(withConfig, 'parsl-lint.toml'), 'parsl = "2025.10.06"\n\n[rules]\nexclusive-by-default = "warning"\n');
const rounds = Number(process.env['BENCH_RUNS'] ?? 15);
const node = process.execPath;
// The first lint writes the code cache; the runs timed below start from it, as every run after a user's first does.
timeRun(node, [binPath, example], clean);
const [bare, cli, configured, uncached] = alternate(rounds, [
  () => timeRun(node, ['-e', '0'], clean),
  () => timeRun(node, [binPath, example], clean),
  () => timeRun(node, [binPath, 'parsl.toml'], clean, { cwd: withConfig }),
  () => timeRun(node, [binPath, example], noCodeCache),
]);
console.log(`One file (${rounds} rounds), NODE_EXTRA_CA_CERTS unset:`);
console.log(`  parsl-lint FILE / node -e 0:                  ${ratio(medianMs(cli!), medianMs(bare!))}   (goal ≤ 2×, aim ≤ 1.5×)`);
console.log(`  with a parsl-lint.toml beside it / without:   ${ratio(medianMs(configured!), medianMs(cli!))}   (goal ≤ 1×)`);
console.log(`  without the code cache (a first run) / node -e 0: ${ratio(medianMs(uncached!), medianMs(bare!))}`);
if (withCa['NODE_EXTRA_CA_CERTS']) {
  const [bareCa, cliCa] = alternate(rounds, [() => timeRun(node, ['-e', '0'], withCa), () => timeRun(node, [binPath, example], withCa)]);
  console.log(`  with NODE_EXTRA_CA_CERTS set: parsl-lint FILE / node -e 0: ${ratio(medianMs(cliCa!), medianMs(bareCa!))}`);
}

// --- Batch ----------------------------------------------------------------------------------
/** Configs that differ: providers, sizes, a few problems each, as a real project folder has. */
function generatedConfig(index: number): string {
  const provider = ['SlurmProvider', 'PBSProProvider', 'LocalProvider'][index % 3]!;
  const batch = provider === 'LocalProvider' ? '' : `walltime = "${(index % 47) + 1}:00:00"\nnodes_per_block = ${(index % 4) + 1}\nmax_blocks = ${index % 50}\n`;
  const directive = provider === 'SlurmProvider' ? `scheduler_options = "#SBATCH --constraint=c${index % 7}\\n#SBATCH --comment=run${index}"\n` : '';
  return `# generated config ${index}
[parsl]
strategy = "${index % 5 === 0 ? 'none' : 'simple'}"

[[parsl.executors]]
class = "HighThroughputExecutor"
label = "${index % 9 === 0 ? 'tpool' : 'default'}"
max_workers_per_node = ${(index % 16) + 1}

[parsl.executors.provider]
class = "${provider}"
worker_init = "module load qiime2/2025.${(index % 10) + 1}"
${batch}${directive}
[parsl.executor_mapping]
action_${index % 13} = "default"
`;
}

function generateFolder(name: string, count: number): string {
  const root = path.join(work, name);
  for (let i = 0; i < count; i++) {
    const folder = path.join(root, `project-${Math.floor(i / 100)}`);
    if (i % 100 === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `config-${i}.toml`), generatedConfig(i));
  }
  return root;
}

const tools = process.env['BENCH_TOOLS'] ?? repoRoot;
const eslintBin = path.join(tools, 'node_modules', '.bin', 'eslint');
const taploBin = path.join(tools, 'node_modules', '.bin', 'taplo');
const hasEslint = existsSync(eslintBin) && existsSync(path.join(tools, 'node_modules', 'eslint-plugin-toml'));
const hasTaplo = existsSync(taploBin);

console.log('\nBatch (generated configs in 100-file folders; default output, to /dev/null):');
for (const [count, batchRounds] of [
  [1000, 3],
  [10_000, 2],
] as const) {
  const folder = generateFolder(`batch-${count}`, count);
  if (hasEslint) {
    const plugin = pathToFileURL(createRequire(path.join(tools, 'package.json')).resolve('eslint-plugin-toml')).href;
    writeFileSync(path.join(folder, 'eslint.config.mjs'), `import toml from ${JSON.stringify(plugin)};\nexport default [...toml.configs['flat/recommended']];\n`);
  }
  const contenders: (() => Run)[] = [() => timeRun(node, [binPath, '.'], clean, { cwd: folder, peak: true })];
  if (hasEslint) contenders.push(() => timeRun(eslintBin, ['.'], clean, { cwd: folder }));
  if (hasTaplo) contenders.push(() => timeRun(taploBin, ['lint', '**/*.toml'], clean, { cwd: folder }));
  const [ours, ...others] = alternate(batchRounds, contenders);
  const ms = medianMs(ours!);
  const peak = Math.max(...ours!.map((run) => run.mib ?? 0));
  console.log(`  ${String(count).padStart(6)} files: ${Math.round((count / ms) * 1000)} files/s (goal ≥ 3,000 at 10,000), peak RSS ${peak.toFixed(0)} MiB (goal ≤ 150 at 10,000)`);
  const compared = [...(hasEslint ? ['ESLint + eslint-plugin-toml'] : []), ...(hasTaplo ? ['taplo lint'] : [])];
  compared.forEach((name, index) => console.log(`          ${name} time / parsl-lint time: ${ratio(medianMs(others[index]!), ms)} (above 1: parsl-lint is faster)`));
}
if (!hasEslint) console.log('  ESLint + eslint-plugin-toml: not installed, skipped (npm install --prefix DIR eslint eslint-plugin-toml; BENCH_TOOLS=DIR)');
if (!hasTaplo) console.log('  taplo: not installed, skipped (npm install --prefix DIR @taplo/cli; BENCH_TOOLS=DIR)');

// --- Linear on any input -------------------------------------------------------------------
console.log('\nLinear on any input: each shape at N and 2N (in a process of its own; goal ≤ ~2.5× per doubling):');
console.log(`  ${'shape'.padEnd(46)} ${'N'.padStart(7)} ${'time 2N/N'.padStart(10)} ${'memory 2N/N'.padStart(12)}  (N: ms, MiB above start)`);
const measure = path.join(here, 'measure-shape.js');
for (const [index, shape] of SHAPES.entries()) {
  const sample = (n: number) => JSON.parse(spawnSync(node, [measure, String(index), String(n)], { env: clean, encoding: 'utf8' }).stdout) as { ms: number; mib: number };
  // Alternating, twice each, the lower time of each size: one slow run on a busy machine is noise.
  const [small1, large1, small2, large2] = [sample(shape.n), sample(2 * shape.n), sample(shape.n), sample(2 * shape.n)];
  const small = { ms: Math.min(small1.ms, small2.ms), mib: Math.min(small1.mib, small2.mib) };
  const large = { ms: Math.min(large1.ms, large2.ms), mib: Math.min(large1.mib, large2.mib) };
  // Memory below a few MiB is mostly noise; its ratio says nothing.
  const memory = small.mib < 4 ? 'small' : ratio(large.mib, small.mib);
  console.log(`  ${shape.name.padEnd(46)} ${String(shape.n).padStart(7)} ${ratio(large.ms, small.ms).padStart(10)} ${memory.padStart(12)}  (${small.ms.toFixed(0)} ms, ${small.mib.toFixed(0)} MiB)`);
}
