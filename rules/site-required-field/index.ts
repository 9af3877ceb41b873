import { defineRule } from '../../src/engine/rule.js';

export const rule = defineRule({
  meta: {
    id: 'site-required-field',
    severity: 'error',
    description: "A provider lacks a field that the linter's config says this site's scheduler requires.",
    fix: 'none',
  },
  create: (context) => ({
    object(object) {
      // The class name comes from the file: `constructor` must not find Object.prototype's.
      const required = object.className && Object.hasOwn(context.requiredFields, object.className) ? context.requiredFields[object.className] : undefined;
      if (!required || !object.table) return;
      const missing = required.filter((field) => !object.params.has(field));
      if (missing.length === 0) return;
      const fields = missing.map((field) => `\`${field}\``).join(' and ');
      context.report({
        at: object.table,
        message: { headline: `${object.className} has no ${fields}, which this site requires ([required] in the parsl-lint config)`, note: 'the scheduler refuses or misplaces the job' },
      });
    },
  }),
});
