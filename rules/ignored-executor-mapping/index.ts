import { describeTarget, QIIME2_RELEASES } from '../../src/catalog/index.js';
import { replace } from '../../src/document/edits.js';
import type { TomlEntry } from '../../src/document/tree.js';
import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import type { MappingAssignment } from '../../src/model/config.js';

const FIRST_PER_PLUGIN = QIIME2_RELEASES.find((release) => release.executorMapping === 'per-plugin')!.version;

export const rule = defineRule({
  meta: {
    id: 'ignored-executor-mapping',
    severity: 'warning',
    description: 'An `executor_mapping` key that never matches a plugin or action, so its actions run on `default`.',
    fix: 'safe',
  },
  create: (context) => ({
    mapping(mapping) {
      const form = context.target.qiime2?.executorMapping;
      if (form === 'flat') {
        for (const plugin of unique(mapping.perPlugin.map((assignment) => assignment.plugin!))) {
          context.report({
            at: plugin.value,
            message: {
              headline: `${describeTarget(context.target)} reads executor_mapping as action = "label" pairs`,
              note: `it takes \`${plugin.key}\` for an action, so the actions in this table run on "default" (tables per plugin need QIIME 2 ${FIRST_PER_PLUGIN} or later)`,
            },
          });
        }
      }
      // Keys in the form the target does not read are reported above or by executor-mapping-form.
      const read: readonly MappingAssignment[] = form === 'flat' ? mapping.flat : form === 'per-plugin' ? mapping.perPlugin : [...mapping.flat, ...mapping.perPlugin];
      for (const plugin of unique(read.flatMap((assignment) => (assignment.plugin ? [assignment.plugin] : [])))) {
        reportDash(context, plugin, 'plugin', entriesOf(mapping.entry));
      }
      for (const assignment of read) reportDash(context, assignment.action, 'action', entriesOf(assignment.plugin ?? mapping.entry));
    },
  }),
});

/**
 * QIIME 2 ids use underscores where names have dashes (`Plugin.id = name.replace('-', '_')`;
 * action ids are Python names). The fix is certain only for a name written all with dashes, as
 * the command line shows it (`feature-classifier`); `plugin-action_name` is something else.
 */
function reportDash(context: RuleContext, entry: TomlEntry, kind: 'plugin' | 'action', siblings: ReadonlyMap<string, TomlEntry>): void {
  if (!entry.key.includes('-')) return;
  const id = entry.key.replaceAll('-', '_');
  const renamable = /^[a-z0-9-]+$/i.test(entry.key) && !siblings.has(id);
  context.report({
    at: entry.keySpan,
    message: {
      headline: `QIIME 2 ${kind} ids use underscores, so \`${entry.key}\` never matches one`,
      note: `${kind === 'plugin' ? 'its actions run' : 'the action runs'} on "default"`,
      help: `write \`${id}\``,
    },
    ...(renamable && { fix: { safety: 'safe', description: `write ${id}`, edits: [replace(entry.keySpan, id)] } }),
  });
}

function entriesOf(entry: TomlEntry): ReadonlyMap<string, TomlEntry> {
  return entry.value.kind === 'table' ? entry.value.entries : new Map();
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
