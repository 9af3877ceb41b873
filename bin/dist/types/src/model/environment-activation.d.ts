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
/** `conda activate …` (or mamba, micromamba): the tool, else undefined. */
export declare function activateCall(command: ShellCommand): ActivatingTool | undefined;
/** The modules a `module load …` or `ml …` command loads; undefined for any other command. */
export declare function moduleLoads(command: ShellCommand): string[] | undefined;
export declare function activatesEnvironment(command: ShellCommand): boolean;
/** Whether the command makes `<tool> activate` work in the rest of the script. */
export declare function loadsShellHook(command: ShellCommand, tool: ActivatingTool): boolean;
