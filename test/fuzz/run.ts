/**
 * `npm run fuzz [runs] [seed]`: the hostile configs of the fuzz test, more of them (2,000 by
 * default, a random seed, printed so a failure can be replayed), with headers and dotted keys up
 * to 3,000 levels deep and strings up to 200,000 characters.
 */
import fc from 'fast-check';
import type { Checked } from '../fixes/fix-checks.js';
import { checkHostile, hostileConfig } from './hostile.js';

const runs = Number(process.argv[2] ?? 2000);
const seed = Number(process.argv[3] ?? Date.now() % 2 ** 31);
const checked: Checked = { safe: 0, unsafe: 0 };
process.stdout.write(`fuzz: ${runs} hostile configs, seed ${seed} (replay: npm run fuzz -- ${runs} ${seed})\n`);
fc.assert(fc.property(hostileConfig({ depth: 3000, stringLength: 200_000 }), (input) => checkHostile(input, checked)), { seed, numRuns: runs });
process.stdout.write(`fuzz: passed; ${checked.safe} safe and ${checked.unsafe} unsafe fixes checked one by one\n`);
