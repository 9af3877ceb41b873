import { defineRule } from '../../src/engine/rule.js';
import { describeSetting, numberSetting, settingText } from '../../src/model/settings.js';

export const rule = defineRule({
  meta: {
    id: 'strategy-none-max-blocks',
    severity: 'warning',
    description: '`strategy = "none"` turns scaling off, so blocks above `init_blocks` up to `max_blocks` never start.',
    fix: 'none',
  },
  create: (context) => ({
    config(config) {
      const strategy = config.configParams.get('strategy');
      // QIIME 2 lowercases a top-level "None" in any case; parsl then runs its init-only strategy.
      if (strategy?.value.kind !== 'scalar' || typeof strategy.value.value !== 'string' || strategy.value.value.toLowerCase() !== 'none') return;
      const written = JSON.stringify(strategy.value.value);
      for (const executor of config.executors) {
        const provider = executor.provider;
        if (!provider?.table) continue;
        const init = numberSetting(provider, 'init_blocks', context.catalog);
        const max = numberSetting(provider, 'max_blocks', context.catalog);
        if (!init || !max || max.value <= init.value) continue;
        context.report({
          at: (max.entry ?? init.entry)?.keySpan ?? provider.table,
          message: {
            headline: `with strategy = ${written} parsl submits init_blocks blocks once, when it starts, and never scales`,
            note:
              `with ${describeSetting('init_blocks', init, context.target)} and ${describeSetting('max_blocks', max, context.target)} ` +
              (init.value <= 0
                ? 'no block ever starts and every task sent to this executor waits forever.'
                : `at most ${settingText(init)} block${init.value === 1 ? '' : 's'} ever run${init.value === 1 ? 's' : ''} and max_blocks is never reached.`),
            help: `Remove strategy (parsl's default "simple" scales up to max_blocks), or set init_blocks = ${settingText(max)}`,
          },
        });
      }
    },
  }),
});
