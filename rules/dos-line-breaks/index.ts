import { defineRule } from '../../src/engine/rule.js';
import { stringParam } from '../../src/model/config.js';
import type { TextEdit } from '../../src/document/edits.js';

/** The SlurmProvider string fields parsl copies into the batch script: the header and the body. */
const SCRIPT_FIELDS = ['scheduler_options', 'worker_init'] as const;

/** How a carriage return can be written in a basic string; the fix removes exactly these. */
const CARRIAGE_RETURN_ESCAPE = /^\\(?:r|u000[dD]|U0000000[dD])$/;

export const rule = defineRule({
  meta: {
    id: 'dos-line-breaks',
    severity: 'error',
    description: 'A SlurmProvider `scheduler_options` or `worker_init` ends a line with a carriage return, and sbatch refuses the script.',
    fix: 'safe',
  },
  create: (context) => ({
    object(object) {
      if (object.className !== 'SlurmProvider') return;
      for (const field of SCRIPT_FIELDS) {
        const node = stringParam(object, field);
        if (!node) continue;
        // parsl writes a line feed after the field, so a carriage return at its very end also makes a CRLF.
        const returns = [...node.value.matchAll(/\r(?=\n|$)/g)].map((match) => match.index);
        if (returns.length === 0) continue;
        const locator = context.locate(node);
        const edits: TextEdit[] = returns.map((index) => ({ ...locator.spanOf(index, index + 1), text: '' }));
        const fixable = edits.every((edit) => CARRIAGE_RETURN_ESCAPE.test(context.source.text.slice(edit.start, edit.end)));
        context.report({
          at: node,
          message: {
            headline: `${field} ends ${returns.length === 1 ? 'a line' : `${returns.length} lines`} with a carriage return (\\r before a line feed)`,
            note: 'parsl copies it into the batch script, and sbatch refuses the whole script with "Batch script contains DOS line breaks (\\r\\n)", so no block ever starts',
            help: 'remove the \\r',
          },
          fix: fixable ? { safety: 'safe', description: `remove the \\r from ${field}`, edits } : undefined,
        });
      }
    },
  }),
});
