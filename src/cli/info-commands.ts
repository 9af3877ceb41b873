/** The commands that print what parsl-lint knows instead of linting: `schema` and `rules`. */
import { describeSubstitution, resolveTarget } from '../catalog/index.js';
import { ruleDocsUrl } from '../engine/docs.js';
import type { Rule } from '../engine/rule.js';
import { schemaText } from '../schema/json-schema.js';
import { UsageError } from './errors.js';
import type { Format } from './options.js';

export function printSchema(qiime2: string | undefined, parsl: string | undefined): void {
  let target;
  try {
    target = resolveTarget({ qiime2, parsl });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const note = describeSubstitution(target);
  if (note !== undefined) process.stderr.write(`parsl-lint: ${note}\n`);
  process.stdout.write(schemaText(target));
}

export function printRules(rules: readonly Rule[], format: Format): void {
  if (format === 'json') {
    const list = rules.map(({ meta }) => ({ id: meta.id, aliases: meta.aliases ?? [], severity: meta.severity, fix: meta.fix, description: meta.description, docs: ruleDocsUrl(meta.id) }));
    // Versioned like the lint report, so that fields can be added later.
    process.stdout.write(`${JSON.stringify({ version: 1, rules: list }, null, 2)}\n`);
    return;
  }
  const width = Math.max(...rules.map((rule) => rule.meta.id.length));
  for (const { meta } of rules) {
    const formerly = meta.aliases?.length ? ` (formerly ${meta.aliases.join(', ')}, which still work)` : '';
    process.stdout.write(`${meta.id.padEnd(width)}  ${meta.severity.padEnd(7)}  ${`fix: ${meta.fix}`.padEnd(11)}  ${meta.description}${formerly}\n`);
  }
}
