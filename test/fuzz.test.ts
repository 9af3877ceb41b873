/**
 * The fuzz test in `npm test` (issue 13, item 14): hostile configs (test/fuzz/hostile.ts) with a
 * fixed seed, sized to run in seconds. `npm run fuzz` runs many more, deeper and longer ones.
 */
import { test } from 'node:test';
import fc from 'fast-check';
import type { Checked } from './fixes/fix-checks.js';
import { checkHostile, hostileConfig } from './fuzz/hostile.js';

const SEED = 20_261_130;
const RUNS = 150;

test(`hostile configs (fast-check, seed ${SEED}, ${RUNS} runs)`, (t) => {
  const checked: Checked = { safe: 0, unsafe: 0 };
  // Depth and length within what today's parser handles (see npm run fuzz for the rest).
  fc.assert(fc.property(hostileConfig({ depth: 40, stringLength: 3000 }), (input) => checkHostile(input, checked)), { seed: SEED, numRuns: RUNS });
  t.diagnostic(`${checked.safe} safe and ${checked.unsafe} unsafe fixes checked one by one`);
});
