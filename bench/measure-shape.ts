/**
 * One row of the bench's "linear on any input" table, in a process of its own so that memory is
 * measured alone: `node measure-shape.js <shape index> <n>` lints (or fixes) the shape at size n
 * and prints {"ms": …, "mib": …} — the time, and the peak resident memory above the start.
 */
import { performance } from 'node:perf_hooks';
import { resolveTarget } from '../src/catalog/index.js';
import { lintText } from '../src/engine/lint.js';
import { fixText } from '../src/fixes/fix-text.js';
import { RULES } from '../rules/index.js';
import { SHAPES } from './shapes.js';

const shape = SHAPES[Number(process.argv[2])]!;
const n = Number(process.argv[3]);
const options = { rules: RULES, target: resolveTarget({}) };
// Warm the code paths on a small input first, so the figure is the input's cost, not the JIT's.
const small = shape.text(Math.max(1, Math.floor(shape.n / 100)));
if (shape.fix) fixText(small, options, 'safe');
else lintText(small, options);
const baseline = process.memoryUsage().rss;
const text = shape.text(n);
const start = performance.now();
if (shape.fix) fixText(text, options, 'safe');
else lintText(text, options);
const ms = performance.now() - start;
const mib = Math.max(0, process.resourceUsage().maxRSS * 1024 - baseline) / 2 ** 20;
process.stdout.write(`${JSON.stringify({ ms, mib, bytes: text.length })}\n`);
