import { describeLoader } from '../../src/catalog/index.js';
import { defineRule } from '../../src/engine/rule.js';
import { objectClass } from '../../src/model/object-class.js';

export const rule = defineRule({
  meta: {
    id: 'missing-parameter',
    severity: 'error',
    description: 'A table leaves out a parameter that its class requires.',
    fix: 'none',
  },
  create: (context) => ({
    object(object) {
      const spec = objectClass(object, context.target, context.catalog);
      if (!spec || spec.abstract || !object.table) return;
      const missing = [...spec.params.values()].filter((param) => param.required && !object.params.has(param.name)).map((param) => param.name);
      if (missing.length === 0) return;
      const names = missing.map((name) => `'${name}'`).join(' and ');
      context.report({
        at: object.table,
        message: {
          headline: `${spec.name} requires ${missing.map((name) => `\`${name}\``).join(', ')}`,
          note: `${describeLoader(context.target)} fails with TypeError: ${spec.name}.__init__() missing ${missing.length} required argument${missing.length === 1 ? '' : 's'}: ${names}`,
        },
      });
    },
  }),
});
