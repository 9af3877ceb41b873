/**
 * "Did you mean" for names: the nearest candidate by edit distance, when it is near enough.
 * Shared by the rules, the CLI, the linter's config and the scheduler readers.
 */
/** Levenshtein distance with adjacent transpositions counted as one edit (`lable` → `label`). */
export declare function editDistance(a: string, b: string): number;
/**
 * The candidate closest to `word`, ignoring case, `_`/`-` and a plural `s` first; undefined
 * when none is within a third of the word's length (at least one edit).
 */
export declare function closestMatch(word: string, candidates: Iterable<string>): string | undefined;
