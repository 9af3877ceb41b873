import { moduleImportError } from '../../src/catalog/index.js';
import { replace } from '../../src/document/edits.js';
import { tomlBasicString } from '../../src/fixes/toml-string.js';
import { isString } from '../../src/document/tree.js';
import { defineRule } from '../../src/engine/rule.js';

export const rule = defineRule({
  meta: {
    id: 'qualified-class-name',
    severity: 'error',
    description: '`class` is a dotted Python path (`parsl.providers.SlurmProvider`) where QIIME 2 needs the bare class name.',
    fix: 'safe',
  },
  create: (context) => ({
    object(object) {
      const value = object.classEntry?.value;
      if (!isString(value) || !value.value.includes('.') || moduleImportError(context.target, object.group)) return;
      const bareName = value.value.split('.').at(-1)!;
      if (!context.catalog.lookup(object.group, bareName)) return;
      context.report({
        at: value,
        message: {
          headline: `QIIME 2 looks \`class\` up as an attribute of parsl.${object.group}, so "${value.value}" fails with AttributeError`,
          note: `module 'parsl.${object.group}' has no attribute '${value.value}'`,
          help: `write "${bareName}"`,
        },
        fix: { safety: 'safe', description: `use the bare name ${bareName}`, edits: [replace(value, tomlBasicString(bareName))] },
      });
    },
  }),
});
