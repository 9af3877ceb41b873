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
 */
import type { ShellCommand } from './shell-commands.js';

export type ActivatingTool = 'conda' | 'mamba' | 'micromamba';

const TOOLS: readonly ActivatingTool[] = ['conda', 'mamba', 'micromamba'];

/** Other commands that plausibly put an environment in place (generous on purpose). */
const ACTIVATING_COMMANDS = new Set(['source', '.', 'module', 'ml', 'eval', 'pixi', 'workon', 'pyenv', 'use']);

/** Files `conda init`, `mamba shell init` and `micromamba shell init` write their hook into. */
const STARTUP_FILES = new Set(['.bashrc', '.bash_profile', '.bash_login', '.profile', 'bashrc', 'bash.bashrc', 'profile']);

/** Module names that typically provide conda, mamba or a Python distribution with one. */
const CONDA_LIKE = /conda|mamba|forge|python/i;

export function commandName(command: ShellCommand): string | undefined {
  return command.words[0]?.text;
}

/** `conda activate …` (or mamba, micromamba): the tool, else undefined. */
export function activateCall(command: ShellCommand): ActivatingTool | undefined {
  const name = commandName(command);
  return TOOLS.find((tool) => tool === name) && command.words[1]?.text === 'activate' ? (name as ActivatingTool) : undefined;
}

export function activatesEnvironment(command: ShellCommand): boolean {
  const name = commandName(command);
  if (name === undefined) return command.assignments.some((word) => word.text.startsWith('PATH='));
  if (activateCall(command) || ACTIVATING_COMMANDS.has(name)) return true;
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
