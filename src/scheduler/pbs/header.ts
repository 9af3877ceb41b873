/**
 * The batch script parsl's PBSProProvider and TorqueProvider write, line by line, with where each
 * line came from, and which of its options qsub keeps.
 *
 * Sources (parsl-signatures/README.md "Batch-script headers"): parsl
 * `parsl/providers/pbspro/template.py`, `parsl/providers/torque/template.py` and the two
 * `submit()`s, read at Parsl/parsl b8b474c7 and at tag 2024.04.15 (same shape; before 2024.04.15
 * PBS Pro's `-o`/`-e` were `<script_dir>/<job>.submit.stdout` like Torque's). PBSProProvider
 * subclasses TorqueProvider; neither is typechecked, and both pass `queue` and `account` on qsub's
 * command line (`qsub -q <queue> -A <account> <script>`), not in the script.
 */
import {
  assembleScript,
  blockName,
  fieldPiece,
  pythonInt,
  scriptDir,
  templatePiece,
  type RenderedScript,
  type ScriptContext,
  type ScriptPiece,
} from '../rendered-script.js';
import { commandLineWins, firstWins, lastWins, type SettingOverride, type WrittenSetting } from '../overrides.js';

export type PbsProviderClass = 'PBSProProvider' | 'TorqueProvider';

/** TorqueProvider's parameters that shape the script, by their parsl names, with the target release's defaults where unwritten (src/model/jobs.ts). */
export interface TorqueProviderFields {
  /** Written as given. */
  readonly walltime: string;
  readonly nodes_per_block: number;
  readonly queue?: string | null;
  readonly account?: string | null;
  readonly scheduler_options: string;
  readonly worker_init: string;
}

/** PBSProProvider's: Torque's and two of its own. */
export interface PbsProProviderFields extends TorqueProviderFields {
  readonly cpus_per_node: number;
  readonly select_options: string;
}

export type PbsProviderFields = TorqueProviderFields | PbsProProviderFields;

export type PbsProviderField = keyof PbsProProviderFields;

export interface RenderedPbsScript extends RenderedScript<PbsProviderField> {
  /** The options parsl puts on qsub's command line, from `queue` and `account`. */
  readonly commandLine: readonly WrittenSetting[];
}

/**
 * `tasks_per_node` is `submit()`'s argument, and every BlockProviderExecutor passes 1
 * (parsl/executors/status_handling.py).
 */
const TASKS_PER_NODE = 1;

export function renderPbsHeader(provider: 'PBSProProvider', fields: PbsProProviderFields, context?: ScriptContext): RenderedPbsScript;
export function renderPbsHeader(provider: 'TorqueProvider', fields: TorqueProviderFields, context?: ScriptContext): RenderedPbsScript;
export function renderPbsHeader(provider: PbsProviderClass, fields: PbsProviderFields, context?: ScriptContext): RenderedPbsScript;
export function renderPbsHeader(provider: PbsProviderClass, fields: PbsProviderFields, context: ScriptContext = {}): RenderedPbsScript {
  const block = blockName(context);
  const dir = scriptDir(context);
  const pieces = provider === 'PBSProProvider' ? pbsProPieces(fields as PbsProProviderFields, block, dir) : torquePieces(fields, block, dir);
  return { ...assembleScript(pieces), commandLine: commandLine(fields) };
}

/** PBSProProvider.submit(): the job is `<name>.<time.time()>`, its output `<script_dir>/<job>.stdout`. */
function pbsProPieces(fields: PbsProProviderFields, blockName: string, scriptDir: string): ScriptPiece<PbsProviderField>[] {
  const job = `${blockName}.1700000000.0`;
  // submit() adds a ':' before select_options unless it has one.
  const selectOptions = fields.select_options;
  const select = selectOptions && !selectOptions.startsWith(':') ? `:${selectOptions}` : selectOptions;
  return [
    templatePiece(`#!/bin/bash\n\n#PBS -S /bin/bash\n#PBS -N ${job}\n#PBS -m n\n`),
    templatePiece(`#PBS -l walltime=${fields.walltime}\n`, 'walltime'),
    templatePiece(`#PBS -l select=${pythonInt(fields.nodes_per_block)}:ncpus=${pythonInt(fields.cpus_per_node)}${select}\n`, 'nodes_per_block'),
    templatePiece(`#PBS -o ${scriptDir}/${job}.stdout\n#PBS -e ${scriptDir}/${job}.stderr\n`),
    ...userString('scheduler_options', fields.scheduler_options),
    templatePiece('\n'),
    ...userString('worker_init', fields.worker_init),
    templatePiece(`\nexport JOBNAME="${job}"\n`),
  ];
}

/** TorqueProvider.submit(): the job is `parsl.<name>.<time.time()>`; the user's options come first. */
function torquePieces(fields: TorqueProviderFields, blockName: string, scriptDir: string): ScriptPiece<PbsProviderField>[] {
  const job = `parsl.${blockName}.1700000000.0`;
  return [
    templatePiece('#!/bin/bash\n\n'),
    ...userString('scheduler_options', fields.scheduler_options),
    templatePiece(`#PBS -S /bin/bash\n#PBS -N ${job}\n#PBS -m n\n`),
    templatePiece(`#PBS -l walltime=${fields.walltime}\n`, 'walltime'),
    templatePiece(`#PBS -l nodes=${pythonInt(fields.nodes_per_block)}:ppn=${TASKS_PER_NODE}\n`, 'nodes_per_block'),
    templatePiece(`#PBS -o ${scriptDir}/${job}.submit.stdout\n#PBS -e ${scriptDir}/${job}.submit.stderr\n\n`),
    ...userString('worker_init', fields.worker_init),
    templatePiece(`\nexport JOBNAME="${job}"\n`),
  ];
}

/** `${field}` followed by the template's newline. */
function userString(field: 'scheduler_options' | 'worker_init', text: string): ScriptPiece<PbsProviderField>[] {
  return [fieldPiece(field, field, text), { text: '\n', source: field, field }];
}

/** `if self.queue is not None` / `if self.account is not None`: an empty string is passed too. */
function commandLine(fields: TorqueProviderFields): WrittenSetting[] {
  const options: WrittenSetting[] = [];
  if (fields.queue !== undefined && fields.queue !== null) options.push({ key: '-q', text: `-q ${fields.queue}`, field: 'queue' });
  if (fields.account !== undefined && fields.account !== null) options.push({ key: '-A', text: `-A ${fields.account}`, field: 'account' });
  return options;
}

/**
 * The options parsl writes, each of which sets one attribute. Others are left out: `-W` and `-v`
 * set several attributes at once, and how qsub merges two of them was not looked into.
 */
const SINGLE_VALUED: ReadonlySet<string> = new Set(['-A', '-N', '-S', '-e', '-m', '-o', '-q']);

/**
 * - The command line beats the script (qsub(1B) of OpenPBS: "Attributes set via command-line
 *   options take precedence over those set using PBS directives"; Torque's qsub reads the script
 *   first and its command line second into the same table, `main_func()` in qsub_functions.c).
 * - PBS Pro, within the script: the last occurrence of an option wins (`process_opts()` in
 *   src/cmds/qsub.c), except for `-l` resources, where the first wins: `set_resources()`
 *   (src/lib/Libcmds/set_resource.c, the same since v14.1.0) adds a directive's resource only if
 *   the list has none of that name yet. Checked by compiling that function from v23.06.06.
 * - Torque, within the script: the last value wins, resources included (its options table
 *   replaces entries: `hash_add_item()`, and "the logic of last added element remains" in
 *   src/lib/Libcmds/add_verify_resources.c).
 */
export function pbsOverrides(provider: PbsProviderClass, written: readonly WrittenSetting[], commandLine: readonly WrittenSetting[]): SettingOverride[] {
  const settings = written.filter((setting) => setting.key.startsWith('-l ') || SINGLE_VALUED.has(setting.key));
  const onCommandLine = (setting: WrittenSetting) => commandLine.some((option) => option.key === setting.key);
  const overrides = commandLineWins(settings, commandLine, "options on qsub's command line take precedence over #PBS directives");
  const inScript = settings.filter((setting) => !onCommandLine(setting));
  if (provider === 'TorqueProvider') return [...overrides, ...lastWins(inScript, 'Torque keeps the last value a script sets')];
  const isResource = (setting: WrittenSetting) => setting.key.startsWith('-l ');
  return [
    ...overrides,
    ...firstWins(inScript.filter(isResource), 'PBS Pro keeps the first value a script gives a -l resource'),
    ...lastWins(
      inScript.filter((setting) => !isResource(setting)),
      'PBS Pro keeps the last occurrence of an option in a script',
    ),
  ];
}
