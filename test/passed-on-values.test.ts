/**
 * The rules about values parsl passes on without checking (address-not-ip, implausible-memory,
 * default-aprun-launcher, unreachable-executor, toolchain modules in worker-init-no-activation):
 * their messages say what happens with the target's parsl, and their suggestions are right.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { resolveTarget, type TargetRequest } from '../src/catalog/index.js';
import { lintText } from '../src/engine/lint.js';
import { RULES } from '../rules/index.js';

const SLURM = `[parsl.executors.provider]
class = "SlurmProvider"
walltime = "24:00:00"
exclusive = false
worker_init = "source ~/.bashrc && conda activate qiime2-amplicon-2024.5"
`;

function diagnostics(text: string, rule: string, target: TargetRequest = {}) {
  return lintText(text, { rules: RULES, target: resolveTarget(target) }).diagnostics.filter((d) => d.rule === rule);
}

function htex(address: string): string {
  return `[parsl]\n\n[[parsl.executors]]\nclass = "HighThroughputExecutor"\nlabel = "default"\naddress = ${JSON.stringify(address)}\n\n${SLURM}`;
}

describe('address-not-ip', () => {
  test('a Python call: the interchange refuses it as the target parsl does', () => {
    const [newer] = diagnostics(htex("address_by_interface('ib0')"), 'address-not-ip');
    assert.match(newer!.message, /^address = "address_by_interface\('ib0'\)" is Python code, but QIIME 2 passes it to parsl as text and never runs it/);
    assert.match(newer!.message, /from parsl 2024\.11\.25 the interchange on this machine refuses it \("does not appear to be an IPv4 or IPv6 address"\)/);
    assert.match(newer!.message, /Remove address .* e\.g\. address = "10\.1\.0\.5"$/);
    assert.deepEqual([newer!.start.line, newer!.start.column], [6, 11]);
    const [older] = diagnostics(htex('address_by_hostname()'), 'address-not-ip', { qiime2: '2024.10' });
    assert.match(older!.message, /listens only on an IP address or an interface name \(anything else stops QIIME 2 with "Interchange failed to start"/);
  });

  test('the suggestion removes the line; IP addresses and an empty address pass', () => {
    const text = htex('login1');
    const [found] = diagnostics(text, 'address-not-ip');
    assert.equal(found!.suggestions[0]!.description, 'remove address');
    const [edit] = found!.suggestions[0]!.edits;
    assert.equal(text.slice(0, edit!.start) + edit!.text + text.slice(edit!.end), text.replace('address = "login1"\n', ''));
    for (const ok of ['10.1.0.5', 'fd00::5', '']) assert.deepEqual(diagnostics(htex(ok), 'address-not-ip'), [], ok);
  });
});

describe('implausible-memory', () => {
  const slurm = (memory: string) => `[parsl]\n\n[[parsl.executors]]\nclass = "HighThroughputExecutor"\nlabel = "default"\n\n${SLURM}mem_per_node = ${memory}\n`;

  test('96000 is 94 TB; the suggestions read it as MB', () => {
    const [found] = diagnostics(slurm('96000'), 'implausible-memory');
    assert.equal(
      found!.message,
      'mem_per_node = 96000 counts gigabytes: parsl writes `#SBATCH --mem=96000g`, 94 TB per node, which no node has: ' +
        'sbatch refuses the job ("Requested node configuration is not available"), and no worker runs. If you meant 96000 MB, write mem_per_node = 93',
    );
    assert.deepEqual(
      found!.suggestions.map((s) => [s.description, s.edits[0]!.text]),
      [
        ['mem_per_node = 93 (96000 MB at 1024 MB to the GB)', '93'],
        ['mem_per_node = 96 (96000 MB at 1000 MB to the GB)', '96'],
      ],
    );
  });

  test('a value that is no node in MB either gets no MB reading; digits exact beyond 2^53', () => {
    const [huge] = diagnostics(slurm('99_999_999_999_999_999_999'), 'implausible-memory');
    assert.equal(
      huge!.message,
      'mem_per_node = 99999999999999999999 counts gigabytes: parsl writes `#SBATCH --mem=99999999999999999999g`, billions of TB per node, which no node has: ' +
        'sbatch refuses the job ("Requested node configuration is not available"), and no worker runs. Write the memory of one node in GB',
    );
    assert.deepEqual(huge!.suggestions, []);
    assert.deepEqual(diagnostics(slurm('inf'), 'implausible-memory'), [], 'inf is a type error, not a size');
  });

  test('the threshold is 16384 GB', () => {
    assert.equal(diagnostics(slurm('16384'), 'implausible-memory').length, 1);
    assert.equal(diagnostics(slurm('16383'), 'implausible-memory').length, 0);
  });
});

describe('unreachable-executor', () => {
  const layout = (initBlocks: string) =>
    `[parsl]\n\n[[parsl.executors]]\nclass = "ThreadPoolExecutor"\nlabel = "default"\n\n[[parsl.executors]]\nclass = "HighThroughputExecutor"\nlabel = "htex"\n\n${SLURM}${initBlocks}`;

  test('the 2023 layout: every action runs in threads, the Slurm job idles', () => {
    const [found] = diagnostics(layout(''), 'unreachable-executor', { qiime2: '2024.5' });
    assert.match(found!.message, /^executor "htex" \(SlurmProvider\) is neither labelled "default" nor named in executor_mapping/);
    assert.match(found!.message, /a ThreadPoolExecutor: threads on the machine where QIIME 2 runs, often a login node\) instead, while "htex" still submits a job \(init_blocks\) that sits idle\./);
    assert.deepEqual([found!.start.line, found!.start.column], [9, 9]);
    const [three] = diagnostics(layout('init_blocks = 3\n'), 'unreachable-executor');
    assert.match(three!.message, /submits 3 jobs \(init_blocks\) that sit idle/);
    const [none] = diagnostics(layout('init_blocks = 0\n'), 'unreachable-executor');
    assert.doesNotMatch(none!.message, /idle/);
  });

  test('a mapping to its label, in either form, reaches it', () => {
    assert.deepEqual(diagnostics(`${layout('')}\n[parsl.executor_mapping]\ndenoise_paired = "htex"\n`, 'unreachable-executor', { qiime2: '2024.5' }), []);
    assert.deepEqual(diagnostics(`${layout('')}\n[parsl.executor_mapping.dada2]\ndenoise_paired = "htex"\n`, 'unreachable-executor'), []);
  });
});

describe('worker-init-no-activation with modules', () => {
  const withInit = (init: string) => `[parsl]\n\n[[parsl.executors]]\nclass = "HighThroughputExecutor"\nlabel = "default"\n\n${SLURM.replace(/worker_init = .*/, `worker_init = ${JSON.stringify(init)}`)}`;

  test('toolchain modules alone are named', () => {
    const [found] = diagnostics(withInit('module load python/3.12'), 'worker-init-no-activation');
    assert.match(found!.message, /^worker_init loads only the module python\/3\.12: a compiler, a bare Python or a module tree, not a QIIME 2 environment;/);
    const [two] = diagnostics(withInit('ml purge; ml GCCcore/13.3.0 Python/3.12.3-GCCcore-13.3.0'), 'worker-init-no-activation');
    assert.match(two!.message, /^worker_init loads only the modules GCCcore\/13\.3\.0, Python\/3\.12\.3-GCCcore-13\.3\.0:/);
    const [init] = diagnostics(withInit('source /etc/profile.d/modules.sh; module load gcc'), 'worker-init-no-activation');
    assert.match(init!.message, /loads only the module gcc:/, "sourcing the module system's init file activates nothing");
  });

  test('QIIME 2 and conda modules, and a venv after a Python module, are activations', () => {
    for (const init of ['module load qiime2/2024.5', 'module load gcc/10.2.0 anaconda3/2021.05', 'ml bioinfo Qiime/2-2023.9', 'module load bio/qiime2/2021.11', 'module load python/3.12 && source ~/q2/bin/activate']) {
      assert.deepEqual(diagnostics(withInit(init), 'worker-init-no-activation'), [], init);
    }
  });
});
