/**
 * Binary search. `isBefore` must hold for the first indices of [0, length) and fail for the rest;
 * the answer is the first index where it fails (length when it never does).
 */
export function partitionPoint(length: number, isBefore: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (isBefore(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}
