/** Which diagnostics the directives silence, and what each rule named in a directive silenced. */
import type { Diagnostic, SuppressedDiagnostic } from '../diagnostic.js';
import type { Directive, DirectiveRule, DirectiveScope } from './directives.js';

export interface CheckedRule extends DirectiveRule {
  /** A rule parsl-lint has (whether it is on or off). */
  readonly known: boolean;
  /** How many diagnostics this name silenced. */
  readonly suppressed: number;
}

export interface CheckedDirective extends Directive {
  readonly rules: readonly CheckedRule[];
}

export interface Suppression {
  readonly kept: Diagnostic[];
  readonly suppressed: SuppressedDiagnostic[];
  readonly directives: CheckedDirective[];
}

/**
 * A diagnostic is silenced by the narrowest directive that names its rule and covers the line it
 * starts on, so that a broader directive naming the same rule shows up as unused.
 */
/** `ruleNames` maps every name a directive may use for a rule (its id or a former id) to its id. */
export function applyDirectives(diagnostics: readonly Diagnostic[], directives: readonly Directive[], ruleNames: ReadonlyMap<string, string>): Suppression {
  const names = (rule: DirectiveRule, diagnostic: Diagnostic) => ruleNames.get(rule.name) === diagnostic.rule;
  const counts = directives.map((directive) => directive.rules.map(() => 0));
  const narrowestFirst = directives.map((directive, index) => ({ directive, index })).sort((a, b) => breadth(a.directive.scope) - breadth(b.directive.scope));
  const kept: Diagnostic[] = [];
  const suppressed: SuppressedDiagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const match = narrowestFirst.find(({ directive }) => covers(directive.scope, diagnostic) && directive.rules.some((rule) => names(rule, diagnostic)));
    if (!match) {
      kept.push(diagnostic);
      continue;
    }
    const { directive, index } = match;
    counts[index]![directive.rules.findIndex((rule) => names(rule, diagnostic))]!++;
    suppressed.push({ ...diagnostic, suppressedBy: { directive: directive.kind!, line: directive.line, reason: directive.reason } });
  }
  const checked = directives.map((directive, d) => ({
    ...directive,
    rules: directive.rules.map((rule, r) => ({ ...rule, known: ruleNames.has(rule.name), suppressed: counts[d]![r]! })),
  }));
  return { kept, suppressed, directives: checked };
}

function covers(scope: DirectiveScope | undefined, diagnostic: Diagnostic): boolean {
  switch (scope?.kind) {
    case 'lines':
      return scope.first <= diagnostic.start.line && diagnostic.start.line <= scope.last;
    case 'table':
      return scope.span.start <= diagnostic.span.start && diagnostic.span.start < scope.span.end;
    case 'file':
      return true;
    default:
      return false;
  }
}

function breadth(scope: DirectiveScope | undefined): number {
  switch (scope?.kind) {
    case 'lines':
      return scope.last - scope.first;
    case 'table':
      return 1 + scope.span.end - scope.span.start;
    default:
      return Number.MAX_SAFE_INTEGER;
  }
}
