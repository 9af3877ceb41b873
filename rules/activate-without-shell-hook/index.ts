import { defineRule } from '../../src/engine/rule.js';
import { stringParam } from '../../src/model/config.js';
import { activateCall, loadsShellHook, type ActivatingTool } from '../../src/model/environment-activation.js';
import { isBatchProvider } from '../../src/model/providers.js';
import { shellCommands } from '../../src/model/shell-commands.js';

/** What each tool prints when its shell function is missing, and how to load it. */
const TOOL_FACTS: Readonly<Record<ActivatingTool, { says: string; hook: string }>> = {
  conda: {
    says: `conda stops with "CondaError: Run 'conda init' before 'conda activate'" (before conda 23.11: "Your shell has not been properly configured to use 'conda activate'.")`,
    hook: 'source <conda>/etc/profile.d/conda.sh, or eval "$(conda shell.bash hook)", or use "source activate <env>" instead',
  },
  mamba: {
    says: `mamba 2 stops with "'mamba' is running as a subprocess and can't modify the parent shell." (mamba 1: "Run 'mamba init' to be able to run mamba activate/deactivate")`,
    hook: 'eval "$(mamba shell hook --shell bash)" (mamba 2), or source <conda>/etc/profile.d/conda.sh and then mamba.sh (mamba 1)',
  },
  micromamba: {
    says: `micromamba stops with "'micromamba' is running as a subprocess and can't modify the parent shell."`,
    hook: 'eval "$(micromamba shell hook --shell bash)"',
  },
};

export const rule = defineRule({
  meta: {
    id: 'activate-without-shell-hook',
    severity: 'warning',
    description: "`worker_init` runs `conda activate` (or mamba's, micromamba's) before anything has loaded that tool's shell hook.",
    fix: 'none',
  },
  create: (context) => ({
    object(object) {
      if (!isBatchProvider(object)) return;
      const workerInit = stringParam(object, 'worker_init');
      if (!workerInit) return;
      const commands = shellCommands(workerInit.value);
      const reported = new Set<ActivatingTool>();
      commands.forEach((command, index) => {
        const tool = activateCall(command);
        if (!tool || reported.has(tool) || commands.slice(0, index).some((earlier) => loadsShellHook(earlier, tool))) return;
        reported.add(tool);
        const words = command.words;
        context.report({
          at: context.locate(workerInit).spanOf(words[0]!.start, words[words.length - 1]!.end),
          message: {
            headline: `"${tool} activate" needs ${tool}'s shell function, and the batch job's non-interactive bash has not loaded it`,
            note: `${TOOL_FACTS[tool].says}, and the workers start without the environment.`,
            help: `Load the hook first: ${TOOL_FACTS[tool].hook}`,
          },
        });
      });
    },
  }),
});
