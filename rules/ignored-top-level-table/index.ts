import { defineRule } from '../../src/engine/rule.js';
import type { MessageParts } from '../../src/engine/message.js';
import { closestMatch } from '../../src/suggest.js';

export const rule = defineRule({
  meta: {
    id: 'ignored-top-level-table',
    severity: 'warning',
    description: 'A top-level table other than `[parsl]`, which QIIME 2 does not read.',
    fix: 'none',
  },
  create: (context) => ({
    config(config) {
      // Without [parsl] the file is not a config QIIME 2 can use at all: missing-parsl-table says so.
      if (!config.parslTable) return;
      for (const entry of config.document.root.entries.values()) {
        if (entry.key === 'parsl') continue;
        context.report({ at: entry.keySpan, message: explain(entry.key) });
      }
    },
  }),
});

function explain(key: string): MessageParts {
  if (key === 'executor_mapping') {
    return {
      headline: 'a top-level [executor_mapping] is read only when QIIME 2 (2024.10 and later) finds this file by itself (--parallel without --parallel-config)',
      note: 'with --parallel-config it is ignored and every action runs on "default"',
      help: 'write it as [parsl.executor_mapping]',
    };
  }
  const guess = closestMatch(key, ['parsl']);
  return { headline: `QIIME 2 reads only the [parsl] table, so [${key}] is ignored`, help: guess ? `did you mean [${guess}]?` : undefined };
}
