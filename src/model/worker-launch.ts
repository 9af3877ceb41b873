/**
 * The command parsl runs in each block of a HighThroughputExecutor: the worker pool command line,
 * wrapped by the provider's launcher and put after `worker_init` in the batch script.
 *
 * parsl/executors/high_throughput/executor.py, tags 2023.08.28 … 2026.02.23: the executor keeps
 * `launch_cmd` (its default template when unset or empty), `initialize_scaling()` fills the
 * template with `str.format` once the interchange is up (so Python's str() of every value), and
 * `_get_launch_command(block_id)` fills `{block_id}` per block. parsl/executors/status_handling.py
 * then calls `provider.submit(command, 1, job_name)`, and every batch provider's `submit()` puts
 * `self.launcher(command, tasks_per_node=1, self.nodes_per_block)` in the script as
 * `$user_script` (parsl/providers/slurm/slurm.py, template.py).
 */
import { pythonDefault, type ParamSpec, type ParslCatalog } from '../catalog/index.js';
import type { TomlNode } from '../document/tree.js';
import type { Executor, ParslObject } from './config.js';
import { providerLauncher } from './launcher.js';
import { numberSetting } from './settings.js';

export interface WorkerLaunch {
  /** The launcher class: the one written, or the provider's default in the target release. */
  readonly launcher: string;
  /** The worker pool command line; `<…>` stands for what is only known when parsl runs. */
  readonly command: string;
  /** What the launcher runs on each node of a block, in short. */
  readonly perNode: string;
}

/**
 * The launch command templates, each from the first catalogued release that has it to the next.
 * Text as in executor.py: `if not launch_cmd: self.launch_cmd = (...)` up to 2023.12.04, then
 * DEFAULT_LAUNCH_CMD. 2023.12.04 dropped `--start-method`; 2024.04.15 renamed `--max_workers` to
 * `--max_workers_per_node` and added `--cert_dir`, `--drain_period`, the MPI options; 2025.06.30
 * (not catalogued: its configs are read with 2024.12.09's catalog, hence this template) made the
 * two worker ports one, `--port`.
 */
const TEMPLATES: readonly { readonly since: string; readonly text: string }[] = [
  {
    since: '2023.08.28',
    text:
      'process_worker_pool.py {debug} {max_workers} -a {addresses} -p {prefetch_capacity} -c {cores_per_worker} ' +
      '-m {mem_per_worker} --poll {poll_period} --task_port={task_port} --result_port={result_port} --logdir={logdir} ' +
      '--block_id={{block_id}} --hb_period={heartbeat_period} {address_probe_timeout_string} ' +
      '--hb_threshold={heartbeat_threshold} --cpu-affinity {cpu_affinity} --available-accelerators {accelerators} ' +
      '--start-method {start_method}',
  },
  {
    since: '2023.12.04',
    text:
      'process_worker_pool.py {debug} {max_workers} -a {addresses} -p {prefetch_capacity} -c {cores_per_worker} ' +
      '-m {mem_per_worker} --poll {poll_period} --task_port={task_port} --result_port={result_port} --logdir={logdir} ' +
      '--block_id={{block_id}} --hb_period={heartbeat_period} {address_probe_timeout_string} ' +
      '--hb_threshold={heartbeat_threshold} --cpu-affinity {cpu_affinity} --available-accelerators {accelerators}',
  },
  {
    since: '2024.04.15',
    text:
      'process_worker_pool.py {debug} {max_workers_per_node} -a {addresses} -p {prefetch_capacity} -c {cores_per_worker} ' +
      '-m {mem_per_worker} --poll {poll_period} --task_port={task_port} --result_port={result_port} --cert_dir {cert_dir} ' +
      '--logdir={logdir} --block_id={{block_id}} --hb_period={heartbeat_period} {address_probe_timeout_string} ' +
      '--hb_threshold={heartbeat_threshold} --drain_period={drain_period} --cpu-affinity {cpu_affinity} ' +
      '{enable_mpi_mode} --mpi-launcher={mpi_launcher} --available-accelerators {accelerators}',
  },
  {
    since: '2026.02.23',
    text:
      'process_worker_pool.py {debug} {max_workers_per_node} -a {addresses} -p {prefetch_capacity} -c {cores_per_worker} ' +
      '-m {mem_per_worker} --poll {poll_period} --port={worker_port} --cert_dir {cert_dir} ' +
      '--logdir={logdir} --block_id={{block_id}} --hb_period={heartbeat_period} {address_probe_timeout_string} ' +
      '--hb_threshold={heartbeat_threshold} --drain_period={drain_period} --cpu-affinity {cpu_affinity} ' +
      '{enable_mpi_mode} --mpi-launcher={mpi_launcher} --available-accelerators {accelerators}',
  },
];

/** Undefined for other executors, a custom `launch_cmd`, or a provider whose launcher is unknown. */
export function workerLaunch(executor: Executor, provider: ParslObject, catalog: ParslCatalog): WorkerLaunch | undefined {
  if (executor.className !== 'HighThroughputExecutor') return undefined;
  // `if not launch_cmd:` the default template, an empty string included.
  if (truthy(param(executor, 'launch_cmd', catalog))) return undefined;
  const launcher = providerLauncher(provider, catalog);
  if (!launcher) return undefined;
  const command = fillTemplate(templateFor(catalog.version), launchValues(executor, catalog));
  const launcherObject = provider.children.find((child) => child.entry.key === 'launcher');
  return { launcher: launcher.className, command, perNode: perNode(launcher.className, launcherObject, blockNodes(provider, catalog), catalog) };
}

function templateFor(version: string): string {
  // YYYY.MM.DD strings sort as dates.
  return (TEMPLATES.filter((template) => template.since <= version).at(-1) ?? TEMPLATES[0]!).text;
}

/** `str.format` for the names in a template, then `_get_launch_command`'s `{block_id}`. */
function fillTemplate(template: string, values: ReadonlyMap<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}|\{(\w+)\}/g, (whole, escaped: string | undefined, name: string | undefined) =>
    escaped !== undefined ? (escaped === 'block_id' ? '<block id>' : `{${escaped}}`) : (values.get(name!) ?? whole),
  );
}

/** The keyword arguments `initialize_scaling()` passes to `format`, as Python's str() shows them. */
function launchValues(executor: Executor, catalog: ParslCatalog): Map<string, string> {
  const get = (name: string) => param(executor, name, catalog);
  const text = (name: string) => pythonStr(get(name));
  const has = (name: string) => catalog.lookup('executors', 'HighThroughputExecutor')?.params.has(name) ?? false;
  const label = text('label');
  const logdir = `<run dir>/${label}`;
  const logdirRoot = get('worker_logdir_root');
  const address = get('address');
  const probe = get('address_probe_timeout');
  const values = new Map<string, string>([
    ['debug', truthy(get('worker_debug')) ? '--debug' : ''],
    ['addresses', truthy(address) ? pythonStr(address) : '<interchange addresses>'],
    ['prefetch_capacity', text('prefetch_capacity')],
    ['cores_per_worker', text('cores_per_worker')],
    ['mem_per_worker', text('mem_per_worker')],
    ['poll_period', text('poll_period')],
    // The interchange picks the ports and reports them to the executor before the format.
    ['task_port', '<task port>'],
    ['result_port', '<result port>'],
    ['worker_port', '<worker port>'],
    // `curvezmq.create_certificates(self.logdir)` when encrypted, else cert_dir stays None.
    ['cert_dir', has('encrypted') && truthy(get('encrypted')) ? `${logdir}/certificates` : 'None'],
    ['logdir', logdirRoot && logdirRoot.kind !== 'none' ? `${pythonStr(logdirRoot)}/${label}` : logdir],
    ['heartbeat_period', text('heartbeat_period')],
    ['heartbeat_threshold', text('heartbeat_threshold')],
    ['address_probe_timeout_string', truthy(probe) ? `--address_probe_timeout=${pythonStr(probe)}` : ''],
    ['drain_period', text('drain_period')],
    ['cpu_affinity', text('cpu_affinity')],
    // A constructor argument in 2024.04.15 only; later a class attribute, False, set by MPIExecutor.
    ['enable_mpi_mode', has('enable_mpi_mode') && truthy(get('enable_mpi_mode')) ? '--enable_mpi_mode ' : ''],
    ['mpi_launcher', has('mpi_launcher') ? text('mpi_launcher') : 'mpiexec'],
    ['accelerators', accelerators(get('available_accelerators'))],
    ['start_method', text('start_method')],
  ]);
  // Up to 2023.12.04: `"" if self.max_workers == float('inf') else "--max_workers={}"`, the
  // default being inf. From 2024.04.15: `max_workers_per_node or max_workers or float("inf")`
  // (max_workers, the deprecated name, gone from 2024.09.09), then the same test.
  if (has('max_workers_per_node')) {
    const limit = ['max_workers_per_node', 'max_workers'].filter(has).map(get).find(truthy);
    values.set('max_workers_per_node', limit && !isInfinite(limit) ? `--max_workers_per_node=${pythonStr(limit)}` : '');
  } else {
    const limit = get('max_workers');
    values.set('max_workers', isInfinite(limit) ? '' : `--max_workers=${pythonStr(limit)}`);
  }
  return values;
}

/** `available_accelerators`: an int n names `0 … n-1`; a sequence is joined with spaces. */
function accelerators(value: PyValue | undefined): string {
  if (value?.kind === 'int') return Array.from({ length: Math.max(0, value.value) }, (_, index) => String(index)).join(' ');
  if (value?.kind === 'seq') return value.items.map(pythonStr).join(' ');
  return pythonStr(value);
}

/** The nodes the launcher is told the block has: nodes_per_block, except where submit() passes 1. */
function blockNodes(provider: ParslObject, catalog: ParslCatalog): number {
  // azure.py and googlecloud.py call `self.launcher(command, tasks_per_node, 1)`.
  if (provider.className === 'AzureProvider' || provider.className === 'GoogleCloudProvider') return 1;
  const nodes = numberSetting(provider, 'nodes_per_block', catalog)?.value;
  return nodes !== undefined && Number.isInteger(nodes) && nodes > 0 ? nodes : 1;
}

/**
 * What each launcher in parsl/launchers/launchers.py makes of `(command, 1, nodes)`: most start
 * `nodes` copies of the command through their tool, which places one per node; SingleNodeLauncher
 * starts them all in the background of the batch script on its node; SimpleLauncher and
 * WrappedLauncher run the command once.
 */
function perNode(className: string, launcher: ParslObject | undefined, nodes: number, catalog: ParslCatalog): string {
  const option = (name: string) => (launcher ? pythonStr(param(launcher, name, catalog)) : '');
  const idle = nodes > 2 ? `, none on the other ${nodes - 1} nodes` : nodes === 2 ? ', none on the other node' : '';
  // The tool's command line as the launcher writes it, without the empty `overrides` gap.
  const through = (...words: string[]) => `1 × process_worker_pool.py per node, from ${words.filter(Boolean).join(' ')}`;
  switch (className) {
    case 'SingleNodeLauncher':
      return `${nodes} × process_worker_pool.py on the batch script's node${idle}`;
    case 'SimpleLauncher':
      return `1 × process_worker_pool.py on the batch script's node${idle}`;
    case 'WrappedLauncher':
      return `1 × ${option('prepend')} process_worker_pool.py on the batch script's node${idle}`;
    case 'SrunLauncher':
      return through('srun --ntasks', String(nodes), '-l', option('overrides'), 'bash cmd_$SLURM_JOB_NAME.sh');
    case 'AprunLauncher':
      return through('aprun -n', String(nodes), '-N 1', option('overrides'), '/bin/bash cmd_$JOBNAME.sh');
    case 'JsrunLauncher':
      return through('jsrun -n', String(nodes), '-r 1', option('overrides'), '/bin/bash cmd_$JOBNAME.sh');
    default:
      return `${nodes} × process_worker_pool.py spread over the block's ${nodes} node${nodes === 1 ? '' : 's'} by ${className}`;
  }
}

/** A parameter's Python value: the TOML value written, else the release's default. */
type PyValue =
  | { readonly kind: 'none' }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'int'; readonly value: number; readonly text: string }
  | { readonly kind: 'float'; readonly value: number }
  | { readonly kind: 'str'; readonly value: string }
  | { readonly kind: 'seq'; readonly items: readonly PyValue[] };

function param(object: ParslObject, name: string, catalog: ParslCatalog): PyValue | undefined {
  const entry = object.params.get(name);
  if (entry) return fromToml(entry.value);
  const spec = object.className ? catalog.lookup(object.group, object.className)?.params.get(name) : undefined;
  return spec?.default == null ? undefined : fromDefault(spec);
}

function fromToml(node: TomlNode): PyValue | undefined {
  if (node.kind === 'array') {
    const items = node.items.map(fromToml);
    return items.every((item) => item !== undefined) ? { kind: 'seq', items: items as PyValue[] } : undefined;
  }
  if (node.kind !== 'scalar') return undefined;
  const { value } = node;
  if (typeof value === 'string') return { kind: 'str', value };
  if (typeof value === 'boolean') return { kind: 'bool', value };
  if (typeof value !== 'number') return undefined; // a TOML date
  if (node.type === 'float') return { kind: 'float', value };
  // Python ints are exact: beyond 2^53 show the literal (without `_`) rather than a rounded double.
  return { kind: 'int', value, text: Number.isSafeInteger(value) || node.literal === undefined ? String(BigInt(value)) : node.literal };
}

/** A default as Python source: a literal, or the two other forms HighThroughputExecutor's have. */
function fromDefault(spec: ParamSpec): PyValue | undefined {
  const source = spec.default?.trim();
  if (source === "float('inf')") return { kind: 'float', value: Infinity };
  if (source === '()') return { kind: 'seq', items: [] };
  const value = pythonDefault(spec);
  if (value === null) return { kind: 'none' };
  if (typeof value === 'boolean') return { kind: 'bool', value };
  if (typeof value === 'string') return { kind: 'str', value };
  if (typeof value !== 'number' || source === undefined) return undefined;
  // The source tells an int (`0`, `1_000`) from a float (`1.0`, `1e3`), which str() shows apart.
  const digits = source.replaceAll('_', '');
  return /^[+-]?\d+$/.test(digits) ? { kind: 'int', value, text: String(BigInt(digits)) } : { kind: 'float', value };
}

/** Python's truth value; unknown counts as false, as None would. */
function truthy(value: PyValue | undefined): boolean {
  if (!value) return false;
  switch (value.kind) {
    case 'none':
      return false;
    case 'bool':
      return value.value;
    case 'int':
    case 'float':
      return value.value !== 0;
    case 'str':
      return value.value !== '';
    case 'seq':
      return value.items.length > 0;
  }
}

function isInfinite(value: PyValue | undefined): boolean {
  return value?.kind === 'float' && value.value === Infinity;
}

/** Python's str() of a value; `<unknown>` for what this model cannot tell. */
function pythonStr(value: PyValue | undefined): string {
  if (!value) return '<unknown>';
  switch (value.kind) {
    case 'none':
      return 'None';
    case 'bool':
      return value.value ? 'True' : 'False';
    case 'int':
      return value.text;
    case 'float':
      return pythonFloat(value.value);
    case 'str':
      return value.value;
    case 'seq':
      // str() of a tuple/list shows reprs; only accelerators are joined, which accelerators() handles.
      return `[${value.items.map((item) => (item.kind === 'str' ? `'${item.value}'` : pythonStr(item))).join(', ')}]`;
  }
}

/**
 * repr(float): the shortest digits that round-trip (JS finds the same ones), positional when the
 * decimal exponent is in -4 … 15, else `1e+16` / `1e-05` (two exponent digits at least), and
 * always a `.0` on a whole number.
 */
export function pythonFloat(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  const [mantissa = '', exponentText = '0'] = Math.abs(value).toExponential().split('e');
  const digits = mantissa.replace('.', '');
  const exponent = Number(exponentText);
  const sign = value < 0 ? '-' : '';
  if (exponent < -4 || exponent >= 16) {
    const fraction = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${fraction}e${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
  const fraction = digits.slice(exponent + 1);
  return `${sign}${whole}.${fraction || '0'}`;
}
