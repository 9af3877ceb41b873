/**
 * What the commands of a `worker_init` do to the environment the workers start in: which of them
 * activate one (conda, mamba, micromamba, environment modules, venvs, spack, pixi, a PATH
 * change), and which load the shell hook that `conda activate` and its cousins need.
 *
 * `conda activate` is a shell function that conda's hook defines; without it the `conda`
 * executable runs and refuses (conda/cli/main_mock_activate.py: "Run 'conda init' before 'conda
 * activate'", from conda 23.11; before that conda/exceptions.py's "Your shell has not been properly
 * configured to use 'conda activate'."). mamba 2 and micromamba behave alike (micromamba/src/
 * activate.cpp: "'micromamba' is running as a subprocess and can't modify the parent shell.").
 * The hook comes from `source <prefix>/etc/profile.d/conda.sh` (mamba.sh, micromamba.sh),
 * `eval "$(conda shell.bash hook)"` (`mamba shell hook`, `micromamba shell hook`), or the block
 * `conda init` / `mamba shell init` write into ~/.bashrc; conda's `bin/activate` sources conda.sh
 * itself (conda/shell/bin/activate), so `source activate env` works. A batch job's bash is neither
 * interactive nor a login shell, so it reads no startup file by itself.
 *
 * A `module load` puts an environment in place only when the module is one: sites ship QIIME 2 as
 * a module (`qiime2/2022.8`, `QIIME2/2025.4`, `Qiime/2-2023.9`) or a conda to activate it with
 * (`anaconda3`, `miniconda`, `miniforge3`), often after modules that only open a module tree or
 * bring a compiler (`module load gcc/10.2.0 #prereq for qiime`, `bioinfo`, `biocontainers`,
 * `bear-apps/2023a`; rules/worker-init-no-activation/README.md names the site scripts). Those, and
 * a bare Python, are not a QIIME 2 environment.
 */
import type { ShellCommand } from './shell-commands.js';

export type ActivatingTool = 'conda' | 'mamba' | 'micromamba';

const TOOLS: readonly ActivatingTool[] = ['conda', 'mamba', 'micromamba'];

/** Other commands that plausibly put an environment in place (generous on purpose). */
const ACTIVATING_COMMANDS = new Set(['source', '.', 'eval', 'pixi', 'workon', 'pyenv', 'use']);

/** `module` subcommands that load modules (Environment Modules, Lmod); `ml NAME` loads too. */
const MODULE_LOADS = new Set(['load', 'add', 'try-load', 'try-add', 'swap', 'switch', 'restore']);

/** Lmod's `ml` subcommands that load nothing; any other first word of `ml` is a module name. */
const ML_OTHER = new Set(['purge', 'list', 'avail', 'av', 'spider', 'unload', 'rm', 'del', 'use', 'unuse', 'show', 'display', 'help', 'save', 'savelist', 'describe', 'reset', 'keyword', 'whatis', 'overview', 'refresh', 'update', 'is-loaded', 'is-avail', 'tablelist', 'gitversion']);

/**
 * Modules that bring a compiler, MPI, CUDA, a bare language runtime or a build tool, or open a
 * module tree, matched on the name before the version (`gcc/10.2.0`, `Python/3.12.3-GCCcore-13.3.0`).
 */
const TOOLCHAIN_MODULE =
  /^(gcc|gcccore|gnu\d*|intel|intel-compilers|intel-oneapi-\w+|oneapi|llvm|clang|aocc|nvhpc|pgi|openmpi|mpich|mvapich2?|impi|intel-mpi|cuda|cudatoolkit|cudnn|nccl|python|python3|r|java|jdk|julia|perl|go|rust|nodejs|cmake|git|stdenv|foss|gompi|bioinfo|biocontainers|bear-apps|modtree|use\.own)$/i;

/** Sourcing the module system itself (`/usr/share/Modules/init/bash`, `/etc/profile.d/lmod.sh`) activates nothing. */
const MODULE_INIT = /(^|\/)(modules|lmod|z00_lmod)\.(sh|bash)$|\/(modules|lmod)\/(\S*\/)?init\//i;

/** Files `conda init`, `mamba shell init` and `micromamba shell init` write their hook into. */
const STARTUP_FILES = new Set(['.bashrc', '.bash_profile', '.bash_login', '.profile', 'bashrc', 'bash.bashrc', 'profile']);

/** Module names that typically provide conda, mamba or a Python distribution with one. */
const CONDA_LIKE = /conda|mamba|forge|python/i;

function commandName(command: ShellCommand): string | undefined {
  return command.words[0]?.text;
}

/** `conda activate …` (or mamba, micromamba): the tool, else undefined. */
export function activateCall(command: ShellCommand): ActivatingTool | undefined {
  const name = commandName(command);
  return TOOLS.find((tool) => tool === name) && command.words[1]?.text === 'activate' ? (name as ActivatingTool) : undefined;
}

/** The modules a `module load …` or `ml …` command loads; undefined for any other command. */
export function moduleLoads(command: ShellCommand): string[] | undefined {
  const [name, ...args] = command.words.map((word) => word.text);
  if (name === 'module' && MODULE_LOADS.has(args[0] ?? '')) return args.slice(1).filter((arg) => !arg.startsWith('-'));
  if (name === 'ml' && !ML_OTHER.has(args[0] ?? '')) return args.filter((arg) => !arg.startsWith('-'));
  return name === 'module' || name === 'ml' ? [] : undefined;
}

/** `gcc/10.2.0`, `Python/3.12.3-GCCcore-13.3.0`, `python3`: a toolchain, not an environment. */
function isToolchainModule(module: string): boolean {
  const name = module.split('/')[0]!.replace(/-\d[\w.-]*$/, '');
  return TOOLCHAIN_MODULE.test(name);
}

export function activatesEnvironment(command: ShellCommand): boolean {
  const name = commandName(command);
  if (name === undefined) return command.assignments.some((word) => word.text.startsWith('PATH='));
  if (activateCall(command)) return true;
  if (name === 'source' || name === '.') return !MODULE_INIT.test(command.words[1]?.text ?? '');
  if (ACTIVATING_COMMANDS.has(name)) return true;
  const modules = moduleLoads(command);
  if (modules) return modules.some((module) => !isToolchainModule(module));
  if (name === 'spack') return ['load', 'env'].includes(command.words[1]?.text ?? '');
  if (name === 'export') return command.words.some((word) => word.text.startsWith('PATH='));
  return false;
}

/** Whether the command makes `<tool> activate` work in the rest of the script. */
export function loadsShellHook(command: ShellCommand, tool: ActivatingTool): boolean {
  const name = commandName(command);
  const args = command.words.slice(1).map((word) => word.text);
  if (name === 'source' || name === '.') {
    const file = args[0] ?? '';
    const base = file.slice(file.lastIndexOf('/') + 1);
    if (base === 'activate') return tool === 'conda';
    // A startup file, or a setup script named after the tool (conda.sh, a site's conda_setup.sh).
    return STARTUP_FILES.has(base) || CONDA_LIKE.test(file);
  }
  if (name === 'eval') {
    const text = args.join(' ').replace(/['"]/g, '');
    const hookOf = tool === 'conda' ? /conda\S*\s+shell\.\w+\s+hook/i : new RegExp(`(${tool}|MAMBA_EXE)\\S*\\s+shell\\s+hook`, 'i');
    return hookOf.test(text);
  }
  if (name === 'module' || name === 'ml') return args.some((arg) => CONDA_LIKE.test(arg));
  return false;
}
