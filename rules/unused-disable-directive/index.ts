import type { SourceText } from '../../src/document/source.js';
import { replace, type TextEdit } from '../../src/document/edits.js';
import { defineRule } from '../../src/engine/rule.js';
import { closestMatch } from '../../src/suggest.js';
import { DIRECTIVE_KINDS, DIRECTIVE_PREFIX } from '../../src/engine/suppressions/directives.js';
import type { CheckedDirective, CheckedRule } from '../../src/engine/suppressions/suppress.js';

export const rule = defineRule({
  meta: {
    id: 'unused-disable-directive',
    severity: 'warning',
    description: 'A `# parsl-lint-disable…` comment suppresses nothing: its rule reports nothing there, no rule has that name, or the comment is out of place.',
    fix: 'unsafe',
  },
  create: (context) => ({
    directives(directives, ruleIds) {
      for (const directive of directives) {
        const written = `# ${directive.word}`;
        if (directive.kind === undefined) {
          const guess = closestMatch(directive.word, DIRECTIVE_KINDS.map((kind) => DIRECTIVE_PREFIX + kind));
          context.report({ at: directive.span, message: { headline: `"${directive.word}" is not a parsl-lint directive`, help: guess ? `did you mean "${guess}"?` : undefined } });
        } else if (directive.rules.length === 0) {
          context.report({ at: directive.span, message: { headline: `${written} names no rule`, help: `write the rules it is for: ${written} RULE[, RULE] -- reason` } });
        } else if (directive.scope === undefined) {
          context.report({
            at: directive.span,
            message: {
              headline: `${written} applies nowhere`,
              help:
                'put it on its own line at the top of the file, before the first key or header (for the whole file), or right above a later table header (for that table); ' +
                'for one line use # parsl-lint-disable-next-line',
            },
          });
        } else {
          for (const name of directive.rules) {
            if (!name.known) {
              const guess = closestMatch(name.name, ruleIds);
              context.report({
                at: name.span,
                message: { headline: `no rule is named "${name.name}"`, help: guess ? `did you mean "${guess}"?` : undefined },
                ...(guess && { suggestions: [{ description: `write "${guess}"`, edits: [replace(name.span, guess)] }] }),
              });
            } else if (name.suppressed === 0) {
              context.report({
                at: name.span,
                message: `no ${name.name} diagnostic ${where(directive)} to suppress`,
                fix: { safety: 'unsafe', description: 'remove it from the comment', edits: [removal(directive, name, context.source)] },
              });
            }
          }
        }
      }
    },
  }),
});

function where(directive: CheckedDirective): string {
  const scope = directive.scope;
  if (scope?.kind === 'lines' && scope.first !== scope.last) return `in lines ${scope.first}-${scope.last}`;
  if (directive.kind === 'disable-next-line') return 'on the next line';
  if (directive.kind === 'disable-line') return 'on this line';
  return scope?.kind === 'table' ? 'in this table' : 'in this file';
}

/** Removes the name from the list, or the whole comment when none of its names is of use. */
function removal(directive: CheckedDirective, name: CheckedRule, source: SourceText): TextEdit {
  if (directive.rules.every((rule) => rule.suppressed === 0)) return removeComment(directive, source);
  const index = directive.rules.indexOf(name);
  const next = directive.rules[index + 1];
  if (next) return { start: name.span.start, end: next.span.start, text: '' };
  return { start: directive.rules[index - 1]!.span.end, end: name.span.end, text: '' };
}

/** A comment alone on its line goes with its line; a trailing one with the blanks before it. */
function removeComment(directive: CheckedDirective, source: SourceText): TextEdit {
  const { start, end } = directive.span;
  const before = source.lineText(directive.line).slice(0, source.positionAt(start).column - 1);
  if (before.trim() !== '') return { start: start - (before.length - before.trimEnd().length), end, text: '' };
  const newline = source.text.indexOf('\n', end);
  return { start: start - before.length, end: newline === -1 ? source.text.length : newline + 1, text: '' };
}
