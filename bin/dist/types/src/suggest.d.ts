/**
 * "Did you mean" for names: the nearest candidate by edit distance, when it is near enough.
 * Shared by the rules, the CLI, the linter's config and the scheduler readers.
 */
/**
 * Names longer than this get no suggestion: the distance costs the product of the two lengths,
 * and no parameter, label or option is anywhere near this long (a 40k-character label would
 * take minutes and gigabytes).
 */
export declare const MAX_SUGGESTION_LENGTH = 100;
/**
 * Levenshtein distance with adjacent transpositions counted as one edit (`lable` → `label`).
 * With `limit`, any distance above it is returned as `limit + 1`, as soon as that is certain:
 * the smallest value of a row never decreases in the rows below it. Three rows, not a table.
 */
export declare function editDistance(a: string, b: string, limit?: number): number;
/**
 * The candidate closest to `word`, ignoring case, `_`/`-` and a plural `s` first; undefined
 * when none is within a third of the word's length (at least one edit).
 */
export declare function closestMatch(word: string, candidates: Iterable<string>): string | undefined;
