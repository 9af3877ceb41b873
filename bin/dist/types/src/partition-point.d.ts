/**
 * Binary search. `isBefore` must hold for the first indices of [0, length) and fail for the rest;
 * the answer is the first index where it fails (length when it never does).
 */
export declare function partitionPoint(length: number, isBefore: (index: number) => boolean): number;
