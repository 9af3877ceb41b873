/**
 * The Slurm release a config is judged for: the one the user names (`--slurm 23.02`, `[slurm]
 * release` in the linter's config), else the range of releases sites commonly run, from the
 * oldest the oracle verifies (22.05) to the newest catalogued (25.11). Names the releases in
 * messages, and says when an option came into or left sbatch.
 */
import { compareSlurmReleases, NEWEST_SLURM_RELEASE, ORACLE_SLURM_RELEASE, SLURM_RELEASES, sbatchOptionsFor, type SlurmRelease } from './options.js';

/** The releases a user can name: every tagged one (`master` is a branch, not something a site runs). */
const TARGET_SLURM_RELEASES: readonly SlurmRelease[] = SLURM_RELEASES.filter((release) => release !== 'master');

/** Judged without a release named: every release from the oracle's to the newest catalogued. */
const DEFAULT_RANGE: readonly SlurmRelease[] = TARGET_SLURM_RELEASES.filter(
  (release) => compareSlurmReleases(release, ORACLE_SLURM_RELEASE) >= 0 && compareSlurmReleases(release, NEWEST_SLURM_RELEASE) <= 0,
);

export interface ResolvedSlurmRelease {
  readonly release: SlurmRelease;
  /** The release asked for, when it is not catalogued and `release` is the newest catalogued one before it. */
  readonly asked?: string;
}

/**
 * A Slurm version as people write it: `23.02`, `23.02.7`, `23.02.7-1`, the tag `slurm-23-02-7-1`,
 * or what `sbatch --version` prints (`slurm 23.02.7`, Debian's `slurm-wlm 22.05.8`). Slurm's
 * releases are `YY.MM`; a maintenance release (`.7`) reads options as its `YY.MM` does, since the
 * option table changes only between releases. A release that is not catalogued (`24.08`, `26.05`)
 * stands for the newest catalogued one at or before it. Throws for anything else, and for
 * releases older than the catalogue.
 */
export function resolveSlurmRelease(text: string): ResolvedSlurmRelease {
  const match = /^\s*(?:slurm(?:-wlm)?[ -])?(\d{2})[.-](\d{2})(?:[.-]\d+(?:-\d+)?)?\s*$/i.exec(text);
  const known = TARGET_SLURM_RELEASES.join(', ');
  if (match === null) throw new Error(`Unknown Slurm release "${text}": write it as sbatch --version prints it (23.02.7) or as YY.MM; catalogued: ${known}`);
  const asked = `${match[1]}.${match[2]}`;
  const nearest = TARGET_SLURM_RELEASES.filter((release) => release <= asked).at(-1);
  if (nearest === undefined) throw new Error(`Slurm ${text} is older than every catalogued release (${known})`);
  return nearest === asked ? { release: nearest } : { release: nearest, asked: text.trim() };
}

/** What the command line says once when a Slurm release stood for another: undefined when none did. */
export function describeSlurmSubstitution(resolved: ResolvedSlurmRelease): string | undefined {
  return resolved.asked === undefined
    ? undefined
    : `Slurm ${resolved.asked} is not catalogued; judging sbatch options as Slurm ${resolved.release} reads them, the newest catalogued release before it`;
}

/** The releases a script is judged for, oldest first: the one named, else 22.05 … 25.11. */
export function judgedSlurmReleases(release: SlurmRelease | undefined): readonly SlurmRelease[] {
  return release === undefined ? DEFAULT_RANGE : [release];
}

/** `22.05`, `22.05–23.11`: releases consecutive in the catalogue, as one range. */
export function describeReleaseRun(releases: readonly SlurmRelease[]): string {
  const first = releases[0]!;
  const last = releases.at(-1)!;
  return first === last ? first : `${first}–${last}`;
}

/**
 * When the long option `name` came into or left sbatch, over the catalogued releases:
 * `added in 23.02`, `removed in 24.05`, `removed in 23.11, back in 24.05`; `only after 25.11` for
 * one that only Slurm's development branch has. Undefined for a name no release has, or one
 * every release has.
 */
export function optionHistory(name: string): string | undefined {
  const has = (release: SlurmRelease) => sbatchOptionsFor(release).some((option) => option.name === name);
  const changes: string[] = [];
  let before = has(TARGET_SLURM_RELEASES[0]!);
  for (const release of TARGET_SLURM_RELEASES.slice(1)) {
    const now = has(release);
    if (now !== before) changes.push(now ? (changes.length > 0 ? `back in ${release}` : `added in ${release}`) : `removed in ${release}`);
    before = now;
  }
  if (!before && has('master')) changes.push(`only in Slurm's development branch after ${NEWEST_SLURM_RELEASE}`);
  return changes.length > 0 ? changes.join(', ') : undefined;
}

/** Whether some Slurm release, the development branch included, has the long option `name`. */
export function isStockSbatchOption(name: string): boolean {
  return SLURM_RELEASES.some((release) => sbatchOptionsFor(release).some((option) => option.name === name));
}
