import { defineRule } from '../../src/engine/rule.js';

export const rule = defineRule({
  meta: {
    id: 'byte-order-mark',
    severity: 'error',
    description: 'The file starts with a byte order mark, which QIIME 2 reads as part of the first key and rejects.',
    fix: 'safe',
  },
  create: (context) => ({
    config() {
      if (!context.source.hasBom) return;
      context.report({
        at: { start: 0, end: 1 },
        message: {
          headline: 'the file starts with a UTF-8 byte order mark (U+FEFF, often added by Windows editors)',
          note: 'QIIME 2 opens the file as plain UTF-8, so tomlkit sees the mark as part of the first key and fails with EmptyKeyError: Empty key at line 1 col 0',
        },
        fix: { safety: 'safe', description: 'remove the byte order mark', edits: [{ start: 0, end: 1, text: '' }] },
      });
    },
  }),
});
