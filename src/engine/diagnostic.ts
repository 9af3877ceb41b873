/** What a rule finds, in the form every output format and the fixer read. */
import type { TextEdit } from '../document/edits.js';
import type { Position, Span } from '../document/source.js';

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * `safe`: cannot change what the user meant, applied by `--fix`.
 * `unsafe`: probably right but may change meaning, applied only with `--unsafe-fixes`.
 */
export type FixSafety = 'safe' | 'unsafe';

export interface Fix {
  readonly safety: FixSafety;
  readonly description: string;
  readonly edits: readonly TextEdit[];
}

/** One of several possible repairs; shown to the user and never applied automatically. */
export interface Suggestion {
  readonly description: string;
  readonly edits: readonly TextEdit[];
}

export interface Diagnostic {
  readonly rule: string;
  readonly severity: Severity;
  /**
   * The whole text: the headline, the note and the help joined (messageText). The headline alone
   * when the rule gives its message in one piece.
   */
  readonly message: string;
  /** The message's parts (src/engine/message.ts): what is wrong, why it matters, what to do. */
  readonly headline: string;
  readonly note: string | undefined;
  readonly help: string | undefined;
  readonly span: Span;
  readonly start: Position;
  readonly end: Position;
  readonly docs: string;
  readonly fix: Fix | undefined;
  readonly suggestions: readonly Suggestion[];
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.span.start - b.span.start || a.span.end - b.span.end || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message);
}

/** A diagnostic that a `# parsl-lint-disable…` comment silenced: kept for the JSON output. */
export interface SuppressedDiagnostic extends Diagnostic {
  readonly suppressedBy: {
    readonly directive: 'disable' | 'disable-line' | 'disable-next-line';
    /** The line of the comment. */
    readonly line: number;
    /** The text after ` -- ` in the comment. */
    readonly reason: string | undefined;
  };
}
