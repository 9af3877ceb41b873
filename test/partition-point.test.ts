/** partitionPoint: the first index where a predicate that holds for a prefix stops holding. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { partitionPoint } from '../src/partition-point.js';

test('the first index past the prefix, as a scan finds it (fast-check, seed 4, 300 runs)', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: 50 })), fc.integer({ min: -1, max: 51 }), (values, bound) => {
      const sorted = [...values].sort((a, b) => a - b);
      const scanned = sorted.findIndex((value) => !(value <= bound));
      assert.equal(partitionPoint(sorted.length, (index) => sorted[index]! <= bound), scanned < 0 ? sorted.length : scanned);
    }),
    { seed: 4, numRuns: 300 },
  );
});

test('an empty range and a predicate that always holds', () => {
  assert.equal(partitionPoint(0, () => true), 0);
  assert.equal(partitionPoint(5, () => true), 5);
  assert.equal(partitionPoint(5, () => false), 0);
});
