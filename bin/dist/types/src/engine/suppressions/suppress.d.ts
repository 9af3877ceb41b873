/** Which diagnostics the directives silence, and what each rule named in a directive silenced. */
import type { Diagnostic, SuppressedDiagnostic } from '../diagnostic.js';
import type { Directive, DirectiveRule } from './directives.js';
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
export declare function applyDirectives(diagnostics: readonly Diagnostic[], directives: readonly Directive[], ruleNames: ReadonlyMap<string, string>): Suppression;
