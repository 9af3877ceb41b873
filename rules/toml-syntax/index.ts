import { defineRule } from '../../src/engine/rule.js';

export const rule = defineRule({
  meta: {
    id: 'toml-syntax',
    severity: 'error',
    description: 'The file is not valid TOML 1.0 (or not UTF-8), so QIIME 2 cannot read it.',
    fix: 'none',
  },
  create: (context) => ({
    syntaxError(error) {
      // A syntax error points at one character (none at the end of the file).
      const end = Math.min(error.offset + 1, context.source.text.length);
      context.report({ at: { start: error.offset, end }, message: `${error.message}; QIIME 2's TOML reader (tomlkit) rejects the whole file` });
    },
  }),
});
