import { describeTarget, paramHistory, QIIME2_RELEASES } from '../../src/catalog/index.js';
import { replace } from '../../src/document/edits.js';
import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import type { KeywordArgument } from '../../src/model/arguments.js';

export const rule = defineRule({
  meta: {
    id: 'deprecated-parameter',
    severity: 'warning',
    description: 'A parameter that the target parsl release still accepts but has deprecated.',
    fix: 'safe',
  },
  create: (context) => ({
    argument: (argument) => check(context, argument),
  }),
});

function check(context: RuleContext, { spec, entry, siblings }: KeywordArgument): void {
  const history = spec.params.has(entry.key) ? paramHistory(spec.name, entry.key) : undefined;
  const deprecated = history?.deprecated;
  if (!history || !deprecated || context.target.parsl < deprecated.release) return;
  const rename = history.renamedTo !== undefined && spec.params.has(history.renamedTo) ? history.renamedTo : undefined;
  const removed = history.removed;
  const firstRejecting = removed && QIIME2_RELEASES.find((release) => release.parsl >= removed.release);
  context.report({
    at: entry.keySpan,
    message: {
      headline:
        `\`${entry.key}\` of ${spec.name} is deprecated since parsl ${deprecated.release}${deprecated.reference ? ` (${deprecated.reference})` : ''}` +
        `${rename ? ` in favour of \`${rename}\`` : ''}`,
      note:
        `${describeTarget(context.target)} still accepts it with a warning` +
        (removed ? `, but parsl ${removed.release} removed it${firstRejecting ? ` and QIIME 2 ${firstRejecting.version} is the first release that fails on it` : ''}` : ''),
    },
    ...(rename &&
      !siblings.has(rename) && {
        fix: { safety: 'safe', description: `rename it to \`${rename}\``, edits: [replace(entry.keySpan, rename)] },
      }),
  });
}
