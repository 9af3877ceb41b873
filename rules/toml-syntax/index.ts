import { describeReader, readingRelease } from '../../src/catalog/index.js';
import { defineRule } from '../../src/engine/rule.js';

export const rule = defineRule({
  meta: {
    id: 'toml-syntax',
    severity: 'error',
    description: 'The file is not valid TOML (or not UTF-8) for the target release\'s tomlkit, so QIIME 2 cannot read it.',
    fix: 'none',
  },
  create: (context) => ({
    syntaxError(error) {
      // A syntax error points at one character (none at the end of the file).
      const end = Math.min(error.offset + 1, context.source.text.length);
      context.report({ at: { start: error.offset, end }, message: { headline: error.message, note: `${describeReader(readingRelease(context.target))} and rejects the whole file` } });
    },
  }),
});
