import { classHistory, describeChange, describeLoader, moduleImportError, parslCatalog, type ModuleGroup } from '../../src/catalog/index.js';
import { replace } from '../../src/document/edits.js';
import { tomlBasicString } from '../../src/fixes/toml-string.js';
import { isString } from '../../src/document/tree.js';
import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import { closestMatch } from '../../src/suggest.js';
import { TEST_EXECUTOR } from '../../src/model/object-class.js';
import { describeNode } from '../../src/model/typecheck.js';

export const rule = defineRule({
  meta: {
    id: 'unknown-class',
    severity: 'error',
    description: '`class` names no class that QIIME 2 can build from the parsl module of that table.',
    fix: 'unsafe',
  },
  create: (context) => ({
    object(object) {
      const value = object.classEntry?.value;
      if (!value) return;
      const module = `parsl.${object.group}`;
      if (!isString(value)) {
        context.report({ at: value, message: `\`class\` must be a string naming a class of ${module}, not ${describeNode(value)}` });
        return;
      }
      const importError = moduleImportError(context.target, object.group);
      if (importError) {
        context.report({ at: value, message: importError });
        return;
      }
      const name = value.value;
      const bareName = name.split('.').at(-1)!;
      // `_TEST_EXECUTOR_` is test-executor's; a dotted name that resolves is qualified-class-name's.
      if (object.group === 'executors' && name === TEST_EXECUTOR) return;
      const spec = context.catalog.lookup(object.group, bareName);
      if (spec && bareName !== name) return;
      const usable = context.catalog.classes(object.group).filter((candidate) => !candidate.abstract).map((candidate) => candidate.name);
      if (spec?.abstract) {
        context.report({
          at: value,
          message: { headline: `${name} is the abstract base class of ${module}, which Python cannot instantiate (TypeError)`, help: `use one of ${usable.join(', ')}` },
        });
        return;
      }
      if (spec) return;
      const failure = `${describeLoader(context.target)} fails with AttributeError: module '${module}' has no attribute '${name}'`;
      const why = wrongModule(context, object.group, bareName) ?? versionChange(context, object.group, bareName);
      if (why) {
        context.report({ at: value, message: { headline: why, note: failure } });
        return;
      }
      const guess = closestMatch(bareName, usable);
      context.report({
        at: value,
        message: { headline: `${module} has no class ${name}`, note: failure, help: guess ? `did you mean ${guess}?` : `its classes are ${usable.join(', ') || 'none'}` },
        ...(guess && {
          fix: { safety: 'unsafe', description: `use ${guess}`, edits: [replace(value, tomlBasicString(guess))] },
        }),
      });
    },
  }),
});

const OBJECT_NAMES: Readonly<Record<ModuleGroup, string>> = {
  executors: 'an executor',
  providers: "a provider, which goes in an executor's `provider` table",
  launchers: "a launcher, which goes in a provider's `launcher` table",
  channels: "a channel, which goes in a provider's `channel` table",
  monitoring: 'a monitoring hub, which goes in `[parsl.monitoring]`',
  data_provider: 'a data provider',
};

/** "SlurmProvider is a provider, …, not a class of parsl.executors", for a class of another module. */
function wrongModule(context: RuleContext, group: ModuleGroup, name: string): string | undefined {
  const other = context.catalog.findInAnyGroup(name);
  return other && other.group !== group && other.group !== 'config' ? `${name} is ${OBJECT_NAMES[other.group]}, not a class of parsl.${group}` : undefined;
}

/** For a class this module has in other parsl releases: the release where it went, or came. */
function versionChange(context: RuleContext, group: ModuleGroup, name: string): string | undefined {
  const history = classHistory(name);
  if (!history || !parslCatalog(history.lastSeen).lookup(group, name)) return undefined;
  const removed = context.target.parsl > history.lastSeen;
  const change = removed ? history.removed : history.appeared;
  if (!change) return undefined;
  return `${name} was ${removed ? 'removed from' : 'added to'} parsl.${group} ${describeChange(change)}${change.reference ? ` (${change.reference})` : ''}`;
}
