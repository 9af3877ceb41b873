import { describeChange, describeLoader, paramHistory, type ClassSpec } from '../../src/catalog/index.js';
import type { TomlEntry } from '../../src/document/tree.js';
import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import { objectClass } from '../../src/model/object-class.js';

export const rule = defineRule({
  meta: {
    id: 'parameter-version',
    severity: 'error',
    description: 'A parameter that the target parsl release no longer has, or does not have yet.',
    fix: 'safe',
  },
  create: (context) => ({
    config(config) {
      for (const entry of config.configParams.values()) check(context, context.catalog.config, entry, config.configParams);
    },
    object(object) {
      const spec = objectClass(object, context.target, context.catalog);
      if (!spec || spec.abstract) return;
      for (const entry of object.params.values()) check(context, spec, entry, object.params);
    },
  }),
});

function check(context: RuleContext, spec: ClassSpec, entry: TomlEntry, siblings: ReadonlyMap<string, TomlEntry>): void {
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
    message:
      `\`${entry.key}\` was ${removed ? 'removed from' : 'added to'} ${spec.name} ${when}: ` +
      `${describeLoader(context.target)} fails with TypeError: ${spec.name}.__init__() got an unexpected keyword argument '${entry.key}'` +
      (rename ? `; parsl ${context.target.parsl} calls it \`${rename}\`` : ''),
    ...(rename &&
      !siblings.has(rename) && {
        fix: { safety: 'safe', description: `rename it to \`${rename}\``, edits: [{ start: entry.keySpan.start, end: entry.keySpan.end, text: rename }] },
      }),
  });
}
