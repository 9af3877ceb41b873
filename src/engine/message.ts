/**
 * A diagnostic's message in its parts, as rustc and ruff print them: a short headline, the why
 * (`note:`) and the repair (`help:`). The full text, the parts joined, is what the one-line
 * formats (compact, github, sarif, gitlab, markdown) print and what `message` holds in JSON.
 */
export interface MessageParts {
  /** What is wrong, in a few words: the value and the problem. */
  readonly headline: string;
  /** What happens on the cluster because of it. */
  readonly note?: string;
  /** What to write instead. */
  readonly help?: string;
}

/** The parts as one text: `headline: note; help`, or `headline: note. Help` when the note is whole sentences. */
export function messageText(parts: MessageParts): string {
  let text = parts.headline;
  if (parts.note !== undefined) text += `: ${parts.note}`;
  if (parts.help !== undefined) text += `${parts.note?.endsWith('.') ? ' ' : '; '}${parts.help}`;
  return text;
}
