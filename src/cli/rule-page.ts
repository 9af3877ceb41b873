/** `parsl-lint rule NAME`: a rule's page (rules/<id>/README.md, shipped in the package), as `ruff rule` prints one. */
import { readFileSync } from 'node:fs';
import { ruleDocsUrl } from '../engine/docs.js';
import { ruleNames } from '../engine/rule-names.js';
import type { Rule } from '../engine/rule.js';
import { packageFile } from '../package-files.js';
import { closestMatch } from '../suggest.js';
import { UsageError } from './errors.js';

export function printRulePage(name: string, rules: readonly Rule[]): void {
  const names = ruleNames(rules);
  const id = names.get(name);
  if (id === undefined) {
    const guess = closestMatch(name, [...names.keys()]);
    throw new UsageError(`unknown rule "${name}"${guess ? `; did you mean "${guess}"?` : ''} (parsl-lint rules lists them)`);
  }
  const page = readFileSync(packageFile(`rules/${id}/README.md`), 'utf8');
  process.stdout.write(`${page.trimEnd()}\n\nOnline: ${ruleDocsUrl(id)}\n`);
}
