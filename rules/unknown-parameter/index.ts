import { describeLoader, paramHistory, type ClassSpec } from '../../src/catalog/index.js';
import { sameMeaning } from '../../src/catalog/parameter-words.js';
import type { TomlEntry } from '../../src/document/tree.js';
import { defineRule, type Report, type RuleContext } from '../../src/engine/rule.js';
import { closestMatch } from '../../src/suggest.js';
import type { ParslObject } from '../../src/model/config.js';
import { moveEntryEdits } from '../../src/document/edits.js';
import type { KeywordArgument } from '../../src/model/arguments.js';
import { objectClass } from '../../src/model/object-class.js';

export const rule = defineRule({
  meta: {
    id: 'unknown-parameter',
    severity: 'error',
    description: 'A key that is no parameter of the class the table builds, in any parsl release.',
    fix: 'unsafe',
  },
  create: (context) => ({
    argument: (argument) => check(context, argument),
  }),
});

function check(context: RuleContext, { spec, entry, siblings, object }: KeywordArgument): void {
  // A parameter of this class in another release is parameter-version's.
  if (spec.params.has(entry.key) || paramHistory(spec.name, entry.key)) return;
  const failure = `${describeLoader(context.target)} fails with TypeError: ${spec.name}.__init__() got an unexpected keyword argument '${entry.key}'`;
  const explanation = (object && (takesNoProvider(spec, entry, failure) ?? misplaced(context, spec, entry, object, failure))) ?? misspelt(spec, entry, siblings, failure);
  context.report({ at: entry.keySpan, ...explanation });
}

function takesNoProvider(spec: ClassSpec, entry: TomlEntry, failure: string): Omit<Report, 'at'> | undefined {
  if (spec.group !== 'executors' || entry.key !== 'provider') return undefined;
  const threads = spec.name === 'ThreadPoolExecutor';
  return {
    message: {
      headline: `${spec.name} takes no provider`,
      note: threads ? `it runs tasks in threads of the QIIME 2 process itself, and ${failure}` : failure,
      help: threads ? 'use HighThroughputExecutor to run on a provider' : undefined,
    },
  };
}

/** A parameter of the object's provider, launcher, …, or of the object it sits in. */
function misplaced(context: RuleContext, spec: ClassSpec, entry: TomlEntry, object: ParslObject, failure: string): Omit<Report, 'at'> | undefined {
  const relatives = [...object.children, ...(object.parent ? [object.parent] : [])];
  for (const relative of relatives) {
    const relativeSpec = objectClass(relative, context.target, context.catalog);
    if (!relative.table || !relativeSpec?.params.has(entry.key)) continue;
    const where = relative === object.parent ? `the table of the ${relativeSpec.group.replace(/s$/, '')} that holds this \`${object.entry.key}\`` : `its \`${relative.entry.key}\` table`;
    const edits = moveEntryEdits(context.source.text, entry, relative.table);
    return {
      message: { headline: `\`${entry.key}\` is a parameter of ${relativeSpec.name}, not of ${spec.name}`, note: failure, help: `it belongs in ${where}` },
      ...(edits && { fix: { safety: 'unsafe', description: `move \`${entry.key}\` to ${where}`, edits } }),
    };
  }
  return undefined;
}

/**
 * The closest parameter name, offered as a rename when it can only fix the spelling: not when it
 * names another quantity (sameMeaning), a key already in the table, or what another unknown key
 * of the table would be renamed to as well (two renames to one key make a duplicate key).
 */
function misspelt(spec: ClassSpec, entry: TomlEntry, siblings: ReadonlyMap<string, TomlEntry>, failure: string): Omit<Report, 'at'> {
  const names = [...spec.params.keys()];
  const guess = closestMatch(entry.key, names);
  const headline = `${spec.name} has no parameter \`${entry.key}\``;
  if (!guess) return { message: { headline, note: failure, help: `its parameters are ${names.join(', ')}` } };
  if (!sameMeaning(entry.key, guess)) {
    return { message: { headline, note: failure, help: `the nearest name, \`${guess}\`, is for something else; its parameters are ${names.join(', ')}` } };
  }
  const contested = [...siblings.keys()].some((key) => key !== entry.key && !spec.params.has(key) && closestMatch(key, names) === guess && sameMeaning(key, guess));
  return {
    message: { headline, note: failure, help: `did you mean \`${guess}\`?` },
    ...(!siblings.has(guess) && !contested && {
      fix: { safety: 'unsafe', description: `rename it to \`${guess}\``, edits: [{ start: entry.keySpan.start, end: entry.keySpan.end, text: guess }] },
    }),
  };
}
