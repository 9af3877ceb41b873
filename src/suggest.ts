/**
 * "Did you mean" for names: the nearest candidate by edit distance, when it is near enough.
 * Shared by the rules, the CLI, the linter's config and the scheduler readers.
 */

/**
 * Names longer than this get no suggestion: the distance costs the product of the two lengths,
 * and no parameter, label or option is anywhere near this long (a 40k-character label would
 * take minutes and gigabytes).
 */
export const MAX_SUGGESTION_LENGTH = 100;

/**
 * Levenshtein distance with adjacent transpositions counted as one edit (`lable` → `label`).
 * With `limit`, any distance above it is returned as `limit + 1`, as soon as that is certain:
 * the smallest value of a row never decreases in the rows below it. Three rows, not a table.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let twoBack = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, twoBack[j - 2]! + 1);
      current[j] = best;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > limit) return limit + 1;
    [twoBack, previous, current] = [previous, current, twoBack];
  }
  return Math.min(previous[b.length]!, limit + 1);
}

/**
 * The candidate closest to `word`, ignoring case, `_`/`-` and a plural `s` first; undefined
 * when none is within a third of the word's length (at least one edit).
 */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  if (word.length > MAX_SUGGESTION_LENGTH) return undefined;
  const normal = normalize(word);
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(word.length / 3));
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const distance = normalize(candidate) === normal ? 0 : editDistance(word.toLowerCase(), candidate.toLowerCase(), bestDistance);
    if (distance <= bestDistance && (best === undefined || distance < bestDistance)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function normalize(name: string): string {
  return name.toLowerCase().replaceAll('-', '_').replace(/s$/, '');
}
