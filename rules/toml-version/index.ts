import { describeReader, readingRelease } from '../../src/catalog/index.js';
import { defineRule } from '../../src/engine/rule.js';

/**
 * Its own rule rather than a toml-syntax message: the file is valid TOML 1.1, so it is still read
 * (as QIIME 2 2026.7 and later read it) and every other rule still runs; and most forms have a
 * TOML 1.0 spelling of the same value, which the fix writes.
 */
export const rule = defineRule({
  meta: {
    id: 'toml-version',
    severity: 'error',
    description: 'The file uses TOML 1.1 syntax, which the target release\'s tomlkit (TOML 1.0) refuses.',
    fix: 'safe',
  },
  create: (context) => ({
    config(config) {
      const reader = describeReader(readingRelease(context.target));
      for (const form of config.document.toml11Forms) {
        context.report({
          at: form.span,
          message: { headline: `${form.what} is TOML 1.1`, note: `${reader} and refuses it`, help: form.advice },
          fix:
            form.replacement === undefined
              ? undefined
              : { safety: 'safe', description: form.advice, edits: [{ ...form.span, text: form.replacement }] },
        });
      }
    },
  }),
});
