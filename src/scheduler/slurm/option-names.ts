/** Resolving a long option name as getopt_long does, and guessing what an unknown one meant. */
import { partitionPoint } from '../../partition-point.js';
import { editDistance, MAX_SUGGESTION_LENGTH } from '../../suggest.js';
import { RETIRED_SBATCH_OPTIONS, type SbatchOption } from './options.js';

export type LongOptionResolution =
  | { readonly kind: 'exact' | 'prefix'; readonly option: SbatchOption }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly SbatchOption[] }
  | { readonly kind: 'unknown' };

/**
 * glibc getopt_long: an exact name wins (`--mem` although `--mem-bind` exists); else a prefix
 * of exactly one option; else all options it prefixes, in table order, are the ambiguity
 * (verified: `--cpus`, `--ti`, `--me`, `--clus`, `--excl`, and `--=x`, which prefixes all 106).
 * glibc does not count two matches that are the same option (same has_arg, flag and val) as
 * ambiguous; in sbatch's table the only such pair, --ntasks-per-node/--tasks-per-node, can never
 * share a prefix, so that rule is left out.
 */
export function resolveLongOption(name: string, table: readonly SbatchOption[]): LongOptionResolution {
  const index = indexOf(table);
  const exact = index.exact.get(name);
  if (exact !== undefined) return exact;
  const matches = index.prefixed(name);
  if (matches.length === 1) return { kind: 'prefix', option: matches[0]! };
  if (matches.length > 1) return { kind: 'ambiguous', candidates: matches };
  return { kind: 'unknown' };
}

/** The option whose one-letter form is `letter`, if any. */
export function shortOption(letter: string, table: readonly SbatchOption[]): SbatchOption | undefined {
  return indexOf(table).short.get(letter);
}

/**
 * Lookups into one option table. Each Slurm release's table is built once, and a header is
 * read for every judged release, so the same names are looked up in the same ~110 options
 * many thousand times in a batch: a map and a sorted list instead of a scan per name.
 */
interface OptionIndex {
  readonly exact: ReadonlyMap<string, LongOptionResolution & { kind: 'exact' }>;
  readonly short: ReadonlyMap<string, SbatchOption>;
  /** The options whose name starts with `prefix`, in table order. */
  prefixed(prefix: string): SbatchOption[];
}

const indexes = new WeakMap<readonly SbatchOption[], OptionIndex>();

function indexOf(table: readonly SbatchOption[]): OptionIndex {
  let index = indexes.get(table);
  if (index === undefined) indexes.set(table, (index = buildIndex(table)));
  return index;
}

function buildIndex(table: readonly SbatchOption[]): OptionIndex {
  const exact = new Map<string, LongOptionResolution & { kind: 'exact' }>();
  const short = new Map<string, SbatchOption>();
  for (const option of table) {
    // The first entry wins, as table.find() would (no table repeats a name or a letter).
    if (!exact.has(option.name)) exact.set(option.name, { kind: 'exact', option });
    if (option.short !== undefined && !short.has(option.short)) short.set(option.short, option);
  }
  // Names that share a prefix are adjacent in sorted order; `position` restores the table's.
  const sorted = table.map((option, position) => ({ option, position })).sort((a, b) => (a.option.name < b.option.name ? -1 : a.option.name > b.option.name ? 1 : a.position - b.position));
  const prefixed = (prefix: string): SbatchOption[] => {
    const first = partitionPoint(sorted.length, (index) => sorted[index]!.option.name < prefix);
    const found: { option: SbatchOption; position: number }[] = [];
    for (let at = first; at < sorted.length && sorted[at]!.option.name.startsWith(prefix); at++) found.push(sorted[at]!);
    return found.sort((a, b) => a.position - b.position).map((entry) => entry.option);
  };
  return { exact, short, prefixed };
}

/**
 * Did-you-mean for an unknown option name (slurm.md A9, judgement): a retired name gets only its
 * replacement, if any; otherwise the name with `_` turned into `-` and/or one plural `s` dropped
 * (`--mem_per_cpu`, `--mem-per-cpus`), else the nearest names by edit distance.
 */
export function suggestSbatchOptions(name: string, table: readonly SbatchOption[]): string[] {
  const retired = RETIRED_SBATCH_OPTIONS.get(name);
  if (retired !== undefined) {
    const { replacement } = retired;
    return replacement !== undefined && table.some((option) => option.name === replacement) ? [replacement] : [];
  }
  const hyphenated = name.replaceAll('_', '-');
  const variants = [hyphenated];
  for (const match of hyphenated.matchAll(/s(?=-|$)/g)) {
    variants.push(hyphenated.slice(0, match.index) + hyphenated.slice(match.index + 1));
  }
  const fixed = new Set<string>();
  for (const variant of variants) {
    if (variant === name) continue;
    const resolution = resolveLongOption(variant, table);
    if (resolution.kind === 'exact' || resolution.kind === 'prefix') fixed.add(resolution.option.name);
  }
  if (fixed.size > 0) return [...fixed];
  if (name.length > MAX_SUGGESTION_LENGTH) return [];
  const limit = Math.max(1, Math.min(3, Math.floor(name.length / 3)));
  const scored = table
    .map((option) => ({ name: option.name, distance: editDistance(hyphenated, option.name, limit) }))
    .filter((entry) => entry.distance <= limit);
  const best = Math.min(...scored.map((entry) => entry.distance));
  return scored.filter((entry) => entry.distance === best).map((entry) => entry.name).slice(0, 3);
}
