/**
 * Option values as sbatch's client parses them, with sbatch's own error text.
 *
 * Each parser copies the C code it names (Slurm 22.05.8 unless a release is given), including
 * strtol's tolerance of leading whitespace and a sign and C's integer truncation, so that a value
 * this module accepts is one sbatch accepts. What the controller later does with it (partition
 * limits, node sizes) is site-dependent and not judged here (slurm.md B5). Besides the cases
 * cited below, 5000 random values of `--time`, `--time-min`, `--mem`, `--mem-per-cpu`,
 * `--cpus-per-task`, `--ntasks-per-node`, `--nodes` and `--exclusive` got the same verdict and
 * message from sbatch 22.05.8, and 60 held jobs the same time limit and memory in `scontrol`.
 */
import { compareSlurmReleases, ORACLE_SLURM_RELEASE, type SlurmRelease } from './options.js';

/** `reason` is the text sbatch prints after `sbatch: error: `. */
export type ValueResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

export type SlurmTimeLimit =
  | { readonly unlimited: true }
  /** Negative minutes pass the client and are rejected by slurmctld (slurm.md A4, `-5`). */
  | { readonly unlimited: false; readonly minutes: number };

/**
 * `--time` / `--time-min`: `time_str2mins()` and `_is_valid_timespec()` in
 * src/common/parse_time.c, then `arg_set_time_limit()` (slurm.md A4; same code in master).
 * Seconds round up to whole minutes, and a result of 0 means no limit. Verified on the oracle:
 * every row of the A4 table, plus `-01`, `-0` and `0-0` (accepted by the client, then refused
 * by the partition's MaxTime), `1:00:00` fits MaxTime 1 h while `1:00:01`, `60:30` and `61` do
 * not (the round-up).
 */
export function parseSlurmTime(text: string, option: 'time' | 'time-min' = 'time'): ValueResult<SlurmTimeLimit> {
  const invalid = { ok: false, reason: `Invalid --${option} specification` } as const;
  const seconds = timeStringToSeconds(text);
  if (seconds === NO_VAL) return invalid;
  if (seconds === INFINITE) return { ok: true, value: { unlimited: true } };
  // (i + 59) / 60 in C int arithmetic: wraps on overflow and truncates toward zero.
  const minutes = Math.trunc(((seconds + 59) | 0) / 60);
  if (minutes === NO_VAL) return invalid;
  if (minutes === 0) return { ok: true, value: { unlimited: true } };
  return { ok: true, value: { unlimited: false, minutes } };
}

// Slurm's NO_VAL and INFINITE (0xfffffffe, 0xffffffff) as the C `int`s time_str2secs returns.
const NO_VAL = -2;
const INFINITE = -1;

function timeStringToSeconds(text: string): number {
  if (text === '') return NO_VAL;
  const lower = asciiLowerCase(text);
  if (lower === '-1' || lower === 'infinite' || lower === 'unlimited') return INFINITE;
  if (!isValidTimespec(text)) return NO_VAL;
  if (text.includes('-')) {
    // sscanf(string, "%d-%d:%d:%d", &d, &h, &m, &s): fields that are not there stay 0.
    const [d = 0, h = 0, m = 0, s = 0] = scanIntegers(text, ['-', ':', ':']);
    return addInt32(Math.imul(d, 86400), Math.imul(h, 3600), Math.imul(m, 60), s);
  }
  const fields = scanIntegers(text, [':', ':']);
  if (fields.length === 3) return addInt32(Math.imul(fields[0]!, 3600), Math.imul(fields[1]!, 60), fields[2]!);
  // minutes[:seconds]
  return addInt32(Math.imul(fields[0] ?? 0, 60), fields[1] ?? 0);
}

/** `_is_valid_timespec()`: digits, at most one `-` and two `:`, no `-` after a `:`, enough digit groups. */
function isValidTimespec(text: string): boolean {
  let digitGroups = 0;
  let dashes = 0;
  let colons = 0;
  let inDigits = false;
  for (const char of text) {
    if (char >= '0' && char <= '9') {
      if (!inDigits) digitGroups++;
      inDigits = true;
    } else if (char === '-') {
      inDigits = false;
      dashes++;
      if (colons > 0) return false;
    } else if (char === ':') {
      inDigits = false;
      colons++;
    } else {
      return false;
    }
  }
  if (digitGroups === 0 || dashes > 1 || colons > 2) return false;
  const needed = dashes > 0 ? [0, 3, 4][colons]! : [0, 2, 3][colons]!;
  return digitGroups >= needed;
}

/**
 * sscanf's `%d<sep>%d<sep>...`: each `%d` takes an optional sign and digits (the timespec check
 * has already ruled out anything else), stored into a C `int`. Stops at the first mismatch.
 */
function scanIntegers(text: string, separators: readonly string[]): number[] {
  const values: number[] = [];
  let position = 0;
  for (let index = 0; index <= separators.length; index++) {
    const match = /^[+-]?\d+/.exec(text.slice(position));
    if (match === null) break;
    values.push(toCInt(clampToCLong(BigInt(match[0]))));
    position += match[0].length;
    const separator = separators[index];
    if (separator === undefined || text[position] !== separator) break;
    position++;
  }
  return values;
}

function addInt32(...terms: number[]): number {
  return terms.reduce((sum, term) => (sum + term) | 0, 0);
}

/**
 * `--mem`, `--mem-per-cpu`, `--mem-per-gpu`, `--tmp`: `str_to_mbytes()` in src/common/proc_args.c
 * (slurm.md A5). The value is in MiB; `K` rounds up. `--mem=0` means all of a node's memory.
 * Verified on the oracle: `1.5G`, `1GiB`, `-1`, empty are invalid; ` 5`, `+5`, `-0`, `1kb`, `1K`
 * are accepted.
 */
export function parseSlurmMemory(
  text: string,
  option: 'mem' | 'mem-per-cpu' | 'mem-per-gpu' | 'tmp' = 'mem',
): ValueResult<number> {
  const invalid = { ok: false, reason: `Invalid --${option} specification` } as const;
  const parsed = cStrtol(text);
  if (parsed === undefined || parsed.overflow || parsed.value < 0n) return invalid;
  const suffix = text.slice(parsed.end);
  let mebibytes = parsed.value;
  if (suffix !== '') {
    if (!/^[kmgtKMGT][bB]?$/.test(suffix)) return invalid;
    const unit = asciiLowerCase(suffix[0]!);
    // (result + 1023) / 1024 in C: the sum wraps, the division truncates toward zero, as BigInt's does.
    if (unit === 'k') mebibytes = BigInt.asIntN(64, mebibytes + 1023n) / 1024n;
    else if (unit === 'g') mebibytes = BigInt.asIntN(64, mebibytes * 1024n);
    else if (unit === 't') mebibytes = BigInt.asIntN(64, mebibytes * 1048576n);
  }
  const unsigned = BigInt.asUintN(64, mebibytes);
  // A product that wraps onto NO_VAL64 reads as "invalid" to the caller of str_to_mbytes.
  if (unsigned === 0xfffffffffffffffen) return invalid;
  return { ok: true, value: Number(unsigned) };
}

/**
 * `parse_int(name, value, positive = true)` in src/common/proc_args.c, used by `--cpus-per-task`,
 * `--ntasks`, `--ntasks-per-node` and most other counts (slurm.md A7). sbatch exits 1 here,
 * not 255. The value is what C's `(int)` cast makes of it: verified on the oracle that
 * `--cpus-per-task=4294967297` is accepted (it is 1), and that `" 1"` and `+1` are accepted while
 * `"1 "`, `0`, `abc`, `1.5` fail.
 */
export function parseSlurmPositiveInteger(text: string, option: string): ValueResult<number> {
  const parsed = cStrtol(text);
  const result = parsed?.value ?? 0n;
  const end = parsed?.end ?? 0;
  if (end !== text.length || result <= 0n) {
    return { ok: false, reason: `Invalid numeric value "${text}" for --${option}.` };
  }
  if (result === LONG_MAX) return { ok: false, reason: `Numeric argument (${LONG_MAX}) to big for --${option}.` };
  return { ok: true, value: toCInt(result) };
}

export interface SlurmNodeCount {
  readonly min: number;
  /** 0 means no maximum. */
  readonly max: number;
}

/**
 * `-N/--nodes`: `verify_node_count()` and `_str_to_nodes()` in src/common/proc_args.c, 22.05
 * (slurm.md A7): `<min>[-<max>]`, each with an optional `k` then `m` multiplier. A missing or
 * negative minimum before a `-` becomes 1 (`--nodes=-1` is 1-1). Master's lists and steps
 * (`1,5,9`, `1-15:4`) are not in 22.05. Verified on the oracle: `abc`, `1-abc`, `1,2`, empty, `2-1`,
 * `1-` fail with the messages below; ` 1`, `1 `, `1-0`, `1k` pass the client.
 */
export function parseSlurmNodeCount(text: string): ValueResult<SlurmNodeCount> {
  const dash = text.indexOf('-');
  if (dash >= 0) {
    const minText = text.slice(0, dash);
    const maxText = text.slice(dash + 1);
    const min = nodesFrom(minText);
    if (min === undefined) return notANodeCount(minText);
    const max = nodesFrom(maxText);
    if (max === undefined) return notANodeCount(maxText);
    return checkedRange(min < 0 ? 1 : min, max);
  }
  const count = nodesFrom(text);
  if (count === undefined || count < 0) return notANodeCount(text);
  return checkedRange(count, count);
}

function checkedRange(min: number, max: number): ValueResult<SlurmNodeCount> {
  if (max !== 0 && max < min) {
    return { ok: false, reason: `Maximum node count ${max} is less than minimum node count ${min}` };
  }
  return { ok: true, value: { min, max } };
}

function notANodeCount(text: string): ValueResult<SlurmNodeCount> {
  return { ok: false, reason: `"${text}" is not a valid node count` };
}

/** `_str_to_nodes()`; undefined when what follows the number is not whitespace. */
function nodesFrom(text: string): number | undefined {
  const parsed = cStrtol(text);
  // No digits: -1, with the whole text left over (fine only if that is blank).
  if (parsed === undefined) return isCBlank(text) ? -1 : undefined;
  let count = parsed.value;
  let end = parsed.end;
  if (text[end] === 'k' || text[end] === 'K') {
    count = BigInt.asIntN(64, count * 1024n);
    end++;
  }
  if (text[end] === 'm' || text[end] === 'M') {
    count = BigInt.asIntN(64, count * 1048576n);
    end++;
  }
  return isCBlank(text.slice(end)) ? toCInt(count) : undefined;
}

/** What `--exclusive[=mode]` sets: the job's node-sharing mode. */
export type SlurmExclusiveMode = 'exclusive' | 'oversubscribe' | 'user' | 'mcs' | 'topo';

/**
 * `--exclusive[=value]`: `arg_set_exclusive()` in src/common/slurm_opt.c (slurm.md A6). The value
 * is case-insensitive; no value, or an empty one (`--exclusive=`, turned into none by
 * `slurm_process_option`), means `exclusive`. `topo` exists from 24.05 and `allocation` (same as
 * `exclusive`) only in master. Verified on the 22.05 oracle: `--exclusive=`, `=USER` and
 * `=oversubscribe` are accepted, `=foo` and `=topo` fail.
 */
export function parseSlurmExclusive(
  value: string | undefined,
  release: SlurmRelease = ORACLE_SLURM_RELEASE,
): ValueResult<SlurmExclusiveMode> {
  const mode = asciiLowerCase(value ?? '');
  if (mode === '' || mode === 'exclusive') return { ok: true, value: 'exclusive' };
  if (mode === 'allocation' && release === 'master') return { ok: true, value: 'exclusive' };
  if (mode === 'oversubscribe' || mode === 'user' || mode === 'mcs') return { ok: true, value: mode };
  if (mode === 'topo' && compareSlurmReleases(release, '24.05') >= 0) return { ok: true, value: 'topo' };
  return { ok: false, reason: 'Invalid --exclusive specification' };
}

const LONG_MAX = 0x7fffffffffffffffn;
const LONG_MIN = -0x8000000000000000n;

/** xstrcasecmp folds ASCII letters only (String#toLowerCase would also fold e.g. the Kelvin sign). */
function asciiLowerCase(text: string): string {
  return text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
}

/** C's isspace() in the C locale. */
function isCSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\v' || char === '\f' || char === '\r';
}

function isCBlank(text: string): boolean {
  return [...text].every(isCSpace);
}

/**
 * strtol/strtoll in base 10 on a 64-bit machine: leading whitespace, an optional sign, digits.
 * Undefined when there are no digits (endptr == nptr). Out-of-range values clamp to
 * LONG_MAX/LONG_MIN with `overflow` set, as errno == ERANGE.
 */
function cStrtol(text: string): { value: bigint; end: number; overflow: boolean } | undefined {
  let position = 0;
  while (isCSpace(text[position])) position++;
  const match = /^[+-]?\d+/.exec(text.slice(position));
  if (match === null) return undefined;
  const exact = BigInt(match[0]);
  const value = clampToCLong(exact);
  return { value, end: position + match[0].length, overflow: value !== exact };
}

function clampToCLong(value: bigint): bigint {
  return value > LONG_MAX ? LONG_MAX : value < LONG_MIN ? LONG_MIN : value;
}

/** C's `(int)` conversion of a long: keep the low 32 bits. */
function toCInt(value: bigint): number {
  return Number(BigInt.asIntN(32, value));
}

/**
 * The value check sbatch runs when it reads `option` (by its full name), or undefined for the
 * options this module does not parse. sbatch checks every occurrence as it reads it, so an invalid
 * value fails even when a later directive overrides it.
 */
export function checkSbatchValue(
  option: string,
  value: string | undefined,
  release: SlurmRelease = ORACLE_SLURM_RELEASE,
): ValueResult<unknown> | undefined {
  switch (option) {
    case 'time':
    case 'time-min':
      return parseSlurmTime(value ?? '', option);
    case 'mem':
    case 'mem-per-cpu':
    case 'mem-per-gpu':
    case 'tmp':
      return parseSlurmMemory(value ?? '', option);
    case 'cpus-per-task':
    case 'ntasks':
    case 'ntasks-per-node':
      return parseSlurmPositiveInteger(value ?? '', option);
    case 'tasks-per-node':
      // Same setter as --ntasks-per-node, which names itself in the message.
      return parseSlurmPositiveInteger(value ?? '', 'ntasks-per-node');
    case 'nodes':
      return parseSlurmNodeCount(value ?? '');
    case 'exclusive':
      return parseSlurmExclusive(value, release);
    default:
      return undefined;
  }
}
