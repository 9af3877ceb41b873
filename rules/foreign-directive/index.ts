import { defineRule } from '../../src/engine/rule.js';
import { stringParam } from '../../src/model/config.js';
import { directivePrefixOf } from '../../src/scheduler/directive-prefixes.js';
import { schedulerOf } from '../../src/scheduler/registry.js';

export const rule = defineRule({
  meta: {
    id: 'foreign-directive',
    severity: 'warning',
    description: "A directive in `scheduler_options` or `worker_init` is for another scheduler, so the provider's scheduler reads it as a comment and ignores it.",
    fix: 'none',
  },
  create: (context) => ({
    object(object) {
      const reader = object.group === 'providers' ? schedulerOf(object.className) : undefined;
      if (!reader) return;
      for (const field of ['scheduler_options', 'worker_init']) {
        const node = stringParam(object, field);
        if (!node) continue;
        let start = 0;
        for (const line of node.value.split('\n')) {
          const found = directivePrefixOf(line);
          if (found && !reader.reads.includes(found.prefix)) {
            const indent = line.length - line.trimStart().length;
            context.report({
              at: context.locate(node).spanOf(start + indent, start + line.trimEnd().length),
              message: {
                headline: `${object.className} submits with ${reader.submitCommand}, which does not read ${found.prefix} lines`,
                note: `this ${found.scheduler} directive is a plain comment to it, so what it asks for is lost`,
                help:
                  reader.reads.length > 0
                    ? `write it as a ${reader.reads[0]} directive, or set the provider field that asks for the same`
                    : 'write it as a submit command (such as `request_memory = 4GB`) in scheduler_options, or set the provider field that asks for the same',
              },
            });
          }
          start += line.length + 1;
        }
      }
    },
  }),
});
