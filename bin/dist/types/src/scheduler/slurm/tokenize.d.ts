import type { DirectiveProblem, SourcedText } from './types.js';
import { type SlurmRelease } from './options.js';
export interface TokenizedLine {
    readonly tokens: SourcedText[];
    readonly problems: DirectiveProblem[];
    /** The line starts with `hetjob`/`packjob`: the directives after it are another job component. */
    readonly startsNewComponent: boolean;
}
/** From 24.05 get_argument() turns `\ ` into a literal space (checked in each tag's opt.c); before, it splits the argument. */
export declare function joinsEscapedSpaces(release: SlurmRelease): boolean;
/**
 * Splits `text[from, to)` (the part of line `line` after the marker) into arguments. Verified on
 * the 22.05.8 oracle: `-t 10#-p x` is `-t 10`; `-J a\#b` and `-J "a#b"` keep the `#`; an empty
 * `""` and a mid-line `hetjob` end the line (`-t 10 "" -p nosuch` is accepted); `:` at the start
 * of any argument is fatal; `--job-name=a\ b` splits into `--job-name=a` and `b` unless
 * `escapedSpaceJoins` (24.05 on).
 */
export declare function tokenizeDirectiveLine(text: string, from: number, to: number, line: number, escapedSpaceJoins?: boolean): TokenizedLine;
