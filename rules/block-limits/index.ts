import { defineRule } from '../../src/engine/rule.js';
import { describeSetting, numberSetting, settingText, type Setting } from '../../src/model/settings.js';

export const rule = defineRule({
  meta: {
    id: 'block-limits',
    severity: 'warning',
    description: 'A provider\'s block counts are out of order (`min_blocks ≤ init_blocks ≤ max_blocks`) or its `parallelism` is outside [0, 1].',
    fix: 'none',
  },
  create: (context) => ({
    object(object) {
      if (object.group !== 'providers' || !object.table) return;
      const setting = (name: string) => numberSetting(object, name, context.catalog);
      const [min, init, max, parallelism] = [setting('min_blocks'), setting('init_blocks'), setting('max_blocks'), setting('parallelism')];

      if (min && max && min.value > max.value) {
        context.report({
          at: anchor(min, max) ?? object.table,
          message: {
            headline: `${describeSetting('min_blocks', min, context.target)} is above ${describeSetting('max_blocks', max, context.target)}`,
            note: 'parsl never runs more than max_blocks blocks, so the minimum can never be kept',
            help: 'lower min_blocks or raise max_blocks',
          },
        });
      } else if (min && init && min.value > init.value) {
        context.report({
          at: anchor(init, min) ?? object.table,
          message: {
            headline: `${describeSetting('min_blocks', min, context.target)} is above ${describeSetting('init_blocks', init, context.target)}`,
            note: 'parsl submits init_blocks blocks when it starts, and min_blocks only stops it from scaling in below that number: it never starts blocks to reach it',
          },
        });
      }
      if (init && max && init.value > max.value) {
        context.report({
          at: anchor(init, max) ?? object.table,
          message: {
            headline: `${describeSetting('init_blocks', init, context.target)} is above ${describeSetting('max_blocks', max, context.target)}`,
            note: 'parsl submits the initial blocks regardless of max_blocks, so more blocks than the maximum queue up and hold nodes',
          },
        });
      }
      if (parallelism && (parallelism.value < 0 || parallelism.value > 1)) {
        context.report({
          at: parallelism.entry?.keySpan ?? object.table,
          message: {
            headline: `parallelism = ${settingText(parallelism)} is outside [0, 1], the ratio of worker slots to outstanding tasks that parsl scales towards`,
            note:
              parallelism.value > 1
                ? 'above 1 it asks for more slots than there are tasks, and the extra blocks (up to max_blocks) sit idle'
                : 'below 0 it never adds a block while another one is running or queued',
          },
        });
      }
    },
  }),
});

/** Point at the value the user wrote: init_blocks when both sides of the pair are written. */
function anchor(first: Setting<number>, other: Setting<number>) {
  return (first.entry ?? other.entry)?.keySpan;
}
