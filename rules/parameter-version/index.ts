import { describeChange, describeLoader, paramHistory } from '../../src/catalog/index.js';
import { replace } from '../../src/document/edits.js';
import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import type { KeywordArgument } from '../../src/model/arguments.js';

export const rule = defineRule({
  meta: {
    id: 'parameter-version',
    severity: 'error',
    description: 'A parameter that the target parsl release no longer has, or does not have yet.',
    fix: 'safe',
  },
  create: (context) => ({
    argument: (argument) => check(context, argument),
  }),
});

function check(context: RuleContext, { spec, entry, siblings }: KeywordArgument): void {
  const history = spec.params.has(entry.key) ? undefined : paramHistory(spec.name, entry.key);
  if (!history) return;
  const removed = context.target.parsl > history.lastSeen;
  const change = removed ? history.removed : history.appeared;
  const when = change ? `${describeChange(change)}${change.reference ? ` (${change.reference})` : ''}` : '';
  // max_workers → max_workers_per_node on a newer target, and back on an older one.
  const otherName = removed ? history.renamedTo : [...spec.params.keys()].find((name) => paramHistory(spec.name, name)?.renamedTo === entry.key);
  const rename = otherName !== undefined && spec.params.has(otherName) ? otherName : undefined;
  context.report({
    at: entry.keySpan,
    message: {
      headline: `\`${entry.key}\` was ${removed ? 'removed from' : 'added to'} ${spec.name} ${when}`,
      note: `${describeLoader(context.target)} fails with TypeError: ${spec.name}.__init__() got an unexpected keyword argument '${entry.key}'`,
      help: rename ? `parsl ${context.target.parsl} calls it \`${rename}\`` : undefined,
    },
    ...(rename &&
      !siblings.has(rename) && {
        fix: { safety: 'safe', description: `rename it to \`${rename}\``, edits: [replace(entry.keySpan, rename)] },
      }),
  });
}
