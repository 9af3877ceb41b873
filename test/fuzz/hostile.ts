/**
 * Hostile configs for the fuzz tests (issue 13, item 14): parsl configs whose names and values are
 * Object.prototype names, control, bidirectional and zero-width characters, numbers of every
 * shape, deep headers and dotted keys, long strings, and random damage to all of those. And what
 * must hold for each: no throw, printable reports, and a --fix that parses, settles and changes
 * only what its fixes name (checkFixes).
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Chalk } from 'chalk';
import { resolveTarget } from '../../src/catalog/index.js';
import { parseDocument } from '../../src/document/parse.js';
import { lintText, type LintOptions } from '../../src/engine/lint.js';
import { fixText } from '../../src/fixes/fix-text.js';
import { formatGithub } from '../../src/output/github.js';
import { formatJson } from '../../src/output/json.js';
import { formatStylish } from '../../src/output/stylish.js';
import { RULES } from '../../rules/index.js';
import { checkFixes, type Checked } from '../fixes/fix-checks.js';
import { tomlNumber } from '../support/toml-numbers.js';

export interface Sizes {
  /** Deepest `[a.a.…]` header and `a.a.… = 1` dotted key. */
  readonly depth: number;
  /** Longest string value, in characters. */
  readonly stringLength: number;
}

const PROTOTYPE_NAMES = [...Object.getOwnPropertyNames(Object.prototype), '__proto__'];
const CLASSES = ['HighThroughputExecutor', 'ThreadPoolExecutor', 'SlurmProvider', 'PBSProProvider', 'TorqueProvider', 'LSFProvider', 'GridEngineProvider', 'LocalProvider', 'SrunLauncher', 'SingleNodeLauncher', 'MpiExecLauncher'];
const KEYS = ['label', 'class', 'walltime', 'mem_per_node', 'cores_per_node', 'cpus_per_node', 'nodes_per_block', 'max_blocks', 'min_blocks', 'init_blocks', 'partition', 'queue', 'account', 'worker_init', 'scheduler_options', 'exclusive', 'max_workers_per_node', 'cores_per_worker', 'mem_per_worker', 'parallelism', 'strategy', 'provider', 'launcher', 'overrides', 'cmd_timeout', 'select_options'];
/** Characters a terminal, a CI log or a reader's eye can be fooled by. */
const TRICKY = ['\u001b[2J', '\u001b]0;title\u0007', '\u202e', '\u2066', '\u200b', '\ufeff', '\u2028', '\u0085', '\u009b', '\r', '\n', '::error::x', '##[error]x', '%0A', '"', '\\', "'''", '"""', '#', '=', '[', ']', '.', ' ', '\t', 'é', '🙂'];
/** Values the rules have fixes for, so that the fixes meet hostile neighbours. */
const FIXABLE = ['"24h"', '"90m"', '"1-00:00:00"', '60', '2.0', '"4"', '"96GB"', '"false"', '"defualt"', '"Default"', '"parsl.providers.SlurmProvider"', '"SlurmProvder"', '"conda activate qiime2"', '"#SBATCH --qos=long"', '"--mem-per-cpu=8G"', '"NONE"'];
const DIRECTIVES = ['#SBATCH --mem=8G', '#SBATCH --time=1:00:00', '#SBATCH --exclusive', '#PBS -l walltime=1:00:00', '#PBS -q long', '#$ -l h_rt=1:00:00', '#BSUB -W 60', '#SBATCH --constructor=1', '# SBATCH --qos=x'];

const name = fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES), fc.constantFrom(...KEYS), fc.constantFrom(...CLASSES), fc.string({ maxLength: 8 }));

function text(sizes: Sizes): fc.Arbitrary<string> {
  const piece = fc.oneof(fc.constantFrom(...TRICKY), fc.constantFrom(...PROTOTYPE_NAMES), fc.constantFrom(...DIRECTIVES), fc.string({ maxLength: 6 }));
  const short = fc.array(piece, { maxLength: 6 }).map((pieces) => pieces.join(''));
  const long = fc.tuple(fc.constantFrom('a', 'é', '🙂', '\\u001b', 'x '), fc.integer({ min: 1, max: Math.max(1, sizes.stringLength) })).map(([unit, count]) => unit.repeat(Math.ceil(count / unit.length)).slice(0, count));
  return fc.oneof({ weight: 5, arbitrary: short }, { weight: 1, arbitrary: long });
}

/** Any TOML string literal for the text: basic (escaped), literal when it can be, multi-line. */
function stringLiteral(sizes: Sizes): fc.Arbitrary<string> {
  return fc.tuple(text(sizes), fc.constantFrom('basic', 'literal', 'multiline')).map(([value, style]) => {
    if (style === 'literal' && !/['\n\r\u0000-\u0008\u000b-\u001f\u007f]/.test(value)) return `'${value}'`;
    if (style === 'multiline') return `"""\n${basicEscape(value).replaceAll('\\n', '\n')}"""`;
    return `"${basicEscape(value)}"`;
  });
}

function basicEscape(value: string): string {
  return value.replace(/["\\\u0000-\u001f\u007f]/g, (char) => ({ '"': '\\"', '\\': '\\\\', '\n': '\\n', '\t': '\\t', '\r': '\\r' })[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A key as TOML writes it: bare when it can be, quoted otherwise. */
const keyText = (key: string) => (/^[A-Za-z0-9_-]+$/.test(key) ? key : `"${basicEscape(key)}"`);

function value(sizes: Sizes): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: stringLiteral(sizes) },
    { weight: 3, arbitrary: tomlNumber },
    { weight: 1, arbitrary: fc.constantFrom('true', 'false', '1979-05-27T07:32:00Z', '[]', '{}', '[1, "a"]', `{ class = "SrunLauncher" }`) },
    { weight: 2, arbitrary: fc.constantFrom(...CLASSES, ...PROTOTYPE_NAMES).map((cls) => `"${basicEscape(cls)}"`) },
    { weight: 4, arbitrary: fc.constantFrom(...FIXABLE) },
  );
}

/** Key = value lines, each key once (a key written twice is a syntax error, which the damage below makes often enough). */
function entries(sizes: Sizes, taken: readonly string[]): fc.Arbitrary<string[]> {
  const key = fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...KEYS) }, { weight: 1, arbitrary: name });
  return fc
    .uniqueArray(fc.tuple(key, value(sizes)), { maxLength: 6, selector: ([written]) => written })
    .map((pairs) => pairs.filter(([written]) => !taken.includes(written)).map(([written, literal]) => `${keyText(written)} = ${literal}`));
}

function table(header: string, sizes: Sizes): fc.Arbitrary<string> {
  const cls = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...CLASSES) }, { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_NAMES) });
  return fc.tuple(cls, entries(sizes, ['class', 'provider', 'launcher'])).map(([name, lines]) => [header, `class = "${basicEscape(name)}"`, ...lines].join('\n'));
}

/** `[a.a.…]` or `a.a.… = 1`, up to sizes.depth levels (issue 13 item 8 is about how deep). */
function deep(sizes: Sizes): fc.Arbitrary<string> {
  return fc.tuple(fc.integer({ min: 1, max: Math.max(1, sizes.depth) }), fc.constantFrom('header', 'dotted'), name).map(([depth, form, key]) => {
    const path = Array.from({ length: depth }, () => keyText(key)).join('.');
    return form === 'header' ? `[parsl.${path}]\nx = 1` : `${path} = 1`;
  });
}

/** A parsl config built of hostile parts, then maybe damaged (a slice cut out, a piece put in). */
export function hostileConfig(sizes: Sizes): fc.Arbitrary<string> {
  const config = fc
    .record({
      parsl: entries(sizes, ['executors', 'executor_mapping']),
      executors: fc.array(
        fc.tuple(
          table('[[parsl.executors]]', sizes),
          fc.option(table('[parsl.executors.provider]', sizes), { nil: undefined }),
          fc.option(table('[parsl.executors.provider.launcher]', sizes), { nil: undefined }),
        ),
        { maxLength: 3 },
      ),
      mapping: fc.array(fc.tuple(name, name), { maxLength: 3 }),
      extra: fc.option(deep(sizes), { nil: undefined }),
      crlf: fc.boolean(),
    })
    .map(({ parsl, executors, mapping, extra, crlf }) => {
      const lines = ['[parsl]', ...parsl];
      for (const [executor, provider, launcher] of executors) lines.push(executor, ...(provider ? [provider, ...(launcher ? [launcher] : [])] : []));
      const actions = new Map(mapping);
      if (actions.size > 0) lines.push('[parsl.executor_mapping]', ...[...actions].map(([action, label]) => `${keyText(action)} = "${basicEscape(label)}"`));
      if (extra) lines.push(extra);
      const joined = `${lines.join('\n')}\n`;
      return crlf ? joined.replaceAll('\n', '\r\n') : joined;
    });
  const damage = fc.tuple(fc.nat(), fc.nat({ max: 20 }), fc.oneof(fc.constantFrom('', ...TRICKY, ...DIRECTIVES), fc.string({ maxLength: 4 })));
  const maybeDamage = fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: damage });
  return fc.tuple(config, maybeDamage).map(([written, cut]) => {
    if (!cut) return written;
    const [at, length, insert] = cut;
    const start = at % (written.length + 1);
    return written.slice(0, start) + insert + written.slice(start + length);
  });
}

const chalk = new Chalk({ level: 0 });
const options: LintOptions = { rules: RULES, target: resolveTarget({}) };

/** What must hold for any input: see the module comment. */
export function checkHostile(input: string, checked: Checked): void {
  const result = lintText(input, options);
  const reports = [{ path: 'x\n::error::forged\u001b[2J.toml', source: result.source, diagnostics: result.diagnostics, suppressed: result.suppressed }];
  const shown = formatStylish(reports, chalk) + formatGithub(reports);
  assert.doesNotMatch(shown, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]|##\[/, 'the report is printable');
  for (const line of shown.split('\n')) assert.ok(!/^::/.test(line.trimStart()) || /^::(error|warning|notice) file=/.test(line), `only parsl-lint's annotations are workflow commands: ${line}`);
  JSON.parse(formatJson(reports));
  for (const safety of ['safe', 'unsafe'] as const) {
    const fixed = fixText(input, options, safety);
    if (parseDocument(input).ok) assert.ok(parseDocument(fixed.text).ok, `--fix (${safety}) output parses`);
    else assert.equal(fixed.text, input, 'a file that is not valid TOML is not fixed');
  }
  checkFixes(input, options, 'hostile config', checked);
}
