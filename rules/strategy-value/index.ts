import { describeLoader, STRATEGIES } from '../../src/catalog/index.js';
import { replace } from '../../src/document/edits.js';
import { tomlBasicString } from '../../src/fixes/toml-string.js';
import { isString } from '../../src/document/tree.js';
import { defineRule } from '../../src/engine/rule.js';
import { closestMatch } from '../../src/suggest.js';

export const rule = defineRule({
  meta: {
    id: 'strategy-value',
    severity: 'error',
    description: '`strategy` names no scaling strategy parsl has (`none`, `simple`, `htex_auto_scale`).',
    fix: 'safe',
  },
  create: (context) => ({
    config(config) {
      const value = config.configParams.get('strategy')?.value;
      if (!isString(value)) return;
      // QIIME 2 lowercases a top-level "none" in any case; every other string reaches parsl as written.
      if (value.value.toLowerCase() === 'none' || STRATEGIES.includes(value.value)) return;
      const guess = closestMatch(value.value, STRATEGIES);
      const caseOnly = guess !== undefined && guess.toLowerCase() === value.value.toLowerCase();
      context.report({
        at: value,
        message: {
          headline: `parsl has no strategy "${value.value}" (it has ${STRATEGIES.map((name) => `"${name}"`).join(', ')})`,
          note: `${describeLoader(context.target)} fails with KeyError: '${value.value}' when it starts the pipeline`,
          help: guess ? `did you mean "${guess}"?` : undefined,
        },
        ...(guess && {
          fix: { safety: caseOnly ? 'safe' : 'unsafe', description: `use "${guess}"`, edits: [replace(value, tomlBasicString(guess))] },
        }),
      });
    },
  }),
});
