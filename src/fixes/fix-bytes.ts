/** `--fix` on a file's bytes: decoded as TOML requires, fixed, encoded back (a byte order mark is part of the text). */
import { decodeToml } from '../document/source.js';
import type { FixSafety } from '../engine/diagnostic.js';
import { lintBytes, type LintOptions } from '../engine/lint.js';
import { fixText, type FixOutcome } from './fix-text.js';

export interface FileFix extends FixOutcome {
  /** The text before fixing. */
  readonly original: string;
  /** The new file content, or undefined when nothing changed. */
  readonly output: Uint8Array | undefined;
}

export function fixBytes(bytes: Uint8Array, options: LintOptions, safety: FixSafety): FileFix {
  const decoded = decodeToml(bytes);
  if (!decoded.ok) {
    // Not UTF-8: only toml-syntax can judge it, and nothing is fixed.
    const result = lintBytes(bytes, options);
    return { text: result.source.text, original: result.source.text, result, applied: 0, broken: [], converged: true, output: undefined };
  }
  const outcome = fixText(decoded.text, options, safety);
  if (outcome.text === decoded.text) return { ...outcome, original: decoded.text, output: undefined };
  return { ...outcome, original: decoded.text, output: new TextEncoder().encode(outcome.text) };
}
